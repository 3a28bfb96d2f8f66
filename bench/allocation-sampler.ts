/**
 * Loaded into a measured server (`node --import bench/allocation-sampler.ts …`) by
 * `npm run bench:instructions -- --allocation`: each SIGUSR2 starts V8's sampling heap profiler,
 * the next one stops it and writes the samples, as JSON, to $ALLOCATION_SAMPLES (then
 * `$ALLOCATION_SAMPLES.ready` to say the file is whole). Objects already collected are kept in the
 * samples, so they add up to what was allocated, not to what survived.
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';

const file = process.env.ALLOCATION_SAMPLES;
if (file === undefined) throw new Error('ALLOCATION_SAMPLES is not set');
/** Bytes between samples: small enough that a dashboard's ~2 MB gives hundreds of samples. */
const SAMPLING_INTERVAL = 4096;

const session = new Session();
session.connect();
let sampling = false;
process.on('SIGUSR2', () => {
  sampling = !sampling;
  void (sampling ? start() : stop());
});

async function start(): Promise<void> {
  await session.post('HeapProfiler.startSampling', {
    samplingInterval: SAMPLING_INTERVAL,
    includeObjectsCollectedByMajorGC: true,
    includeObjectsCollectedByMinorGC: true,
  });
  writeFileSync(`${file}.ready`, 'started');
}

async function stop(): Promise<void> {
  const { profile } = await session.post('HeapProfiler.stopSampling');
  writeFileSync(file as string, JSON.stringify(profile));
  writeFileSync(`${file}.ready`, 'stopped');
}
