/**
 * Starting a status watch (`Subscription.releaseStatus`, `Subscription.addonStatus`) and reading
 * its updates.
 */
import { GraphQLError } from 'graphql';
import type { UserError } from '../generated/graphql.ts';
import type { LiveUpdate } from '../live/poller.ts';
import { LiveStream } from '../live/stream.ts';

/** Throws the first problem of a subscription's arguments as BAD_USER_INPUT. */
export function checkWatchArguments(problems: readonly UserError[]): void {
  const [first] = problems;
  if (first) {
    throw new GraphQLError(first.message, {
      extensions: { code: 'BAD_USER_INPUT', field: first.field },
    });
  }
}

export function unwrap<T>(update: LiveUpdate<T>): T {
  if ('error' in update) throw update.error;
  return update.value;
}

/**
 * Starts a watch. A CCE failure while starting (e.g. the cluster list is forbidden) becomes the
 * stream's only update, so it reaches the client like a later failure: as a `next` event carrying
 * the mapped error. Thrown, it would end the request before the stream began, and yoga would
 * answer it with HTTP 500. The gateway's own refusals (NOT_FOUND, BAD_USER_INPUT,
 * TOO_MANY_SUBSCRIPTIONS) are thrown as they are.
 */
export async function watchOrFail<T>(
  start: () => Promise<AsyncIterable<LiveUpdate<T>>>,
): Promise<AsyncIterable<LiveUpdate<T>>> {
  try {
    return await start();
  } catch (error) {
    if (error instanceof GraphQLError) throw error;
    return failure<T>(error);
  }
}

/** A stream of one update, the error, then the end. */
function failure<T>(error: unknown): LiveStream<LiveUpdate<T>> {
  const stream = new LiveStream<LiveUpdate<T>>(() => {});
  stream.push({ error });
  stream.end();
  return stream;
}
