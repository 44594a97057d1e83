// @vitest-environment node
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { commonJsAsModules } from '../../../wxt.config';

const require = createRequire(import.meta.url);
const POLYFILL_PATH = require.resolve('webextension-polyfill');
const SUPERLOCK_PATH = require.resolve('superlock');
const SUPERLOCK_CREATE_PATH = join(dirname(SUPERLOCK_PATH), 'create.js');

type Transform = (code: string, id: string) => { code: string } | null;
const transform = commonJsAsModules().transform as unknown as Transform;
const rewritten = (path: string) => transform(readFileSync(path, 'utf8'), path)?.code ?? '';

/** The rewritten polyfill run as a module would run, its default export returned. */
function runPolyfill(): unknown {
  const code = rewritten(POLYFILL_PATH);
  expect(code).toMatch(/\nexport default module\.exports;\n$/);
  const body = code.replace(/\nexport default module\.exports;\n$/, '\nreturn module.exports;\n');
  // A module sees neither CommonJS nor AMD: no `define`, and `module` / `exports` only as declared.
  return new Function('define', `"use strict";${body}`)(undefined);
}

const globals = globalThis as { chrome?: unknown; browser?: unknown };
afterEach(() => {
  delete globals.chrome;
  delete globals.browser;
});

describe('CommonJS packages served as modules', () => {
  it('touches no other file', () => {
    expect(transform('export const x = 1;', '/repo/node_modules/other/dist/browser-polyfill.ts')).toBeNull();
    expect(transform('module.exports = 1;', '/repo/node_modules/superlocked/src/index.js')).toBeNull();
  });

  it('webextension-polyfill exports the browser’s own `browser` object where there is one', () => {
    const native = { runtime: { id: 'extension-id' } };
    globals.chrome = { runtime: { id: 'extension-id' } };
    globals.browser = native;
    expect(runPolyfill()).toBe(native);
  });

  it('webextension-polyfill exports the promise-based wrapper of `chrome` where there is no `browser`', async () => {
    const stored = { key: 'value' };
    globals.chrome = {
      runtime: { id: 'extension-id', lastError: undefined },
      storage: { local: { get: (_keys: unknown, callback: (items: unknown) => void) => callback(stored) } },
    };
    const wrapped = runPolyfill() as { storage: { local: { get(keys: unknown): Promise<unknown> } } };
    expect(wrapped).not.toBe(globals.chrome);
    await expect(wrapped.storage.local.get(null)).resolves.toBe(stored);
  });

  it('superlock, as modules, still runs one locked task at a time, in order', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'scc-superlock-'));
    try {
      writeFileSync(join(dir, 'index.mjs'), rewritten(SUPERLOCK_PATH).replace("'./create.js'", "'./create.mjs'"));
      writeFileSync(join(dir, 'create.mjs'), rewritten(SUPERLOCK_CREATE_PATH));
      const { withLock } = (await import(pathToFileURL(join(dir, 'index.mjs')).href)) as {
        withLock: () => <T>(task: () => Promise<T>) => Promise<T>;
      };
      const locked = withLock();
      const events: string[] = [];
      const task = (name: string) => async () => {
        events.push(`${name} starts`);
        await new Promise((resolve) => setTimeout(resolve, 5));
        events.push(`${name} ends`);
        return name;
      };
      await expect(Promise.all([locked(task('a')), locked(task('b'))])).resolves.toEqual(['a', 'b']);
      expect(events).toEqual(['a starts', 'a ends', 'b starts', 'b ends']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses a package it no longer recognizes, instead of building something else', () => {
    expect(() => transform('module.exports = {};', POLYFILL_PATH)).toThrow(/update COMMONJS_AS_MODULES/);
    expect(() => transform('module.exports = {};', SUPERLOCK_PATH)).toThrow(/update COMMONJS_AS_MODULES/);
    expect(() => transform('module.exports = () => {};', SUPERLOCK_CREATE_PATH)).toThrow(/update COMMONJS_AS_MODULES/);
  });
});
