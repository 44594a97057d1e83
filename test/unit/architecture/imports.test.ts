/**
 * Which code may import what, and where browser-only things may appear. The rules are data, in
 * the first block: read them there. Below, one function per rule finds its violations in the
 * import graph (source-graph.ts, read with the TypeScript parser); the last block runs every
 * function on a small made-up graph that breaks its rule, so no rule passes by being blind.
 *
 * Why a test and not Biome's noRestrictedImports: Biome matches the specifier as written, so
 * `../../entrypoints/x` and `@/entrypoints/x` need separate patterns and "another entrypoint's
 * folder" needs one override per entrypoint; it cannot follow imports transitively, tell `.dom.ts`
 * files apart after resolution, or see a DOM global used without an import. One mechanism covers
 * all four rules; its failure message names the file, the line and the import chain.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../security/source-scan';
import {
  buildGraph,
  globalsRead,
  packageOf,
  readProject,
  runtimeClosure,
  type SourceGraph,
  storageApiUses,
} from './source-graph';

// ─── The rules ────────────────────────────────────────────────────────────────────────────────

/**
 * 1. A content script never loads these packages, not even through a file it imports (a
 *    type-only import is erased at build time and does not count). They cost most of the 20 KB
 *    budget, and Seller Central pays for them on every page: the worker validates with zod and
 *    sends plain data; content scripts use the browser's own `browser`.
 */
const CONTENT_SCRIPT_ENTRY = /^entrypoints\/[^/]+\.content\/index\.tsx?$/;
const CONTENT_SCRIPT_FORBIDDEN_PACKAGES: readonly string[] = ['zod', 'preact', 'webextension-polyfill'];

/**
 * 2. Layers. `lib/` is used by the entrypoints and components, never the reverse; an entrypoint
 *    (`entrypoints/<name>/`) keeps to its own folder: what two of them share belongs in lib/ or
 *    components/. Type-only imports count: they are a dependency all the same.
 */
const LIB_MUST_NOT_IMPORT: readonly string[] = ['entrypoints/', 'components/'];

/**
 * Entrypoints that may import from another entrypoint's folder: none. The list stays so a
 * crossing that must exist for a while is written down where the rule is; each entry must still
 * be needed (the test says when it is not).
 */
const ENTRYPOINT_CROSSING_EXCEPTIONS: readonly { readonly from: string; readonly to: string }[] = [];

/**
 * 3. Pure `lib/`: every lib file except the DOM-aware ones below never reads a DOM global and
 *    never imports a `*.dom.ts` file, so it runs anywhere (worker, Node, tests without a DOM).
 *    A lib file that needs the DOM says so in its name: `*.dom.ts`.
 */
