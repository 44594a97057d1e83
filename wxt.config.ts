import { readdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { InlineConfig, Plugin } from 'vite';
import { defineConfig, type Wxt } from 'wxt';
import type { Browser } from 'wxt/browser';
import { packLexicon } from './lib/detect/lexicon-pack';
import { loadNoticeLexicons } from './lib/lang/notices';
import { SELLER_CENTRAL_MATCHES } from './lib/marketplaces';

/**
 * Preact keeps one `el.innerHTML = props.dangerouslySetInnerHTML.__html` for a prop we forbid
 * (Biome's noDangerouslySetInnerHtml). Replacing it with a throw leaves the bundle with no
 * dynamic innerHTML at all, so Firefox's linter has nothing to warn about and a future
 * mistake fails loudly instead of rendering page text as HTML.
 */
function forbidPreactInnerHtml(): Plugin {
  const assignment = /\(([\w$]+)\.innerHTML=([\w$]+)\.__html\)/g;
  return {
    name: 'scc-forbid-preact-inner-html',
    transform(code, id) {
      if (!/node_modules\/preact\/dist\/preact\.module\.js/.test(id)) return null;
      const patched = code.replace(assignment, '(()=>{throw new Error("dangerouslySetInnerHTML is disabled")})()');
      if (/\.innerHTML=[\w$]+\.__html/.test(patched)) throw new Error('Preact changed: update forbidPreactInnerHtml');
      return { code: patched, map: null };
    },
  };
}

/** Where `text` stands in `code`, which must hold it exactly once: a package that changed fails the build. */
function onlyPlaceOf(code: string, text: string, file: string): number {
  const at = code.indexOf(text);
  if (at < 0 || code.indexOf(text, at + 1) >= 0) throw new Error(`${file} changed: update COMMONJS_AS_MODULES`);
  return at;
}

function replaceOnce(code: string, from: string, to: string, file: string): string {
  const at = onlyPlaceOf(code, from, file);
  return code.slice(0, at) + to + code.slice(at + from.length);
}

interface CommonJsRewrite {
  readonly file: RegExp;
  readonly rewrite: (code: string, file: string) => string;
}

/**
 * The CommonJS files the extension's pages and worker load, each rewritten as the ES module it
 * could be. The bundler would otherwise wrap them as CommonJS, which costs twice (issue #18):
 * - webextension-polyfill (UMD): the ESM interop copies every own property of the module's export
 *   onto a namespace object. In Chromium and Firefox that export is the native `browser` object,
 *   and copying a property makes the browser build that API's bindings: every page built all
 *   thirty-odd APIs at start (about 100 KB of allocations). As a module with one default export,
 *   its code runs unchanged and nothing is copied.
 * - superlock (@wxt-dev/storage's lock): its wrapper needs the bundler's runtime helpers, a chunk
 *   of their own that the popup had to fetch before it could start (see popupStartInOneChunk).
 */
const COMMONJS_AS_MODULES: readonly CommonJsRewrite[] = [
  {
    file: /node_modules\/webextension-polyfill\/dist\/browser-polyfill\.js$/,
    // The UMD wrapper takes its CommonJS branch, `factory(module)`, with the module declared here.
    rewrite: (code, file) => {
      onlyPlaceOf(code, 'factory(module)', file);
      return `var module = { exports: {} }, exports = module.exports;\n${code}\nexport default module.exports;\n`;
    },
  },
  {
    file: /node_modules\/superlock\/src\/index\.js$/,
    rewrite: (code, file) =>
      replaceOnce(
        replaceOnce(code, "const createLock = require('./create')", "import createLock from './create.js'", file),
        'module.exports = { withLock, createLock }',
        'export { withLock, createLock }',
        file,
      ),
  },
  {
    file: /node_modules\/superlock\/src\/create\.js$/,
    rewrite: (code, file) =>
      replaceOnce(code, 'module.exports = (slots = 1) => {', 'export default (slots = 1) => {', file),
  },
];

export function commonJsAsModules(): Plugin {
  return {
    name: 'scc-commonjs-as-modules',
    transform(code, id) {
      const match = COMMONJS_AS_MODULES.find(({ file }) => file.test(id));
      return match ? { code: match.rewrite(code, id), map: null } : null;
    },
  };
}

/**
 * WXT reads each entrypoint's options by importing it in node (a narrow content script's
 * `matches` come from its features), where Vite cannot inline a stylesheet. Options never need
 * styles, so there a `?inline` stylesheet is an empty string; the real build is untouched.
 */
function noStylesWhileReadingOptions(): Plugin {
  const empty = '\0scc-empty-style';
  return {
    name: 'scc-no-styles-while-reading-options',
    enforce: 'pre',
    resolveId(source) {
      return this.environment?.config.consumer === 'server' && source.endsWith('.css?inline') ? empty : null;
    },
    load(id) {
      return id === empty ? 'export default ""' : null;
    },
  };
}

/** Every node reachable from `starts` by following `next` (the starts included), each once. */
function reachableFrom(starts: readonly string[], next: (node: string) => readonly string[]): Set<string> {
  const seen = new Set<string>();
  const pending = [...starts];
  for (let node = pending.pop(); node !== undefined; node = pending.pop()) {
    if (seen.has(node)) continue;
    seen.add(node);
    pending.push(...next(node));
  }
  return seen;
}

/**
 * V8 compiles a function lazily, on its first call, after pre-parsing it at load: a script whose
 * functions nearly all run on load (a content script's scan and card, a page's first screen)
 * pays for every function twice, on the main thread. Chromium's per-file compile hint
 * (`//# allFunctionsCalledOnLoad`, shipped in Chrome 136) compiles them all at once instead:
 * measured with `test/bench/compare-builds.ts`, 1.8 ms less per Account Health load and 0.7 ms
 * less on the 5,000-row orders page (issue #14). Only what loads at start is hinted: each
 * entry and the chunks it imports statically, never a lazily imported tab or language pack.
 * Other engines read it as a comment.
 */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';
function eagerCompileHint(): Plugin {
  return {
    name: 'scc-eager-compile-hint',
    enforce: 'post',
    // After Vite's own post-processing (its preload helper is prepended to an HTML entry's chunk).
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const entries = Object.entries(bundle).flatMap(([fileName, chunk]) =>
          chunk.type === 'chunk' && chunk.isEntry ? [fileName] : [],
        );
        const loadedAtStart = reachableFrom(entries, (fileName) => {
          const chunk = bundle[fileName];
          return chunk?.type === 'chunk' ? chunk.imports : [];
        });
        for (const fileName of loadedAtStart) {
          const chunk = bundle[fileName];
          if (chunk?.type === 'chunk' && !chunk.code.startsWith(COMPILE_HINT)) chunk.code = COMPILE_HINT + chunk.code;
        }
      },
    },
  };
}

