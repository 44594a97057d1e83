/**
 * What the built extension carries, checked file by file in both builds: every URL in every file
 * (code, HTML, CSS, locales, manifest, icons) is a Seller Central address, a README link, a W3C
 * namespace name, a Seller Central URL assembled from the marketplace table, or a documentation
 * link inside a library's error message; the manifest asks for the minimum; the CSP is the default.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MARKETPLACES, SELLER_CENTRAL_MATCHES } from '@/lib/marketplaces';
import { ROOT } from '../support/extension-browser';

const BUILDS = [
  ['chrome', join(ROOT, '.output/chrome-mv3')],
  ['firefox', join(ROOT, '.output/firefox-mv3')],
] as const;

const SELLER_CENTRAL_HOSTS = new Set(MARKETPLACES.map((m) => m.host));

/** Namespace names libraries compare against (Preact's createElementNS); identifiers, never fetched. */
const W3C_NAMESPACES = new Set([
  'http://www.w3.org/2000/svg',
  'http://www.w3.org/1999/xhtml',
  'http://www.w3.org/1998/Math/MathML',
  'http://www.w3.org/1999/xlink',
]);

/**
 * Documentation links inside library error messages, never requested. Each must sit inside the
 * text of a thrown Error (checked below), so the same URL used any other way still fails.
 * - @wxt-dev/storage throws "'wxt/storage' must be loaded in a web extension environment … see
 *   github.com/wxt-dev/wxt/issues/371 … See wxt.dev/guide/go-further/testing.html" when loaded outside an extension.
 * - WXT's createShadowRootUi throws "… cannot have a shadow root attached to it … See
 *   developer.mozilla.org/…/attachShadow" for a host tag that cannot hold a shadow root.
 */
const ERROR_MESSAGE_LINKS = new Set([
  'https://github.com/wxt-dev/wxt/issues/371',
  'https://wxt.dev/guide/go-further/testing.html',
  'https://developer.mozilla.org/en-US/docs/Web/API/Element/attachShadow#elements_you_can_attach_a_shadow_to',
]);

/**
 * Seller Central URLs assembled at runtime, as the minifier writes them. The host always comes
 * from MARKETPLACES (test/unit/security/no-network.test.ts pins these templates in the source):
 * - SELLER_CENTRAL_MATCHES: `https://${m.host}/*`
 * - sellerCentralMatchesFor: `https://${m.host}${path}`
 * - sellerCentralUrl: `https://${marketplaceHost(code)}${path}`, the host looked up in MARKETPLACES by code
 * - parseCaseId: a pasted scheme-less Seller Central URL gets "https://" to be parsed (never requested).
 */
const TABLE_BUILT_URLS: readonly { readonly name: string; readonly shape: RegExp }[] = [
  { name: 'SELLER_CENTRAL_MATCHES', shape: /^https:\/\/\$\{[\w$]+\.host\}\/\*`/ },
  { name: 'sellerCentralMatchesFor', shape: /^https:\/\/\$\{[\w$]+\.host\}\$\{[\w$]+\}`/ },
  {
    name: 'sellerCentralUrl',
    shape: /^https:\/\/\$\{[\w$]+\([\w$]+\)\}\$\{[\w$]+\.startsWith\(/,
  },
  { name: 'parseCaseId (parse only)', shape: /^https:\/\/\$\{[\w$]+\}`\)/ },
];

function readmeLinks(): Set<string> {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  return new Set(readme.match(/https?:\/\/[^\s)>\]"'`]+/g) ?? []);
}

function filesOf(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? filesOf(full) : [full];
  });
}

type Verdict =
  | 'seller-central'
  | 'readme'
  | 'w3c-namespace'
  | 'error-message-link'
  | 'license-comment'
  | 'table-built'
  | 'unexplained';

interface FoundUrl {
  readonly file: string;
  readonly url: string;
  readonly verdict: Verdict;
}

