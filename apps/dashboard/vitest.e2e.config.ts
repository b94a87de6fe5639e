import { defineConfig } from 'vitest/config';

// The browser tests: real Chromium against the real API; the report joins `npm test`'s summary.
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 240_000,
    fileParallelism: false,
    reporters: ['default', ['json', { outputFile: 'test-results/e2e.json' }]],
  },
});
