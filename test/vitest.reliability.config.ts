import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

/**
 * Generated-input reliability suite (`npm run reliability`): 10,000 cases per property by default
 * (RELIABILITY_RUNS overrides), too slow for `npm test`. Each property records its exact run count;
 * the global setup gathers them into test-output/reliability-counts.json for docs/RELIABILITY.md.
 */
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  plugins: [WxtVitest()],
  test: {
    include: ['test/reliability/**/*.test.ts'],
    environment: 'happy-dom',
    globals: true,
    mockReset: true,
    restoreMocks: true,
    globalSetup: ['test/reliability/support/global-setup.ts'],
    testTimeout: 900_000,
    hookTimeout: 60_000,
  },
});
