import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Real Chromium with the built extension: one file at a time (one browser per file), generous timeouts.
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  resolve: { alias: { '@': fileURLToPath(new URL('..', import.meta.url)) } },
  test: {
    include: ['test/e2e/**/*.test.ts'],
    // Fault injection, XSS corpus and axe runs belong to `npm run reliability` (it sets SCC_RELIABILITY).
    exclude: process.env.SCC_RELIABILITY ? [] : ['test/e2e/reliability/**'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
  },
});
