import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The crash and fault suite has its own command (npm run test:faults) and config.
    exclude: ['test/faults/**', 'node_modules/**'],
    environment: 'node',
    // Integration tests start HTTP servers; two workers match the two cores CI has.
    maxWorkers: 2,
    testTimeout: 20_000,
    hookTimeout: 20_000,
  },
});
