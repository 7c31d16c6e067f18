import { defineConfig } from 'vitest/config';

// End-to-end tests drive the built app in Debian's Chromium; one file at a time keeps
// two cores from being oversubscribed by parallel browsers.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    environment: 'node',
    globalSetup: ['test/e2e/globalSetup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
