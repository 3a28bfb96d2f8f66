/**
 * The production entry (`node dist/start.js`, the container and deploy/): turns on Node's module
 * compile cache, then starts the gateway. The cache keeps V8's compiled code of every module on
 * disk (in the OS temp directory, or NODE_COMPILE_CACHE), so a restart skips compiling the
 * bundle and its dependencies again. It must be on before those modules load, hence the dynamic
 * import. Once the gateway listens, it gives back the memory start-up needed and serving does not
 * (src/startup-memory.ts). `npm start` runs src/main.ts directly and needs no build.
 */
import './node-version.ts';
// The default export: a named import of a function an old Node lacks would fail before the
// version check above could say which Node is needed.
import nodeModule from 'node:module';
import { releaseStartupMemory } from './startup-memory.ts';

nodeModule.enableCompileCache();
await import('./main.ts');
// Listening now: start-up's garbage and its grown young generation can go (src/startup-memory.ts).
releaseStartupMemory();