/**
 * Chromium keeps V8's compiled code for a script it fetches (a module), never for a content
 * script the extension system hands it as source: every Seller Central load compiled the main
 * script's 50 KB again, 5 to 7 ms of the page's main thread, more than half of what the
 * extension cost a page (issue #14). So in the Chromium build each content script is a one-line
 * loader that imports the real script as a module from the extension; from the next load on,
 * Chromium runs it from its code cache (0.1 ms of compiling). The module runs in the content
 * script's isolated world like the script did, unaffected by the page's CSP. It is
 * web-accessible to Seller Central hosts only, at a URL that changes every browser session, so
 * no other site can fetch it and Seller Central cannot use a fixed URL to spot the extension.
 * Firefox keeps the scripts as they are: nothing was measured there, and its e2e suite and
 * `web-ext lint` check the plain scripts. If the import ever failed (only a build without the
 * module could do that, and every e2e test that expects the card would fail), the loader says
 * so in the console rather than failing silently.
 */
export const CONTENT_MODULE_SUFFIX = '.module.js';
export const contentScriptLoader = (modulePath: string) =>
  `import(chrome.runtime.getURL(${JSON.stringify(modulePath)})).catch((error) => console.error('Seller Central Companion did not start', error));\n`;
function contentScriptsAsCachedModules(wxt: Wxt, manifest: Browser.runtime.Manifest): void {
  if (wxt.config.browser === 'firefox' || wxt.config.command !== 'build') return;
  const dir = join(wxt.config.outDir, 'content-scripts');
  const modules: string[] = [];
  for (const file of readdirSync(dir)) {
    if (!file.endsWith('.js') || file.endsWith(CONTENT_MODULE_SUFFIX)) continue;
    const module = `content-scripts/${file.replace(/\.js$/, CONTENT_MODULE_SUFFIX)}`;
    renameSync(join(dir, file), join(wxt.config.outDir, module));
    writeFileSync(join(dir, file), contentScriptLoader(module));
    modules.push(module);
  }
  const accessible = { resources: modules, matches: [...SELLER_CENTRAL_MATCHES], use_dynamic_url: true };
  const declared = (manifest.web_accessible_resources ?? []) as NonNullable<
    Browser.runtime.ManifestV3['web_accessible_resources']
  >;
  manifest.web_accessible_resources = [...declared, accessible];
}

// The manifest is generated here so that host access can never drift from the
// one marketplace table: content-script matches and host permissions both come
// from lib/marketplaces.ts.
/**
 * The content script runs on every Seller Central page and has a 20 KB (gzip) budget. There,
 * `wxt/browser` resolves to WXT's native `browser` (Chrome's promise-based `chrome`, Firefox's
 * `browser`) instead of webextension-polyfill: every API the content script calls
 * (runtime messaging, i18n.getMessage, runtime.getURL) is promise-based in both MV3 runtimes, so
 * the polyfill's 9.6 KB would buy nothing. Background, popup and options keep the polyfill.
 */
function nativeBrowserInContentScripts(entrypoints: readonly { type: string }[], config: InlineConfig): void {
  if (!entrypoints.every((entry) => entry.type === 'content-script')) return;
  const native = { find: /^wxt\/browser$/, replacement: '@wxt-dev/browser' };
  const alias = config.resolve?.alias;
  const rest = Array.isArray(alias)
    ? alias.filter((a) => a.find !== 'wxt/browser')
    : Object.entries(alias ?? {})
        .filter(([find]) => find !== 'wxt/browser')
        .map(([find, replacement]) => ({ find, replacement: String(replacement) }));
  config.resolve = { ...config.resolve, alias: [native, ...rest] };
}

