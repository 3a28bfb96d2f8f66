import { defineConfig } from 'vitest/config';

export default defineConfig({
  // graphql 16 ships CJS (`main`) and ESM (`module`) builds. Node, and the libraries vitest leaves to
  // Node (yoga, graphql-tools), load the CJS one; without this alias vite would give our own code the
  // ESM one, two GraphQLError classes would exist, and every `instanceof GraphQLError` across the
  // boundary (yoga's error masking) would fail in tests only.
  resolve: { alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }] },
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 15_000,
    hookTimeout: 15_000,
    // Integration tests each start their own simulator and gateway on port 0, so files run in parallel safely.
    pool: 'forks',
  },
});
