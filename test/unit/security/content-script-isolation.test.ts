/**
 * The content scripts expose nothing to page scripts: no window messages in either direction,
 * nothing exported into the page's world, no script elements, no main-world injection, and WXT's
 * own "content script started" window.postMessage switched off.
 * Every project file a content script imports is checked, not only the entrypoint folder.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentScriptEntries, describeFindings, importGraph, ROOT, type Rule, scan } from './source-scan';

const FORBIDDEN: readonly Rule[] = [
  { name: "addEventListener('message')", pattern: /addEventListener\s*\([^)]*?['"`]message['"`]/ },
  { name: 'onmessage', pattern: /\bonmessage\b/ },
  { name: 'postMessage', pattern: /\bpostMessage\s*\(/ },
  { name: 'exportFunction / cloneInto / wrappedJSObject', pattern: /\b(?:exportFunction|cloneInto|wrappedJSObject)\b/ },
  { name: 'script element', pattern: /createElement\s*\(\s*['"`]script['"`]/ },
  { name: "world: 'MAIN'", pattern: /\bworld\s*:\s*['"`]MAIN['"`]/ },
];

const entries = contentScriptEntries();
const graph = importGraph(entries);

describe('security: content scripts expose nothing to page scripts', () => {
  it('finds every content script and what it imports', () => {
    const names = entries.map((file) => file.slice(ROOT.length + 1));
    expect(names).toContain('entrypoints/seller-central.content/index.ts');
    const paths = graph.map((file) => file.path);
    expect(paths).toContain('lib/pages.ts');
    expect(paths).toContain('lib/marketplaces.ts');
  });

  it('finds each forbidden pattern when it is there', () => {
    const bad = [
      "window.addEventListener('message', onMessage);",
      'ctx.addEventListener(window, "message", cb);',
      'window.onmessage = cb;',
      "window.postMessage({ type: 'x' }, '*');",
      'window.wrappedJSObject.foo = exportFunction(f, window);',
      "const s = document.createElement('script');",
      "export default defineContentScript({ world: 'MAIN', main() {} });",
    ];
    const findings = scan(
      bad.map((text, i) => ({ path: `bad-${i}.ts`, text })),
      FORBIDDEN,
    );
    expect(new Set(findings.map((f) => f.rule))).toEqual(new Set(FORBIDDEN.map((rule) => rule.name)));
  });

  it('no content script, nor anything it imports, talks to the page', () => {
    const findings = scan(graph, FORBIDDEN);
    expect(findings, describeFindings(findings)).toEqual([]);
  });

  // WXT's ContentScriptContext announces every start with window.postMessage({ type:
  // '<extension id>:<script>:wxt:content-script-started', ... }, '*'), which any page script can read
  // (it names the extension). WXT kept it only for backwards compatibility and offers this option
  // to turn it off; it uses a DOM custom event for the same job either way. WXT's own context also
  // stops when anything on the page dispatches its "script started" DOM event: runFeatures guards
  // the context WXT passes to main before anything else runs.
  it.each(entries.map((file) => [file.slice(ROOT.length + 1), file]))(
    '%s takes the shared options and runs its features through runFeatures, which guards WXT’s context',
    (_, file) => {
      const text = readFileSync(file, 'utf8');
      expect(text).toMatch(/\.\.\.featureScriptOptions\(FEATURES\)/);
      expect(text).toMatch(/\bmain: \(ctx\) => runFeatures\(FEATURES, ctx(, '[a-z-]+')?\)/);
    },
  );

  it('the shared options turn off the window.postMessage; runFeatures uses the guarded context', () => {
    const options = readFileSync(join(ROOT, 'lib/content-script/script-options.ts'), 'utf8');
    expect(options).toMatch(/\bnoScriptStartedPostMessage: true,/);
    const runner = readFileSync(join(ROOT, 'lib/content-script/run-features.ts'), 'utf8');
    expect(runner).toMatch(/\bconst ctx = guardContext\(wxtContext\);/);
    expect(runner).toMatch(/\bfeature\.init\(ctx, page\)/);
  });
});
