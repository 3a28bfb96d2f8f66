/**
 * The production entry (`node dist/start.js`, the container and deploy/): turns on Node's module
 * compile cache, then starts the gateway. The cache keeps V8's compiled code of every module on
 * disk (in the OS temp directory, or NODE_COMPILE_CACHE), so a restart skips compiling the
 * bundle and its dependencies again. It must be on before those modules load, hence the dynamic
 * import. `npm start` runs src/main.ts directly and needs no build.
 */
import './node-version.ts';
// The default export: a named import of a function an old Node lacks would fail before the
// version check above could say which Node is needed.
import nodeModule from 'node:module';

nodeModule.enableCompileCache();
await import('./main.ts');