/**
 * An extension page pays for every file it fetches: each request to the extension's own files
 * costs the browser a round trip of several milliseconds on this class of machine, and a module
 * script waits for all of its imports, which the browser discovers one level at a time. Left to
 * itself the bundler splits what the popup loads at start into six scripts by which pages share
 * them (options and the Plan of Action page share most). So every module the popup imports
 * statically, its own script included, goes into one chunk, `popup-start`, which popup.html loads
 * as its one script (issue #18). Three scripts (a 0.2 KB entry, that chunk, the bundler's helpers)
 * opened the popup 8 ms sooner than six (issue #14); one opens it 4 to 20 ms sooner again (popup
 * opened to Status, medians of 31 and 25 interleaved opens). Two things make that possible:
 * - the bundler's helpers were only needed for two CommonJS packages, now served as modules
 *   (COMMONJS_AS_MODULES);
 * - the other pages load this chunk for the modules they share with the popup, so the popup's
 *   script starts the popup on its own page only, and its stylesheet is linked from popup.html
 *   rather than imported (a chunk's stylesheet goes to every page that loads the chunk).
 * Those pages are opened far less, and no budget times them. Lazily loaded tabs and language
 * packs stay chunks of their own that import it.
 */
export const POPUP_START_CHUNK = 'popup-start';
interface ChunkingContext {
  getModuleInfo(id: string): { readonly importedIds: readonly string[] } | null;
}
function popupStartInOneChunk(entrypoints: readonly { type: string; inputPath: string }[], config: InlineConfig): void {
  const popup = entrypoints.find((entry) => entry.type === 'popup');
  const output = config.build?.rollupOptions?.output;
  if (!popup || !output || Array.isArray(output)) return;
  let startModules: Set<string> | null = null;
  const loadedAtStart = (ctx: ChunkingContext) => {
    if (startModules) return startModules;
    const reached = reachableFrom([popup.inputPath], (id) => ctx.getModuleInfo(id)?.importedIds ?? []);
    startModules = new Set([...reached].filter((id) => id !== popup.inputPath && !/\.css(\?|$)/.test(id)));
    return startModules;
  };
  Object.assign(output, {
    codeSplitting: {
      groups: [{ name: (id: string, ctx: ChunkingContext) => (loadedAtStart(ctx).has(id) ? POPUP_START_CHUNK : null) }],
    },
  });
}

/** The build's per-group Vite settings (WXT builds each group of entrypoints on its own). */
function extendBuildConfig(entrypoints: readonly { type: string; inputPath: string }[], config: InlineConfig): void {
  nativeBrowserInContentScripts(entrypoints, config);
  popupStartInOneChunk(entrypoints, config);
}

/**
 * Each Seller Central language's notice lexicon becomes `lexicons/<code>.json` in the build,
 * packed into pattern sources: the worker reads the ones a page needs and hands them to the
 * content script, so neither bundles a language it does not use, and the content script never
 * builds a pattern.
 */
async function writeLexicons(_wxt: unknown, files: Array<{ relativeDest: string; contents?: string }>): Promise<void> {
  for (const [language, lexicon] of Object.entries(await loadNoticeLexicons()))
    files.push({ relativeDest: `lexicons/${language}.json`, contents: JSON.stringify(packLexicon(lexicon)) });
}

export default defineConfig({
  hooks: {
    'vite:build:extendConfig': extendBuildConfig,
    'build:publicAssets': writeLexicons,
    'build:manifestGenerated': contentScriptsAsCachedModules,
  },
  srcDir: '.',
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    // Every browser this extension supports preloads modules itself (Chromium, Firefox 115+):
    // Vite's polyfill for older ones would only run a feature check on every page start.
    build: { modulePreload: { polyfill: false } },
    plugins: [forbidPreactInnerHtml(), commonJsAsModules(), noStylesWhileReadingOptions(), eagerCompileHint()],
  }),
  manifestVersion: 3,
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // scripting: the removal script is injected into Manage Orders frames only when a row may be a
    // removal order (lib/removal/probe.dom.ts); host access limits it to Seller Central.
    permissions: ['storage', 'alarms', 'notifications', 'scripting'],
    host_permissions: [...SELLER_CENTRAL_MATCHES],
    icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' },
    action: {
      default_title: '__MSG_extName__',
      default_icon: { 16: 'icon/16.png', 32: 'icon/32.png' },
    },
    // Firefox versions: desktop needs 140 (the first with data_collection_permissions; MV3 host
    // permissions granted at install came in 127, storage.session in 115), so ESR 140 and the ESR
    // Debian ships today (153) both install it. Firefox for Android reads that key from 142 on,
    // and web-ext lint refuses a lower Android minimum.
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'seller-central-companion@companion.invalid',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  zip: {
    artifactTemplate: 'seller-central-companion-{{version}}-{{browser}}.zip',
    sourcesTemplate: 'seller-central-companion-{{version}}-sources.zip',
  },
});
