import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 15_000,
    hookTimeout: 15_000,
    // Integration tests each start their own simulator and gateway on port 0, so files run in parallel safely.
    pool: 'forks',
  },
});
