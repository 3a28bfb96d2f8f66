/**
 * Reads a V8 CPU profile (`node --cpu-prof`) and says where the gateway's time went: by layer
 * (the innermost frame on the stack that belongs to a known layer) and by function (self time).
 */
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Layers in the order they are tried for each frame, innermost frame first. */
const LAYERS: Array<[string, (url: string, name: string) => boolean]> = [
  ['idle', (_url, name) => name === '(idle)'],
  ['garbage collection', (_url, name) => name === '(garbage collector)'],
  [
    'logging (pino, redaction, access log)',
    (url) => /pino|redact|access-log|request-scope|yoga-logger|upstream-log/.test(url),
  ],
  [
    'metrics (prom-client, @envelop/prometheus)',
    (url) => /prom-client|prometheus|metrics/.test(url),
  ],
  ['security plugins', (url) => /graphql-armor|server\/security/.test(url)],
  ['response cache plugin', (url) => /response-cache|server\/cache/.test(url)],
  [
    'GraphQL parse, validate, execute',
    (url) => /node_modules\/graphql\/|graphql-jit|@graphql-tools\/executor/.test(url),
  ],
  [
    'yoga, envelop, whatwg-node',
    (url) => /graphql-yoga|@envelop|@whatwg-node|@graphql-tools|graphql-scalars/.test(url),
  ],
  ['CCE client and undici', (url) => /undici|src\/cce\//.test(url)],
  [
    'resolvers, loaders, context',
    (url) => /src\/(resolvers|loaders|context|ids|schema)|dataloader/.test(url),
  ],
  [
    'node http, streams, events',
    (url) => /node:_http|node:internal\/streams|node:events|node:net/.test(url),
  ],
];
const OTHER = 'other (builtins, native)';

export interface ProfileSummary {
  /** Milliseconds of samples analysed (after `skipMs`), idle excluded. */
  busyMs: number;
  layers: Array<{ layer: string; share: number }>;
  functions: Array<{ name: string; share: number }>;
}

const shortUrl = (url: string) =>
  url.replace(/^.*node_modules\//, '').replace(/^file:\/\/.*?\/(src|bench)\//, '$1/');

/** Summarises the samples taken after the first `skipMs` (start-up) of `path`. */
export function summariseProfile(path: string, skipMs: number, top = 15): ProfileSummary {
  const profile = JSON.parse(readFileSync(path, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes)
    for (const child of node.children ?? []) parent.set(child, node.id);

  const timeById = new Map<number, number>();
  let clock = 0;
  profile.samples.forEach((id, index) => {
    const delta = profile.timeDeltas[index] ?? 0;
    clock += delta;
    if (clock / 1000 >= skipMs) timeById.set(id, (timeById.get(id) ?? 0) + delta);
  });

  const layers = new Map<string, number>();
  const functions = new Map<string, number>();
  for (const [id, time] of timeById) {
    const leaf = byId.get(id)!;
    const name = `${leaf.callFrame.functionName || '(anonymous)'} ${shortUrl(leaf.callFrame.url)}:${leaf.callFrame.lineNumber + 1}`;
    functions.set(name, (functions.get(name) ?? 0) + time);
    let layer = OTHER;
    for (
      let current: number | undefined = id;
      current !== undefined;
      current = parent.get(current)
    ) {
      const { url, functionName } = byId.get(current)!.callFrame;
      const found = LAYERS.find(([, test]) => test(url, functionName));
      if (found) {
        layer = found[0];
        break;
      }
    }
    layers.set(layer, (layers.get(layer) ?? 0) + time);
  }
  layers.delete('idle');
  const busy = [...layers.values()].reduce((sum, time) => sum + time, 0);
  const share = (entries: Map<string, number>) =>
    [...entries].sort((a, b) => b[1] - a[1]).map(([name, time]) => ({ name, share: time / busy }));
  return {
    busyMs: busy / 1000,
    layers: share(layers).map(({ name, share: value }) => ({ layer: name, share: value })),
    functions: share(functions)
      .filter(({ name }) => !name.startsWith('(idle)'))
      .slice(0, top),
  };
}
