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
          // One Chromium at a time on a two-core machine.
          fileParallelism: false,
          // A page may take a few seconds to load a chunk or paint on a busy machine; a poll waits for it, not for ever.
          expect: { poll: { timeout: 10_000, interval: 50 } },
        },
      },
      { test: { name: 'electron', include: ['tests/electron/**/*.test.ts'], testTimeout: 60_000 } },
    ],
  },
});
