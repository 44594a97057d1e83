// @vitest-environment node
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterEach, describe, expect, it } from 'vitest';
import { polyfillAsModule } from '../../../wxt.config';

const require = createRequire(import.meta.url);
const POLYFILL_PATH = require.resolve('webextension-polyfill');

type Transform = (code: string, id: string) => { code: string } | null;
const transform = polyfillAsModule().transform as unknown as Transform;

/** The transformed polyfill run as a module would run, its default export returned. */
function runAsModule(code: string): unknown {
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

describe('webextension-polyfill served as a module', () => {
  const source = readFileSync(POLYFILL_PATH, 'utf8');

  it('touches no other file', () => {
    expect(transform('export const x = 1;', '/repo/node_modules/other/dist/browser-polyfill.ts')).toBeNull();
  });

  it('exports the browser’s own `browser` object where there is one, as the polyfill always did', () => {
    const native = { runtime: { id: 'extension-id' } };
    globals.chrome = { runtime: { id: 'extension-id' } };
    globals.browser = native;
    expect(runAsModule(transform(source, POLYFILL_PATH)?.code ?? '')).toBe(native);
  });

  it('exports the promise-based wrapper of `chrome` where there is no `browser`', async () => {
    const stored = { key: 'value' };
    globals.chrome = {
      runtime: { id: 'extension-id', lastError: undefined },
      storage: { local: { get: (_keys: unknown, callback: (items: unknown) => void) => callback(stored) } },
    };
    const wrapped = runAsModule(transform(source, POLYFILL_PATH)?.code ?? '') as {
      storage: { local: { get(keys: unknown): Promise<unknown> } };
    };
    expect(wrapped).not.toBe(globals.chrome);
    await expect(wrapped.storage.local.get(null)).resolves.toBe(stored);
  });

  it('refuses a polyfill it no longer recognizes, instead of building something else', () => {
    expect(() => transform('module.exports = {};', POLYFILL_PATH)).toThrow(/update polyfillAsModule/);
  });
});
