import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'node',
          include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        // Drives the `vite build` output in Debian's Chromium. Few and serial: 2 cores, software WebGL.
        test: {
          name: 'browser',
          environment: 'node',
          include: ['browser-tests/**/*.test.ts'],
          globalSetup: ['browser-tests/support/globalSetup.ts'],
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
