/**
 * Gives back the memory that building the gateway needed and serving it does not, once, when the
 * production start (src/start.ts) has the gateway listening.
 *
 * Start-up allocates some 60 MB in a burst (modules, the schema, the plugins), most of which
 * survives, so V8 grows the young generation to its largest (two 16 MB semi-spaces, both touched
 * and so resident) and keeps old-space pages for the garbage. V8's memory reducer, which shrinks
 * both in an idle process, judges the allocation rate by start-up's burst and keeps waiting: an
 * idle gateway held ~118 MB before its first request and ~122–143 MB after it. One memory-reducing
 * collection here takes that back (~97 MB before the first request, ~103 MB after it; bench/FINDINGS.md,
 * issue 16), at the cost of two full collections of a ~20 MB heap once. Under load the young
 * generation grows again as V8 sees fit: nothing is capped (a cap costs CPU on every request).
 *
 * Node offers no call for it other than V8's testing `gc()`, which `--expose-gc` adds to contexts
 * created after it is set; it is taken from a throwaway context and the flag is cleared again, so
 * no other context (the gateway's own or any a library makes) gets a `gc` global.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

interface GcOptions {
  type: 'major';
  execution: 'sync';
  /** The collection an isolate runs on low memory: it also shrinks the young generation. */
  flavor: 'last-resort';
}

export function releaseStartupMemory(): void {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as (options: GcOptions) => void;
  setFlagsFromString('--no-expose-gc');
  gc({ type: 'major', execution: 'sync', flavor: 'last-resort' });
}
