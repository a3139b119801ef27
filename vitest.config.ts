import { defineConfig } from 'vitest/config';

// Two tiers. `unit` is everything quick, for the edit-test loop (`npm run test:unit`): it shares one
// module graph across files in worker threads (no per-file process and import), except the few
// files that mock a module, which need a fresh graph (`unit-isolated`). `slow` (`*.slow.test.ts`:
// processes, real data at scale, the browser, the packed package) runs with them in `npm test`,
// which CI runs.
const MOCKING = ['test/report/writeOutputFile.test.ts', 'test/report/writeReportFolder.test.ts'];

export default defineConfig({
  test: {
    globalSetup: ['test/support/globalSetup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: ['test/**/*.slow.test.ts', ...MOCKING], pool: 'threads', isolate: false },
      },
      { extends: true, test: { name: 'unit-isolated', include: MOCKING } },
      { extends: true, test: { name: 'slow', include: ['test/**/*.slow.test.ts'] } },
    ],
  },
});
