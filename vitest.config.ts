import { defineConfig } from 'vitest/config';

/**
 * The slowest e2e files: sweeps over every built page and template (axe, KWCAG checks at three widths, every tool's
 * screen-reader announcements, layout shift under throttling), the CMS round trips that build a sandbox copy or type into every field, search recall and the
 * legacy-editor reproduction. `npm test` leaves them out to stay under 15 minutes; `npm run test:full` runs them on the
 * same kind of build, and CI runs both.
 */
const fullSweepFiles = [
  'tests/e2e/accessibility.test.ts',
  'tests/e2e/service-accessibility.test.ts',
  'tests/e2e/announcements.test.ts',
  'tests/e2e/pages.test.ts',
  'tests/e2e/layout-shift.test.ts',
  'tests/e2e/cms-publish.test.ts',
  'tests/e2e/cms-korean-input.test.ts',
  'tests/e2e/cms-previews.test.ts',
  'tests/e2e/cms-ime-bug.test.ts',
  'tests/e2e/search-recall.test.ts',
];

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'service',
          include: ['tests/service/**/*.test.ts'],
          // A PostgreSQL server for the tests: TEST_DATABASE_URL, or the throwaway cluster it starts.
          globalSetup: ['tests/service/support/global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          // Restarts the PostgreSQL test server, so it runs alone, after the service tests.
          name: 'service-faults',
          include: ['tests/service-faults/**/*.test.ts'],
          globalSetup: ['tests/service/support/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          exclude: fullSweepFiles,
          // One built site, one browser: e2e files share them through globalSetup.
          globalSetup: ['tests/e2e/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 600_000,
        },
      },
      {
        test: {
          name: 'e2e-full',
          include: fullSweepFiles,
          globalSetup: ['tests/e2e/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 600_000,
        },
      },
      {
        test: {
          // Measurements on the same built site and browser as e2e, run by `npm run bench:cms`, not by `npm test`.
          name: 'bench-e2e',
          include: ['tests/bench-e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 600_000,
        },
      },
    ],
  },
});
