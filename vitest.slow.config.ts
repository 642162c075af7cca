import { defineConfig } from 'vitest/config';

// `npm run test:slow`: large-file tests that take minutes and gigabytes, kept out of `npm test` and CI.
export default defineConfig({
  test: {
    name: 'slow',
    environment: 'node',
    include: ['slow-tests/**/*.slow.test.ts'],
    globalSetup: ['browser-tests/support/globalSetup.ts'],
    fileParallelism: false,
    testTimeout: 1_800_000,
    hookTimeout: 1_800_000,
  },
});
