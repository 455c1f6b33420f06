import { defineConfig } from 'vitest/config';

// `npm run test:faults`: the crash and fault suite, which runs the real app as child processes (minutes, not seconds).
export default defineConfig({
  test: {
    include: ['test/faults/**/*.test.ts'],
    environment: 'node',
    maxWorkers: 1,
    testTimeout: 30 * 60_000,
    hookTimeout: 120_000,
  },
});