const URL_PATTERN = /\b(?:https?|wss?|ftp):\/\/[^\s"'`<>\\)]*/gi;
/** "//host.tld" with no scheme in front (not a comment, not part of a longer URL). */
const PROTOCOL_RELATIVE = /(?<![A-Za-z0-9+.-]:)(?<![\w/\\])\/\/((?:[a-z0-9-]+\.)+[a-z]{2,})\b/gi;

function insideThrownError(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 400), at);
  const open = Math.max(before.lastIndexOf('Error(`'), before.lastIndexOf('Error("'), before.lastIndexOf("Error('"));
  if (open < 0) return false;
  const quote = before.charAt(open + 'Error('.length);
  return !before.slice(open + 'Error('.length + 1).includes(quote);
}

/**
 * A library's license header kept in a bundle (a block comment opened by `/* @license`, as Papa
 * Parse's is in the report worker): a comment, never run, and the MIT license asks for the notice to stay.
 */
function insideLicenseComment(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 400), at);
  const open = before.lastIndexOf('/* @license');
  return open >= 0 && !before.slice(open).includes('*/');
}

function classify(text: string, at: number, url: string, readme: ReadonlySet<string>): Verdict {
  const rest = text.slice(at);
  if (insideLicenseComment(text, at)) return 'license-comment';
  if (/^https?:\/\/\$\{/.test(rest)) {
    return TABLE_BUILT_URLS.some(({ shape }) => shape.test(rest)) ? 'table-built' : 'unexplained';
  }
  if (readme.has(url)) return 'readme';
  if (W3C_NAMESPACES.has(url)) return 'w3c-namespace';
  if (ERROR_MESSAGE_LINKS.has(url)) return insideThrownError(text, at) ? 'error-message-link' : 'unexplained';
  try {
    const parsed = new URL(url.replaceAll('*', 'x'));
    if (parsed.protocol === 'https:' && SELLER_CENTRAL_HOSTS.has(parsed.hostname)) return 'seller-central';
  } catch {
    return 'unexplained';
  }
  return 'unexplained';
}

function urlsIn(dir: string, readme: ReadonlySet<string>): FoundUrl[] {
  const found: FoundUrl[] = [];
  for (const path of filesOf(dir)) {
    // Latin-1 reads every byte, so URLs inside binary files (PNG metadata) are seen too.
    const text = readFileSync(path, 'latin1');
    const file = relative(dir, path);
    for (const match of text.matchAll(URL_PATTERN)) {
      found.push({ file, url: match[0], verdict: classify(text, match.index, match[0], readme) });
    }
    for (const match of text.matchAll(PROTOCOL_RELATIVE)) {
      const host = (match[1] ?? '').toLowerCase();
      found.push({ file, url: match[0], verdict: SELLER_CENTRAL_HOSTS.has(host) ? 'seller-central' : 'unexplained' });
    }
  }
  return found;
}

const manifestOf = (dir: string) => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));

/** Top-level manifest keys a build may have; anything new must be justified here first. */
const MANIFEST_KEYS = new Set([
  'manifest_version',
  'name',
  'description',
  'version',
  'icons',
  'default_locale',
  'permissions',
  'host_permissions',
  'action',
  'background',
  'options_ui',
  'content_scripts',
  'browser_specific_settings',
  'content_security_policy',
  // Chromium only: the content scripts' modules, to Seller Central pages (checked below).
  'web_accessible_resources',
]);

