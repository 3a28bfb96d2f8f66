/**
 * The live registry and its pollers, as pure logic: a test source answers each read when the test
 * says so, and fake timers drive the read schedule.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { GraphQLError } from 'graphql';
import { CceError, UpstreamUnavailable } from '../../src/cce/errors.ts';
import type { Release, ReleaseStatus } from '../../src/cce/model.ts';
import { createInProcessEventBus, type LiveEventBus } from '../../src/live/event-bus.ts';
import type { LiveUpdate, WatchSource } from '../../src/live/poller.ts';
import {
  createLiveRegistry,
  type LiveRegistry,
  type LiveSettings,
} from '../../src/live/registry.ts';
import type { SharedCallerSlots } from '../../src/live/limits.ts';
import { isReleaseSettled } from '../../src/live/settled.ts';
import type { LiveStream } from '../../src/live/stream.ts';

const SETTINGS: LiveSettings = {
  maxPerCaller: 5,
  maxTotal: 8,
  poll: { initialMs: 250, maxMs: 2_000, factor: 2 },
  settledMs: 30_000,
  maxConsecutiveFailures: 2,
};
const KEY = 'Release:c1/default/app';
const A = { scope: 'scope-a', key: KEY };
const B = { scope: 'scope-b', key: KEY };

function release(status: ReleaseStatus, revision = 1): Release {
  return {
    clusterId: 'c1',
    namespace: 'default',
    name: 'app',
    clusterName: null,
    chartName: 'nginx',
    chartVersion: '1.0.0',
    chartPublic: null,
    revision,
    status,
    statusDescription: null,
    description: null,
    valuesJson: '{}',
    parametersJson: '',
    createdAt: null,
    updatedAt: null,
  };
}

interface PendingRead {
  readonly signal: AbortSignal;
  resolve(value: Release | null): void;
  reject(error: unknown): void;
}

/** A release source whose reads wait until the test answers them. */
class TestSource implements WatchSource<Release> {
  readonly typename = 'Release';
  readonly reads: PendingRead[] = [];

  read(signal: AbortSignal): Promise<Release | null> {
    return new Promise((resolve, reject) => this.reads.push({ signal, resolve, reject }));
  }
  fromChange(change: Parameters<WatchSource<Release>['fromChange']>[0]): Release | undefined {
    return change.kind === 'release' ? change.release : undefined;
  }
  observed(release: Release): Parameters<WatchSource<Release>['fromChange']>[0] {
    return { kind: 'release', release, observed: true };
  }
  fingerprint(value: Release): string {
    return `${value.revision}/${value.status}`;
  }
  isSettled(value: Release): boolean {
    return isReleaseSettled(value.status);
  }
  gone(last: Release): Release {
    return { ...last, status: 'DELETED' };
  }
  notFound(): Error {
    return new GraphQLError('no such release', { extensions: { code: 'NOT_FOUND' } });
  }

  /** Answers the latest read. */
  async answer(value: Release | null): Promise<void> {
    this.latest().resolve(value);
    await settle();
  }
  async fail(error: unknown): Promise<void> {
    this.latest().reject(error);
    await settle();
  }
  latest(): PendingRead {
    const read = this.reads.at(-1);
    if (!read) throw new Error('no read was made');
    return read;
  }
}

