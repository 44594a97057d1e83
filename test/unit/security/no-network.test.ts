/**
 * The extension never talks to a server: no request API at all, except fetch of the extension's
 * own packaged files (browser.runtime.getURL). URLs assembled at runtime take their host from the
 * marketplace table or are only parsed, never requested.
 */
import { describeFindings, type Rule, scan, shippedSources } from './source-scan';

const FORBIDDEN: readonly Rule[] = [
  { name: 'XMLHttpRequest', pattern: /\bXMLHttpRequest\b/ },
  { name: 'WebSocket', pattern: /\bWebSocket\b/ },
  { name: 'sendBeacon', pattern: /\bsendBeacon\b/ },
  { name: 'EventSource', pattern: /\bEventSource\b/ },
  { name: 'importScripts', pattern: /\bimportScripts\s*\(/ },
  // A worker only from a module of this package, which Vite bundles into the build (never a URL).
  {
    name: 'Worker other than a bundled ./<name>.worker.ts',
    pattern: /\bnew\s+(?:Shared)?Worker\s*\((?!\s*new URL\(\s*'\.\/[\w-]+\.worker\.ts',\s*import\.meta\.url\s*\))/,
  },
  { name: 'WebRTC', pattern: /\bRTCPeerConnection\b/ },
  { name: 'WebTransport', pattern: /\bWebTransport\b/ },
  // fetch is allowed only with the extension's own file as its argument, checked below.
  {
    name: 'fetch of anything but browser.runtime.getURL(...)',
    pattern: /\bfetch\s*\((?!\s*browser\.runtime\.getURL\()/,
  },
];

/**
 * Template literals that put a scheme before an interpolation, with why each is safe:
 * - lib/marketplaces.ts: SELLER_CENTRAL_MATCHES, sellerCentralMatchesFor and sellerCentralUrl build
 *   match patterns and links from MARKETPLACES hosts only (links are opened by the seller, never fetched).
 * - lib/cases/parse-id.ts: a pasted "sellercentral…/view-case?caseID=" without a scheme is given one
 *   so it can be parsed with URL(); it is never requested.
 */
const INTERPOLATED_URLS: Readonly<Record<string, number>> = {
  'lib/marketplaces.ts': 3,
  'lib/cases/parse-id.ts': 1,
};

describe('security: no network', () => {
  const sources = shippedSources();

  it('finds each forbidden call when it is there, and allows fetch of packaged files', () => {
    const bad = [
      'const x = new XMLHttpRequest();',
      "new WebSocket('wss://x');",
      "navigator.sendBeacon('/x', data);",
      "new EventSource('/x');",
      "importScripts('https://x/y.js');",
      "new Worker('w.js');",
      'new RTCPeerConnection();',
      "new WebTransport('https://x');",
      "await fetch('https://example.com');",
    ];
    const findings = scan(
      bad.map((text, i) => ({ path: `bad-${i}.ts`, text })),
      FORBIDDEN,
    );
    expect(new Set(findings.map((f) => f.rule))).toEqual(new Set(FORBIDDEN.map((rule) => rule.name)));
    const own = "await fetch(browser.runtime.getURL('/_locales/sv/messages.json'));";
    expect(scan([{ path: 'ok.ts', text: own }], FORBIDDEN)).toEqual([]);
    const bundled = "new Worker(new URL('./report-import.worker.ts', import.meta.url), { type: 'module' });";
    expect(scan([{ path: 'ok-worker.ts', text: bundled }], FORBIDDEN)).toEqual([]);
    const remote = "new Worker(new URL('https://example.com/w.js', import.meta.url));";
    expect(scan([{ path: 'bad-worker.ts', text: remote }], FORBIDDEN).map((f) => f.rule)).toHaveLength(1);
  });

  it('entrypoints/, components/ and lib/ make no request except for their own packaged files', () => {
    const findings = scan(sources, FORBIDDEN);
    expect(findings, describeFindings(findings)).toEqual([]);
  });

  it('builds URLs at runtime only where the host comes from the marketplace table or the URL is only parsed', () => {
    const counts: Record<string, number> = {};
    for (const file of sources) {
      const found = file.text.match(/[a-z][a-z0-9+.-]*:\/\/\$\{/gi)?.length ?? 0;
      if (found > 0) counts[file.path] = found;
    }
    expect(counts).toEqual(INTERPOLATED_URLS);
  });
});
