/**
 * The production build (`npm run build`): the gateway and its dependencies bundled into dist/,
 * entered by dist/start.js. One bundle loads far faster than the ~200 TypeScript modules `npm
 * start` strips and the ~1,900 dependency modules they import, and holds much less memory (module
 * records, unused exports left out; see BENCHMARKS.md). Whitespace is removed but names are kept,
 * so stack traces stay readable. What a request may never need is imported dynamically and so
 * lands in chunks of its own, loaded on first use: the embedded simulator, and GraphiQL's page
 * renderer (a 9 MB package, left in node_modules with pino-pretty, the terminal-only log
 * formatter). dist/ sits beside schema/, which src/schema.ts reads at `../schema/`.
 */
import { defineConfig } from 'rolldown';

export default defineConfig({
  input: { start: 'src/start.ts' },
  platform: 'node',
  external: [/^node:/, 'pino-pretty', '@graphql-yoga/render-graphiql'],
  output: {
    dir: 'dist',
    format: 'esm',
    sourcemap: true,
    chunkFileNames: '[name]-[hash].js',
    minify: { compress: false, mangle: false, codegen: { removeWhitespace: true } },
    // Chunks of an earlier build would be left beside the new ones.
    cleanDir: true,
  },
});