/** Lets promise callbacks and real immediates run (only setTimeout is faked). */
function settle(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

async function advance(ms: number): Promise<void> {
  vi.advanceTimersByTime(ms);
  await settle();
}

type Stream = LiveStream<LiveUpdate<Release>>;

/**
 * Reads a stream without losing anything: an update asked for but not there yet stays asked for,
 * and the next `take` gets it.
 */
class Reader {
  readonly #stream: Stream;
  #pending: Promise<IteratorResult<LiveUpdate<Release>, undefined>> | null = null;

  constructor(stream: Stream) {
    this.#stream = stream;
  }

  /** The next update, or 'none' when none is waiting, or 'ended'. */
  async take(): Promise<LiveUpdate<Release> | 'none' | 'ended'> {
    this.#pending ??= this.#stream.next();
    const result = await Promise.race([this.#pending, settle().then(() => 'none' as const)]);
    if (result === 'none') return 'none';
    this.#pending = null;
    return result.done ? 'ended' : result.value;
  }

  /** Every update until the end, which must have come already. */
  async rest(): Promise<Array<LiveUpdate<Release>>> {
    const updates: Array<LiveUpdate<Release>> = [];
    for (;;) {
      const update = await this.take();
      if (update === 'none') throw new Error('the stream has not ended');
      if (update === 'ended') return updates;
      updates.push(update);
    }
  }
}

/** The next update of a stream, which must be there already. */
async function next(stream: Stream): Promise<LiveUpdate<Release>> {
  const update = await new Reader(stream).take();
  if (update === 'none' || update === 'ended') throw new Error(`expected an update: ${update}`);
  return update;
}

/** Everything left in a stream that has ended (fails the test if it has not). */
function rest(stream: Stream): Promise<Array<LiveUpdate<Release>>> {
  return new Reader(stream).rest();
}

const statusOf = (update: LiveUpdate<Release>): string =>
  'value' in update ? update.value.status : `error: ${String(update.error)}`;

let bus: LiveEventBus;
let registry: LiveRegistry;

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  bus = createInProcessEventBus();
  registry = createLiveRegistry({ settings: SETTINGS, bus });
});

afterEach(async () => {
  await registry.close();
  vi.useRealTimers();
});

describe('sharing and reference counting', () => {
  it('gives watchers of the same scope and object one poller, and a late watcher the latest state without a read', async () => {
    const source = new TestSource();
    const first = await registry.watch({ topic: A, source: () => source });
    const second = await registry.watch<Release>({
      topic: A,
      source: () => {
        throw new Error('a second source must not be made');
      },
    });
    expect(registry.stats()).toEqual({ subscriptions: 2, pollers: 1 });
    expect(source.reads).toHaveLength(1);

    await source.answer(release('PENDING_INSTALL'));
    expect(statusOf(await next(first))).toBe('PENDING_INSTALL');
    expect(statusOf(await next(second))).toBe('PENDING_INSTALL');

    const late = await registry.watch({ topic: A, source: () => new TestSource() });
    expect(statusOf(await next(late))).toBe('PENDING_INSTALL');
    expect(source.reads).toHaveLength(1);
    expect(registry.stats()).toEqual({ subscriptions: 3, pollers: 1 });
  });

  it('keeps one poller per scope: another caller watching the same object gets its own', async () => {
    const mine = new TestSource();
    const theirs = new TestSource();
    const a = await registry.watch({ topic: A, source: () => mine });
    const b = await registry.watch({ topic: B, source: () => theirs });
    expect(registry.stats()).toEqual({ subscriptions: 2, pollers: 2 });

    const theirReader = new Reader(b);
    await mine.answer(release('PENDING_UPGRADE', 2));
    expect(statusOf(await next(a))).toBe('PENDING_UPGRADE');
    expect(await theirReader.take()).toBe('none');
    await theirs.answer(null);
    expect((await theirReader.rest()).map(statusOf)).toEqual(['error: no such release']);
  });

  it('stops polling when the last watcher leaves: no timer, the read in flight aborted', async () => {
    const source = new TestSource();
    const first = await registry.watch({ topic: A, source: () => source });
    const second = await registry.watch({ topic: A, source: () => source });
    await source.answer(release('PENDING_INSTALL'));
    await advance(250);
    expect(source.reads).toHaveLength(2);
    const inFlight = source.latest();

    await first.return();
    expect(registry.stats()).toEqual({ subscriptions: 1, pollers: 1 });
    expect(inFlight.signal.aborted).toBe(false);

    await second.return();
    expect(registry.stats()).toEqual({ subscriptions: 0, pollers: 0 });
    expect(inFlight.signal.aborted).toBe(true);
    expect(vi.getTimerCount()).toBe(0);
    // A late answer to the aborted read changes nothing and starts nothing.
    inFlight.resolve(release('DEPLOYED'));
    await advance(10_000);
    expect(source.reads).toHaveLength(2);
  });

  it('stops polling when a watcher leaves between two reads (only a timer pending)', async () => {
    const source = new TestSource();
    const only = await registry.watch({ topic: A, source: () => source });
    await source.answer(release('PENDING_INSTALL'));
    expect(vi.getTimerCount()).toBe(1);
    await only.return();
    expect(vi.getTimerCount()).toBe(0);
    await advance(10_000);
    expect(source.reads).toHaveLength(1);
  });

  it("ends a watcher when its request's signal aborts (the client went away)", async () => {
    const source = new TestSource();
    const request = new AbortController();
    const stream = await registry.watch({ topic: A, source: () => source, signal: request.signal });
    await source.answer(release('PENDING_INSTALL'));
    expect(statusOf(await next(stream))).toBe('PENDING_INSTALL');
    request.abort();
    expect(await rest(stream)).toEqual([]);
    expect(registry.stats()).toEqual({ subscriptions: 0, pollers: 0 });
    expect(vi.getTimerCount()).toBe(0);

    const gone = AbortSignal.abort();
    const never = await registry.watch({ topic: A, source: () => new TestSource(), signal: gone });
    expect(await rest(never)).toEqual([]);
    expect(registry.stats()).toEqual({ subscriptions: 0, pollers: 0 });
  });
});

describe('what watchers see', () => {
  it('with untilSettled: emits each new state once and ends after a settled one, reading on the backoff schedule', async () => {
    const source = new TestSource();
    const stream = await registry.watch({ topic: A, source: () => source, untilSettled: true });
    await source.answer(release('PENDING_INSTALL'));
    // Reads at +250, +500, +1000 … while nothing changes.
    await advance(249);
    expect(source.reads).toHaveLength(1);
    await advance(1);
    expect(source.reads).toHaveLength(2);
    await source.answer(release('PENDING_INSTALL'));
    await advance(499);
    expect(source.reads).toHaveLength(2);
    await advance(1);
    expect(source.reads).toHaveLength(3);
    await source.answer(release('PENDING_INSTALL'));
    await advance(1_000);
    expect(source.reads).toHaveLength(4);
    await source.answer(release('DEPLOYED'));

    expect((await rest(stream)).map(statusOf)).toEqual(['PENDING_INSTALL', 'DEPLOYED']);
    expect(registry.stats()).toEqual({ subscriptions: 0, pollers: 0 });
    expect(vi.getTimerCount()).toBe(0);
  });

  it('reads quickly again after a change, and sees a new revision with an unchanged status', async () => {
    const source = new TestSource();
    const stream = await registry.watch({ topic: A, source: () => source, untilSettled: true });
    await source.answer(release('DELETING', 1));
    await advance(250);
    await source.answer(release('DELETING', 1));
    await advance(500);
    await source.answer(release('PENDING_UPGRADE', 2));
    // The change reset the schedule: the next read comes after 250 ms, not 1000.
    await advance(250);
    expect(source.reads).toHaveLength(4);
    await source.answer(release('PENDING_UPGRADE', 3));
    await advance(250);
    await source.answer(release('DEPLOYED', 3));
    const statuses = (await rest(stream)).map((update) =>
      'value' in update ? `${update.value.revision} ${update.value.status}` : 'error',
    );
    expect(statuses).toEqual([
      '1 DELETING',
      '2 PENDING_UPGRADE',
      '3 PENDING_UPGRADE',
      '3 DEPLOYED',
    ]);
  });

  it('with untilSettled: emits an object that is already settled once, then ends', async () => {
    const source = new TestSource();
    const stream = await registry.watch({ topic: A, source: () => source, untilSettled: true });
    await source.answer(release('FAILED'));
    expect((await rest(stream)).map(statusOf)).toEqual(['FAILED']);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('ends with the last state marked deleted when the object disappears', async () => {
    const source = new TestSource();
    const stream = await registry.watch({ topic: A, source: () => source });
    await source.answer(release('DELETING'));
    await advance(250);
    await source.answer(null);
    expect((await rest(stream)).map(statusOf)).toEqual(['DELETING', 'DELETED']);
    expect(registry.stats()).toEqual({ subscriptions: 0, pollers: 0 });
  });

  it('ends with NOT_FOUND when the object does not exist at the start', async () => {
    const source = new TestSource();
    const stream = await registry.watch({ topic: A, source: () => source });
    await source.answer(null);
    const [update, ...more] = await rest(stream);
    expect(more).toEqual([]);
    expect(update && 'error' in update && update.error).toBeInstanceOf(GraphQLError);
    expect((update as { error: GraphQLError }).error.extensions['code']).toBe('NOT_FOUND');
  });
});

describe('watching on after the settled state', () => {
  it('stays open, reads a settled object slowly, and sees a change made elsewhere at the quick pace', async () => {
    const source = new TestSource();
    const stream = await registry.watch({ topic: A, source: () => source });
    const reader = new Reader(stream);
    await source.answer(release('DEPLOYED', 1));
    expect(statusOf((await reader.take()) as LiveUpdate<Release>)).toBe('DEPLOYED');
    // Settled: the next read waits the settled interval, not the backoff's first step.
    await advance(29_999);
    expect(source.reads).toHaveLength(1);
    await advance(1);
    expect(source.reads).toHaveLength(2);
    await source.answer(release('DEPLOYED', 1));
    expect(await reader.take()).toBe('none');
    await advance(30_000);
    // Someone upgraded it with another tool: seen at the next settled read, then followed quickly.
    await source.answer(release('PENDING_UPGRADE', 2));
    expect(statusOf((await reader.take()) as LiveUpdate<Release>)).toBe('PENDING_UPGRADE');
    await advance(250);
    expect(source.reads).toHaveLength(4);
    await source.answer(release('DEPLOYED', 2));
    expect(statusOf((await reader.take()) as LiveUpdate<Release>)).toBe('DEPLOYED');
    expect(registry.stats()).toEqual({ subscriptions: 1, pollers: 1 });
    expect(vi.getTimerCount()).toBe(1);
  });

  it('applies a mutation on a settled object at once, without waiting for the slow read', async () => {
    const source = new TestSource();
    const stream = await registry.watch({ topic: A, source: () => source });
    await source.answer(release('DEPLOYED', 1));
    expect(statusOf(await next(stream))).toBe('DEPLOYED');
    registry.publish(A, { kind: 'release', release: release('PENDING_UPGRADE', 2) });
    expect(statusOf(await next(stream))).toBe('PENDING_UPGRADE');
    expect(source.reads).toHaveLength(1);
    // Pending again: the quick schedule.
    await advance(250);
    expect(source.reads).toHaveLength(2);
    await source.answer(release('DEPLOYED', 2));
    expect(statusOf(await next(stream))).toBe('DEPLOYED');
  });

  it('ends the untilSettled watchers of a shared poller at the settled state and goes on for the others', async () => {
    const source = new TestSource();
    const watching = await registry.watch({ topic: A, source: () => source });
    const waiting = await registry.watch({ topic: A, source: () => source, untilSettled: true });
    await source.answer(release('PENDING_INSTALL'));
    await advance(250);
    await source.answer(release('DEPLOYED'));
    expect((await rest(waiting)).map(statusOf)).toEqual(['PENDING_INSTALL', 'DEPLOYED']);
    expect(registry.stats()).toEqual({ subscriptions: 1, pollers: 1 });
    // A late script that only waits gets the settled state from the poller and ends, no read.
    const late = await registry.watch({ topic: A, source: () => source, untilSettled: true });
    expect((await rest(late)).map(statusOf)).toEqual(['DEPLOYED']);
    expect(source.reads).toHaveLength(2);
    expect(statusOf(await next(watching))).toBe('PENDING_INSTALL');
    expect(statusOf(await next(watching))).toBe('DEPLOYED');
    await watching.return();
    expect(registry.stats()).toEqual({ subscriptions: 0, pollers: 0 });
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe('read failures', () => {
  it('retries transient failures after the first value, then gives up with the error', async () => {
    const source = new TestSource();
    const stream = await registry.watch({ topic: A, source: () => source });
    await source.answer(release('PENDING_INSTALL'));
    const outage = new UpstreamUnavailable('ShowRelease', 'connection refused');
    await advance(250);
    await source.fail(outage);
    await advance(500);
    await source.fail(new CceError('ShowRelease', 503, null, 'busy', null));
    await advance(1_000);
    // Two failures in a row are tolerated (the setting); a success resets the count.
    await source.answer(release('PENDING_INSTALL'));
    // Nothing changed, so the schedule goes on growing (to its 2 s ceiling) through the failures.
    await advance(2_000);
    await source.fail(outage);
    await advance(2_000);
    await source.fail(outage);
    await advance(2_000);
    await source.fail(outage);
    const updates = await rest(stream);
    expect(updates.map((update) => ('error' in update ? update.error : statusOf(update)))).toEqual([
      'PENDING_INSTALL',
      outage,
    ]);
    expect(source.reads).toHaveLength(7);
    expect(vi.getTimerCount()).toBe(0);
  });

  it("retries CCE's throttling code on a 400 (APIG.0308) like a 503, and the watch goes on", async () => {
    const source = new TestSource();
    const stream = await registry.watch({ topic: A, source: () => source, untilSettled: true });
    await source.answer(release('PENDING_INSTALL'));
    await advance(250);
    await source.fail(new CceError('ShowRelease', 400, 'APIG.0308', 'too many requests', null));
    await advance(500);
    await source.answer(release('DEPLOYED'));
    expect((await rest(stream)).map(statusOf)).toEqual(['PENDING_INSTALL', 'DEPLOYED']);
    expect(source.reads).toHaveLength(3);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('ends at once on a failure that will not pass (e.g. the token expired)', async () => {
    const source = new TestSource();
    const stream = await registry.watch({ topic: A, source: () => source });
    await source.answer(release('PENDING_INSTALL'));
    await advance(250);
    const expired = new CceError('ShowRelease', 401, 'APIGW.0301', 'token expired', null);
    await source.fail(expired);
    expect((await rest(stream)).map((u) => ('error' in u ? u.error : statusOf(u)))).toEqual([
      'PENDING_INSTALL',
      expired,
    ]);
  });

  it('reports a failure of the first read at once, even a transient one', async () => {
    const source = new TestSource();
    const stream = await registry.watch({ topic: A, source: () => source });
    const outage = new UpstreamUnavailable('ShowRelease', 'connection refused');
    await source.fail(outage);
    expect(await rest(stream)).toEqual([{ error: outage }]);
  });
});

describe('changes published by mutations', () => {
  it('reach watchers at once, overtake the read in flight and restart the quick schedule', async () => {
    const source = new TestSource();
    const stream = await registry.watch({ topic: A, source: () => source, untilSettled: true });
    await source.answer(release('DELETING'));
    await advance(250);
    await source.answer(release('DELETING'));
    await advance(500);
    await source.answer(release('DELETING'));
    await advance(1_000);
    const inFlight = source.latest();

    registry.publish(A, { kind: 'release', release: release('PENDING_INSTALL', 2) });
    expect(inFlight.signal.aborted).toBe(true);
    expect(statusOf(await next(stream))).toBe('DELETING');
    expect(statusOf(await next(stream))).toBe('PENDING_INSTALL');
    expect(source.reads).toHaveLength(4);
    await advance(250);
    expect(source.reads).toHaveLength(5);

    registry.publish(A, { kind: 'release', release: release('DEPLOYED', 2) });
    expect((await rest(stream)).map(statusOf)).toEqual(['DEPLOYED']);
    expect(source.latest().signal.aborted).toBe(true);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('make the poller read at once when the write answered without the object', async () => {
    const source = new TestSource();
    await registry.watch({ topic: A, source: () => source });
    await source.answer(release('DELETING'));
    expect(source.reads).toHaveLength(1);
    registry.publish(A, { kind: 'changed' });
    expect(source.reads).toHaveLength(2);
    expect(vi.getTimerCount()).toBe(0);
  });

  it("never reach another caller's watchers of the same object", async () => {
    const mine = new TestSource();
    const theirs = new TestSource();
    const a = await registry.watch({ topic: A, source: () => mine });
    const b = await registry.watch({ topic: B, source: () => theirs });
    await mine.answer(release('DELETING'));
    await theirs.answer(release('DELETING'));
    await next(a);
    await next(b);
    const myReader = new Reader(a);

    registry.publish(B, { kind: 'release', release: release('PENDING_INSTALL', 2) });
    expect(statusOf(await next(b))).toBe('PENDING_INSTALL');
    expect(await myReader.take()).toBe('none');
    expect(mine.latest().signal.aborted).toBe(false);
  });
});

describe('changes CCE made', () => {
  it('are reported by type when a read differs from an earlier state or finds the object gone, before watchers hear of them', async () => {
    const changes: Array<{ typename: string; streamEnded: boolean }> = [];
    let stream: Stream | undefined;
    const observed = createLiveRegistry({ settings: SETTINGS, bus: createInProcessEventBus() });
    observed.observe({
      changed: (typename) => changes.push({ typename, streamEnded: stream?.ended ?? true }),
    });
    try {
      const source = new TestSource();
      stream = await observed.watch({ topic: A, source: () => source, untilSettled: true });
      // A first read has nothing to compare with; an unchanged read changes nothing.
      await source.answer(release('PENDING_UPGRADE', 2));
      await advance(250);
      await source.answer(release('PENDING_UPGRADE', 2));
      // A change this gateway wrote is told by its write, not by the poller.
      observed.publish(A, { kind: 'release', release: release('PENDING_ROLLBACK', 3) });
      expect(changes).toEqual([]);
      await advance(250);
      await source.answer(release('DEPLOYED', 3));
      // Reported while the watcher had not yet been given the settled state (its stream ends with it).
      expect(changes).toEqual([{ typename: 'Release', streamEnded: false }]);
      expect((await rest(stream)).map(statusOf)).toEqual([
        'PENDING_UPGRADE',
        'PENDING_ROLLBACK',
        'DEPLOYED',
      ]);

      const deleting = new TestSource();
      stream = await observed.watch({ topic: B, source: () => deleting });
      await deleting.answer(release('DELETING'));
      await advance(250);
      await deleting.answer(null);
      expect(changes.slice(1)).toEqual([{ typename: 'Release', streamEnded: false }]);
      expect((await rest(stream)).map(statusOf)).toEqual(['DELETING', 'DELETED']);

      const missing = new TestSource();
      stream = await observed.watch({ topic: A, source: () => missing });
      await missing.answer(null);
      expect(changes).toHaveLength(2);
    } finally {
      await observed.close();
    }
  });
});

describe('limits and shutdown', () => {
  function watchAs(scope: string): Promise<Stream> {
    return registry.watch({ topic: { scope, key: KEY }, source: () => new TestSource() });
  }

  function watchMany(count: number, watch: () => Promise<Stream>): Promise<Stream[]> {
    return Promise.all(Array.from({ length: count }, watch));
  }

  async function codeOf(action: () => Promise<unknown>): Promise<unknown> {
    try {
      await action();
    } catch (error) {
      return error instanceof GraphQLError ? error.extensions : error;
    }
    return 'no error';
  }

  it('refuses a caller over its limit and everyone over the total, and frees slots on leaving', async () => {
    const streams = await watchMany(5, () => watchAs('scope-a'));
    expect(await codeOf(() => watchAs('scope-a'))).toEqual({
      code: 'TOO_MANY_SUBSCRIPTIONS',
      limit: 5,
      per: 'caller',
    });
    streams.push(await watchAs('scope-b'), await watchAs('scope-b'), await watchAs('scope-c'));
    expect(await codeOf(() => watchAs('scope-d'))).toEqual({
      code: 'TOO_MANY_SUBSCRIPTIONS',
      limit: 8,
      per: 'gateway',
    });
    expect(registry.stats()).toEqual({ subscriptions: 8, pollers: 3 });

    await streams[0]?.return();
    const again = await watchAs('scope-a');
    expect(registry.stats()).toEqual({ subscriptions: 8, pollers: 3 });
    await again.return();
    for (const stream of streams) await stream.return();
    expect(registry.stats()).toEqual({ subscriptions: 0, pollers: 0 });
    expect(vi.getTimerCount()).toBe(0);
  });

  it('counts the per-caller limit by caller, while callers of one scope share the poller', async () => {
    // Service mode: every caller has the service's scope; each has its own identity.
    const source = new TestSource();
    const watchBy = (caller: string) => registry.watch({ topic: A, caller, source: () => source });
    const streams = await watchMany(5, () => watchBy('caller-1'));
    expect(await codeOf(() => watchBy('caller-1'))).toEqual({
      code: 'TOO_MANY_SUBSCRIPTIONS',
      limit: 5,
      per: 'caller',
    });
    streams.push(await watchBy('caller-2'));
    expect(registry.stats()).toEqual({ subscriptions: 6, pollers: 1 });
    expect(source.reads).toHaveLength(1);

    // Leaving gives the slot back to the caller who took it.
    await streams[5]?.return();
    expect(await codeOf(() => watchBy('caller-1'))).toMatchObject({ per: 'caller' });
    await streams[0]?.return();
    streams.push(await watchBy('caller-1'));
    for (const stream of streams) await stream.return();
    expect(registry.stats()).toEqual({ subscriptions: 0, pollers: 0 });
  });

  it('refuses a caller whose slots on all replicas together are taken, and gives shared slots back', async () => {
    const taken = new Map<string, number>();
    const shared: SharedCallerSlots = {
      take(caller, max) {
        // Another replica holds three of caller-1's slots.
        const open = taken.get(caller) ?? (caller === 'caller-1' ? 3 : 0);
        if (open >= max) return Promise.resolve({ full: open });
        taken.set(caller, open + 1);
        return Promise.resolve({ release: () => taken.set(caller, (taken.get(caller) ?? 1) - 1) });
      },
      close: () => Promise.resolve(),
    };
    const replica = createLiveRegistry({ settings: SETTINGS, bus, callerSlots: shared });
    const watchBy = (caller: string) =>
      replica.watch({ topic: A, caller, source: () => new TestSource() });
    try {
      const mine = await watchMany(2, () => watchBy('caller-1'));
      expect(await codeOf(() => watchBy('caller-1'))).toEqual({
        code: 'TOO_MANY_SUBSCRIPTIONS',
        limit: 5,
        per: 'caller',
      });
      const theirs = await watchBy('caller-2');
      expect(replica.stats()).toEqual({ subscriptions: 3, pollers: 1 });
      await mine[0]?.return();
      expect(taken.get('caller-1')).toBe(4);
      mine.push(await watchBy('caller-1'));
      for (const stream of [...mine, theirs]) await stream.return();
      expect(taken).toEqual(
        new Map([
          ['caller-1', 3],
          ['caller-2', 0],
        ]),
      );
    } finally {
      await replica.close();
    }
  });

  it('ends every subscription on close() and refuses new ones', async () => {
    const source = new TestSource();
    const a = await registry.watch({ topic: A, source: () => source });
    const b = await registry.watch({ topic: B, source: () => new TestSource() });
    await source.answer(release('PENDING_INSTALL'));
    await registry.close();
    expect((await rest(a)).map(statusOf)).toEqual(['PENDING_INSTALL']);
    expect(await rest(b)).toEqual([]);
    expect(source.latest().signal.aborted).toBe(false);
    expect(registry.stats()).toEqual({ subscriptions: 0, pollers: 0 });
    expect(vi.getTimerCount()).toBe(0);
    expect(await codeOf(() => watchAs('scope-a'))).toEqual({ code: 'SHUTTING_DOWN' });
  });
});