const DOM_AWARE_LIB: readonly RegExp[] = [/\.dom\.ts$/, /^lib\/dom\//, /^lib\/content-script\//, /^lib\/storage\//];
const DOM_GLOBALS: readonly string[] = [
  'document',
  'window',
  'navigator',
  'location',
  'customElements',
  'getComputedStyle',
  'requestAnimationFrame',
  'cancelAnimationFrame',
  'MutationObserver',
  'IntersectionObserver',
  'ResizeObserver',
  'DOMParser',
  'Node',
  'NodeFilter',
  'Element',
  'HTMLElement',
  'SVGElement',
  'Text',
  'ShadowRoot',
  'DocumentFragment',
  'Range',
];

/**
 * 4. Extension storage is touched directly (browser.storage, WXT's `storage`) only inside
 *    `lib/storage/`; everything else goes through its stored items.
 */
const RAW_STORAGE_HOME = 'lib/storage/';
const RAW_STORAGE_PACKAGES: readonly string[] = ['wxt/utils/storage', '@wxt-dev/storage', '#imports'];
/** WXT auto-imports `storage` as a global: a file that uses it without an import is caught too. */
const RAW_STORAGE_GLOBALS: readonly string[] = ['storage'];

/**
 * Files outside lib/storage/ that may touch storage directly: none. The list must stay exact
 * (a file that no longer needs it fails the test); add to it only with a reason beside the entry.
 */
const RAW_STORAGE_EXCEPTIONS: readonly string[] = [];

/**
 * 5. Domain folders hold types, schemas and rules, not storage: they never import `lib/storage/`
 *    (a type-only import is allowed), so pure code, the worker and tests use them without pulling
 *    in an item. Their stored items live in `lib/storage/items/<feature>.ts`.
 */
const DOMAIN_FOLDERS: readonly string[] = [
  'lib/account-state/',
  'lib/cases/',
  'lib/checklists/',
  'lib/poa/',
  'lib/removal/',
];
const STORAGE_FOLDER = 'lib/storage/';

// ─── The checks, one function per rule ───────────────────────────────────────────────────────

type Violation = string;

function contentScriptPackages(graph: SourceGraph): Violation[] {
  const entries = [...graph.keys()].filter((path) => CONTENT_SCRIPT_ENTRY.test(path));
  return entries.flatMap((entry) =>
    runtimeClosure(graph, entry)
      .filter(({ what }) => !graph.has(what) && CONTENT_SCRIPT_FORBIDDEN_PACKAGES.includes(packageOf(what)))
      .map(({ chain }) => chain.join(' -> ')),
  );
}

function libReachingUp(graph: SourceGraph): Violation[] {
  return [...graph.values()]
    .filter((module) => module.path.startsWith('lib/'))
    .flatMap((module) =>
      module.imports
        .filter(({ target }) => target !== null && LIB_MUST_NOT_IMPORT.some((layer) => target.startsWith(layer)))
        .map(({ target, line }) => `${module.path}:${line} imports ${target}`),
    );
}

const entrypointOf = (path: string) => (path.startsWith('entrypoints/') ? path.split('/')[1] : null);

function entrypointCrossings(graph: SourceGraph): { readonly from: string; readonly to: string }[] {
  return [...graph.values()].flatMap((module) => {
    const own = entrypointOf(module.path);
    if (own === null) return [];
    return module.imports
      .filter(({ target }) => target !== null && entrypointOf(target) !== null && entrypointOf(target) !== own)
      .map(({ target }) => ({ from: module.path, to: target as string }));
  });
}

const isPureLib = (path: string) => path.startsWith('lib/') && !DOM_AWARE_LIB.some((pattern) => pattern.test(path));

function pureLibTouchingDom(graph: SourceGraph): Violation[] {
  const names = new Set(DOM_GLOBALS);
  return [...graph.values()]
    .filter((module) => isPureLib(module.path))
    .flatMap((module) => [
      ...module.imports
        .filter(({ target }) => target?.endsWith('.dom.ts'))
        .map(({ target, line }) => `${module.path}:${line} imports ${target}`),
      ...globalsRead(module.path, module.text, names).map(({ name, line }) => `${module.path}:${line} reads ${name}`),
    ]);
}

/** The files that touch storage directly, with where. */
function rawStorageUsers(graph: SourceGraph): Map<string, string[]> {
  const users = new Map<string, string[]>();
  const globals = new Set(RAW_STORAGE_GLOBALS);
  for (const module of graph.values()) {
    if (module.path.startsWith(RAW_STORAGE_HOME)) continue;
    const where = [
      ...module.imports
        .filter(({ specifier, typeOnly }) => !typeOnly && RAW_STORAGE_PACKAGES.includes(specifier))
        .map(({ specifier, line }) => `${line}: imports ${specifier}`),
      ...storageApiUses(module.path, module.text).map(({ name, line }) => `${line}: ${name}`),
      ...globalsRead(module.path, module.text, globals).map(({ name, line }) => `${line}: global ${name}`),
    ];
    if (where.length > 0) users.set(module.path, where);
  }
  return users;
}

function domainImportingStorage(graph: SourceGraph): Violation[] {
  return [...graph.values()]
    .filter((module) => DOMAIN_FOLDERS.some((folder) => module.path.startsWith(folder)))
    .flatMap((module) =>
      module.imports
        .filter(({ target, typeOnly }) => !typeOnly && target?.startsWith(STORAGE_FOLDER))
        .map(({ target, line }) => `${module.path}:${line} imports ${target}`),
    );
}

// ─── The project ─────────────────────────────────────────────────────────────────────────────

const graph = buildGraph(readProject(ROOT, ['lib', 'entrypoints', 'components']), (path) =>
  existsSync(join(ROOT, path)),
);
const sameCrossing = (a: { from: string; to: string }) => (b: { from: string; to: string }) =>
  a.from === b.from && a.to === b.to;

describe('architecture: forbidden imports', () => {
  it('reads the whole project and resolves every project import', () => {
    expect(graph.has('entrypoints/seller-central.content/index.ts')).toBe(true);
    expect(graph.has('lib/messaging.ts')).toBe(true);
    const unresolved = [...graph.values()].flatMap((m) => m.unresolved.map((s) => `${m.path}: ${s}`));
    expect(unresolved).toEqual([]);
  });

  it('1. no content script loads zod, Preact or webextension-polyfill, directly or through another file', () => {
    expect(contentScriptPackages(graph)).toEqual([]);
  });

  it('2a. lib/ never imports from entrypoints/ or components/', () => {
    expect(libReachingUp(graph)).toEqual([]);
  });

  it('2b. an entrypoint never imports from another entrypoint’s folder (but for the listed exceptions)', () => {
    const crossings = entrypointCrossings(graph);
    const unexpected = crossings.filter((crossing) => !ENTRYPOINT_CROSSING_EXCEPTIONS.some(sameCrossing(crossing)));
    const stale = ENTRYPOINT_CROSSING_EXCEPTIONS.filter((exception) => !crossings.some(sameCrossing(exception)));
    expect(unexpected, 'move what both need to lib/ or components/').toEqual([]);
    expect(stale, 'no longer crossing: remove from ENTRYPOINT_CROSSING_EXCEPTIONS').toEqual([]);
  });

  it('3. pure lib/ reads no DOM global and imports no *.dom.ts file', () => {
    expect(pureLibTouchingDom(graph), 'rename the file to *.dom.ts, or move the DOM part out').toEqual([]);
  });

  it('4. raw storage only inside lib/storage/ (but for the listed exceptions)', () => {
    const users = rawStorageUsers(graph);
    const unexpected = [...users].filter(([path]) => !RAW_STORAGE_EXCEPTIONS.includes(path));
    const stale = RAW_STORAGE_EXCEPTIONS.filter((path) => !users.has(path));
    expect(unexpected, 'use or add a stored item in lib/storage/').toEqual([]);
    expect(stale, 'no longer touches storage: remove from RAW_STORAGE_EXCEPTIONS').toEqual([]);
  });

  it('5. domain folders (lib/cases, lib/removal, …) never import lib/storage/', () => {
    expect(
      domainImportingStorage(graph),
      'move the schema into the domain folder, the item into lib/storage/items/',
    ).toEqual([]);
  });
});

// ─── Each rule can fail ──────────────────────────────────────────────────────────────────────

describe('architecture: each rule finds a violation when there is one', () => {
  const fake = (files: Record<string, string>) => buildGraph(files);

  it('1. follows a content script through its imports to a forbidden package, but not through types', () => {
    const violations = contentScriptPackages(
      fake({
        'entrypoints/x.content/index.ts': "import { a } from '@/lib/a';\nimport type { T } from '@/lib/typed';",
        'lib/a.ts': "export { b as a } from './b';",
        'lib/b.ts': "import * as z from 'zod/mini';\nexport const b = z.string();",
        'lib/typed.ts': "import { h } from 'preact';\nexport type T = typeof h;",
        'entrypoints/y.content/index.tsx': "const later = () => import('webextension-polyfill');",
      }),
    );
    expect(violations).toEqual([
      'entrypoints/x.content/index.ts -> lib/a.ts -> lib/b.ts -> zod/mini',
      'entrypoints/y.content/index.tsx -> webextension-polyfill',
    ]);
  });

  it('1. sees the files an import.meta.glob pulls in', () => {
    const violations = contentScriptPackages(
      fake({
        'entrypoints/x.content/index.ts': "import { all } from '@/lib/lang/all';",
        'lib/lang/all.ts': "export const all = import.meta.glob('./*/words.ts', { eager: true });",
        'lib/lang/en/words.ts': "import { h } from 'preact/hooks';",
      }),
    );
    expect(violations).toEqual([
      'entrypoints/x.content/index.ts -> lib/lang/all.ts -> lib/lang/en/words.ts -> preact/hooks',
    ]);
  });

  it('2. catches lib/ reaching up and one entrypoint reaching into another', () => {
    const layered = fake({
      'lib/a.ts': "import { x } from '../entrypoints/popup/x';\nimport type { C } from '@/components/C';",
      'entrypoints/popup/x.ts': "import { y } from '@/entrypoints/options/y';\nimport { z } from './z';",
      'entrypoints/popup/z.ts': '',
      'entrypoints/options/y.ts': '',
      'components/C.tsx': '',
    });
    expect(libReachingUp(layered)).toEqual([
      'lib/a.ts:1 imports entrypoints/popup/x.ts',
      'lib/a.ts:2 imports components/C.tsx',
    ]);
    expect(entrypointCrossings(layered)).toEqual([{ from: 'entrypoints/popup/x.ts', to: 'entrypoints/options/y.ts' }]);
  });

  it('3. catches DOM globals and .dom.ts imports in pure lib/, and leaves types, properties and locals alone', () => {
    const violations = pureLibTouchingDom(
      fake({
        'lib/pure.ts': [
          "import type { Widget } from './widget.dom';",
          'export const root = () => document.body;',
          'export const isElement = (node: unknown) => node instanceof Element;',
          'export const ok = (el: Element, ctx: { window: number }) => ctx.window + el.tagName.length;',
          '// document in a comment, "window" in a string',
          'export function span(window: number) { return window * 2; }',
        ].join('\n'),
        'lib/widget.dom.ts': 'export const w = () => new MutationObserver(() => {});',
        'lib/dom/tree.ts': 'export const t = () => window.getSelection();',
      }),
    );
    expect(violations).toEqual([
      'lib/pure.ts:1 imports lib/widget.dom.ts',
      'lib/pure.ts:2 reads document',
      'lib/pure.ts:3 reads Element',
    ]);
  });

  it('5. catches a domain folder importing lib/storage/, but not a type-only import', () => {
    const violations = domainImportingStorage(
      fake({
        'lib/cases/store.ts': "import { caseRecords } from '@/lib/storage/items/cases';",
        'lib/removal/typed.ts': "import type { WriteOutcome } from '../storage/stored-item';",
        'lib/storage/items/cases.ts': "import { caseRecordSchema } from '@/lib/cases/model';",
        'lib/storage/stored-item.ts': '',
        'lib/cases/model.ts': '',
        'lib/i18n/load.ts': "import { settingsItem } from '@/lib/storage/items/settings';",
        'lib/storage/items/settings.ts': '',
      }),
    );
    expect(violations).toEqual(['lib/cases/store.ts:1 imports lib/storage/items/cases.ts']);
  });

  it('4. catches raw storage outside lib/storage/: the API, the WXT import and its auto-imported global', () => {
    const users = rawStorageUsers(
      fake({
        'lib/storage/item.ts': "import { storage } from 'wxt/utils/storage';\nbrowser.storage.local.get();",
        'lib/cases/store.ts':
          "import { browser } from 'wxt/browser';\nexport const all = () => browser.storage.sync.get();",
        'entrypoints/options/Data.tsx': "import { storage } from 'wxt/utils/storage';",
        'components/Auto.tsx': "export const read = () => storage.getItem('local:x');",
        'components/Typed.tsx': "import type { StorageArea } from 'wxt/utils/storage';",
      }),
    );
    expect(Object.fromEntries(users)).toEqual({
      'lib/cases/store.ts': ['2: browser.storage'],
      'entrypoints/options/Data.tsx': ['1: imports wxt/utils/storage'],
      'components/Auto.tsx': ['1: global storage'],
    });
  });
});
