/**
 * The production build (`npm run build`): the gateway's sources bundled into dist/, entered by
 * dist/start.js. One bundle loads far fewer files than the ~200 TypeScript modules `npm start`
 * strips one by one, which is most of a cold start. Dependencies stay in node_modules (the image
 * installs them with `npm ci --omit=dev`); what a request may never need (the embedded simulator,
 * GraphiQL's page) is imported dynamically and so lands in chunks of its own, loaded on first use.
 * dist/ sits beside schema/, which src/schema.ts reads at `../schema/` from its module.
 */
import { defineConfig } from 'rolldown';

export default defineConfig({
  input: { start: 'src/start.ts' },
  platform: 'node',
  // Bare specifiers (packages and node: built-ins) are loaded from node_modules at run time.
  external: /^[^./]/,
  output: {
    dir: 'dist',
    format: 'esm',
    sourcemap: true,
    chunkFileNames: '[name]-[hash].js',
    // Chunks of an earlier build would be left beside the new ones.
    cleanDir: true,
  },
});
