import { defineConfig } from 'vitest/config';

// Two tiers. `unit` is everything quick, for the edit-test loop (`npm run test:unit`); `slow`
// (`*.slow.test.ts`: processes, real data at scale, the browser, the packed package) runs with it
// in `npm test`, which CI runs.
export default defineConfig({
  test: {
    globalSetup: ['test/support/globalSetup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: ['test/**/*.slow.test.ts'] } },
      { extends: true, test: { name: 'slow', include: ['test/**/*.slow.test.ts'] } },
    ],
  },
});
