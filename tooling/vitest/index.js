import { defineConfig } from 'vitest/config';

/**
 * The shared test settings. Tests live beside the code (`*.test.ts`); integration tests that
 * need a database server live in a package's `test/` folder.
 */
export function defineProjectConfig(overrides = {}) {
  return defineConfig({
    ...overrides,
    test: {
      include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
      // Database tests open real servers; a generous timeout keeps a slow shared machine green.
      testTimeout: 60_000,
      hookTimeout: 120_000,
      // The JSON report feeds the one closing line of `npm test` (tooling/scripts/test-summary.mjs).
      reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
      ...overrides.test,
    },
  });
}
