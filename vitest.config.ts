import { defineConfig } from 'vitest/config';

// Flipover's users plan in Dutch time; the clock-change tests depend on it.
process.env.TZ = 'Europe/Amsterdam';

export default defineConfig({
  test: {
    reporters: ['default', './tests/support/summary-reporter.ts'],
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts', 'tests/lint/**/*.test.ts'] } },
      { test: { name: 'core', include: ['tests/core/**/*.test.ts'], testTimeout: 60_000 } },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // Two files at a time: an e2e test mostly waits on its pages (a quarter of two cores busy with one file at a time), so two keep the machine busy, not overloaded.
          maxWorkers: 2,
          // A pool size of its own needs a group of its own: the browser files run after the unit and core files.
          sequence: { groupOrder: 1 },
          // A page may take a few seconds to load a chunk or paint on a busy machine; a poll waits for it, not for ever.
          expect: { poll: { timeout: 10_000, interval: 50 } },
        },
      },
      { test: { name: 'electron', include: ['tests/electron/**/*.test.ts'], testTimeout: 60_000 } },
    ],
  },
});
