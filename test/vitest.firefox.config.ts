import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Real Firefox (Debian's firefox-esr) with the Firefox build: one file at a time, generous timeouts.
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  resolve: { alias: { '@': fileURLToPath(new URL('..', import.meta.url)) } },
  test: {
    include: ['test/e2e-firefox/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
  },
});