describe.each(BUILDS)('%s build: security', (_, dir) => {
  it('exists (run the builds first)', () => {
    expect(existsSync(join(dir, 'manifest.json'))).toBe(true);
  });

  const readme = readmeLinks();
  const found = existsSync(dir) ? urlsIn(dir, readme) : [];

  it('carries only explained URLs: Seller Central, README links, W3C namespaces, table-built, library error text', () => {
    const unexplained = found.filter((f) => f.verdict === 'unexplained');
    expect(unexplained.map((f) => `${f.file}: ${f.url}`)).toEqual([]);
    // The scanner sees what it must: every host's match pattern, the namespaces, the runtime-built URLs.
    const hosts = new Set(
      found
        .filter((f) => f.verdict === 'seller-central' && !f.url.includes('${'))
        .map((f) => new URL(f.url.replaceAll('*', 'x')).hostname),
    );
    expect(hosts).toEqual(SELLER_CENTRAL_HOSTS);
    expect(found.some((f) => f.verdict === 'table-built')).toBe(true);
  });

  it('has no javascript: URLs', () => {
    const hits = filesOf(dir).filter((path) => /javascript:/i.test(readFileSync(path, 'latin1')));
    expect(hits.map((path) => relative(dir, path))).toEqual([]);
  });

  it('asks for storage, alarms, notifications and scripting only, Seller Central hosts only, and exposes only content-script modules to Seller Central', () => {
    const manifest = manifestOf(dir);
    expect(Object.keys(manifest).filter((key) => !MANIFEST_KEYS.has(key))).toEqual([]);
    // scripting: the removal script is injected on Manage Orders only when a row may show a
    // removal order (issue #14); it reaches no host beyond host_permissions, and shows no new warning.
    expect([...manifest.permissions].sort()).toEqual(['alarms', 'notifications', 'scripting', 'storage']);
    expect([...manifest.host_permissions].sort()).toEqual([...SELLER_CENTRAL_MATCHES].sort());
    // Chromium's content scripts import their code as modules, for its code cache (wxt.config.ts):
    // those files only, to Seller Central pages only, at a URL that changes every session.
    for (const exposed of (manifest.web_accessible_resources ?? []) as {
      resources: string[];
      matches: string[];
      use_dynamic_url?: boolean;
      extension_ids?: string[];
    }[]) {
      expect(exposed.resources.every((file) => /^content-scripts\/[\w-]+\.module\.js$/.test(file))).toBe(true);
      expect([...exposed.matches].sort()).toEqual([...SELLER_CENTRAL_MATCHES].sort());
      expect(exposed.use_dynamic_url).toBe(true);
      expect(exposed.extension_ids).toBeUndefined();
    }
    expect(manifest.externally_connectable).toBeUndefined();
    expect(manifest.optional_permissions).toBeUndefined();
    expect(manifest.optional_host_permissions).toBeUndefined();
    for (const script of manifest.content_scripts as { matches: string[]; world?: string }[]) {
      expect(script.world ?? 'ISOLATED').toBe('ISOLATED');
      for (const pattern of script.matches) {
        expect(pattern.startsWith('https://'), pattern).toBe(true);
        expect(SELLER_CENTRAL_HOSTS.has(new URL(pattern.replaceAll('*', 'x')).hostname), pattern).toBe(true);
      }
    }
  });

  it('keeps the default Content Security Policy, or one no weaker', () => {
    const csp = manifestOf(dir).content_security_policy;
    if (csp === undefined) return; // MV3's default: script-src 'self' 'wasm-unsafe-eval'; object-src 'self'
    for (const policy of Object.values(csp as Record<string, string>)) {
      expect(policy).not.toMatch(/'unsafe-eval'|'unsafe-inline'|'unsafe-hashes'|\bhttps?:|\bdata:|\bblob:|\*/);
    }
  });

  it('content scripts neither post window messages nor listen for them', () => {
    const scripts = join(dir, 'content-scripts');
    const problems: string[] = [];
    for (const path of existsSync(scripts) ? filesOf(scripts).filter((p) => p.endsWith('.js')) : []) {
      const code = readFileSync(path, 'utf8');
      const name = relative(dir, path);
      if (/addEventListener\(\s*[`'"]message[`'"]/.test(code)) problems.push(`${name} listens for window messages`);
      if (/\bonmessage\s*=/.test(code)) problems.push(`${name} sets onmessage`);
      // WXT's context keeps its postMessage call in the bundle; only the option switches it off.
      if (/window\.postMessage\(/.test(code) && !/noScriptStartedPostMessage:(?:!0|true)/.test(code)) {
        problems.push(`${name} announces itself to page scripts with window.postMessage`);
      }
    }
    expect(problems).toEqual([]);
  });
});
