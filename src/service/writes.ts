/**
 * The mutation skeleton: the one path every release and add-on write takes.
 *
 *   format checks (no upstream call) → the idempotency key (a repeat answers without writing)
 *   → find and check what the input names (reads only) → send the write, once
 *   → forget what this request read, tell this caller's watchers → the payload and its outcome
 *
 * A refusal at any step before the write sends nothing. A write is never retried: when it may have
 * reached CCE but no answer came, the object is read once more and the payload says whether the
 * change shows (`APPLIED`) or not yet (`UNKNOWN`); `NOT_APPLIED` only when the request provably
 * never left. What differs between mutations comes in a `WritePlan`, what differs between a
 * release and an add-on in a `WrittenKind`; the rest lives here, once.
 */
import {
  CceError,
  mayHaveReachedCce,
  UpstreamProtocolError,
  UpstreamTimeout,
  UpstreamUnavailable,
} from '../cce/errors.ts';
import type { MutationOutcome, ResolversParentTypes, UserError } from '../generated/graphql.ts';
import {
  idempotencyFingerprint,
  type IdempotencyResult,
  type IdempotencyStore,
  type IdempotencyTicket,
} from './idempotency.ts';
import { inputField, refusal, isRefusal, refuse, type Refusal } from './refusals.ts';
import { userError } from './validation.ts';

/** A mutation's payload, with domain objects where the schema has object types. */
export type Payload<Name extends keyof ResolversParentTypes> = ResolversParentTypes[Name];

/** What every payload carries besides its objects. */
interface PayloadStatus {
  userErrors: UserError[];
  outcome: MutationOutcome;
  outcomeMessage: string | null;
}

/** What every write of one kind of object (releases, add-ons) does the same way. */
export interface WrittenKind<T, Target, Expectation> {
  /**
   * After a write: this request's later fields must read CCE anew, and this caller's watchers of
   * the object learn CCE's answer (null: CCE answered without the object, or no answer came).
   */
  changed(target: Target, answer: T | null): void;
  /** Reads the object as CCE has it now (nothing this request read before is used). */
  reread(target: Target): Promise<T | null>;
  /** Whether `object`, read after the write, shows the change `expectation` describes. */
  shows(expectation: Expectation, object: T | null): boolean;
  /** How a user names the object in a sentence: `release "web" in namespace "shop"`. */
  describe(target: Target): string;
}

/** A write, ready to send: what the input names was found and may change. */
export interface PreparedWrite<T, Target, Expectation> {
  /** The object the write changes (plain JSON: an idempotency record keeps it). */
  readonly target: Target;
  /**
   * What the object looks like once the write has landed, judged against what was read before it
   * (a higher revision, another version, existence); plain JSON, kept like the target.
   */
  readonly expectation: Expectation;
  /** Sends the write; CCE's answer, or null when it answered without the object. */
  send(): Promise<T | null>;
  /** Only renders and validates (CCE dry run): nothing changes, nobody is told. */
  readonly dryRun?: boolean;
  /** The answer when CCE refuses the write with 409: a create that raced another (`ALREADY_EXISTS`). */
  readonly conflict?: Refusal;
}

export interface WritePlan<T, Target, Expectation, P> {
  /** The mutation's field name, e.g. `releaseUpgrade`: an idempotency key is used for one mutation. */
  readonly mutation: string;
  /** The mutation's input as received (its `idempotencyKey`, and what a reused key is compared by). */
  readonly input: { readonly idempotencyKey?: string | null };
  /** What is wrong with the input's format (found without an upstream call). */
  readonly problems: UserError[];
  /** Finds what the input names and checks that it may change (reads only). */
  prepare(): Promise<PreparedWrite<T, Target, Expectation> | Refusal>;
  /** The payload's objects for the object as answered or read (null: none) and its target. */
  answer(object: T | null, target: Target): Omit<P, keyof PayloadStatus>;
}

/** What a write needs of its request beyond the plan: the idempotency store, for this caller. */
export interface WriteScope {
  readonly idempotency: IdempotencyStore;
  /** Whose keys these are: the caller's identity (a hash, never a credential). */
  readonly caller: string;
  readonly signal: AbortSignal;
}

/** The longest idempotency key accepted: room for a UUID with a prefix, and no more. */
export const MAX_IDEMPOTENCY_KEY_LENGTH = 200;

function checkIdempotencyKey(key: string | null | undefined): UserError[] {
  if (key === null || key === undefined) return [];
  const field = inputField('idempotencyKey');
  if (key.length === 0) return [userError(field, 'REQUIRED', 'The idempotency key is empty.')];
  if (key.length > MAX_IDEMPOTENCY_KEY_LENGTH) {
    return [
      userError(
        field,
        'TOO_LONG',
        `The idempotency key is ${key.length} characters long; at most ${MAX_IDEMPOTENCY_KEY_LENGTH} are allowed.`,
      ),
    ];
  }
  return [];
}

/** A failure of the write that is not CCE's answer: it may or may not have landed. */
function isUnanswered(error: unknown): boolean {
  return (
    error instanceof UpstreamTimeout ||
    error instanceof UpstreamUnavailable ||
    error instanceof UpstreamProtocolError
  );
}

const UNKNOWN_MESSAGE =
  'CCE may have received the change but did not answer, and the %s does not show it yet: it may ' +
  'still land. Check the %s (or repeat this request with the same idempotencyKey, which checks ' +
  'and never writes again) before retrying.';
const NOT_APPLIED_MESSAGE =
  'CCE could not be reached and the request was never sent: nothing changed. Retrying is safe.';
const APPLIED_MESSAGE =
  'CCE did not answer, but reading the %s again shows the change: it was applied.';

function message(template: string, what: string): string {
  return template.replaceAll('%s', what);
}

/** A payload from its objects and its status: the two parts every generated payload type has. */
function payloadOf<P extends PayloadStatus>(
  objects: Omit<P, keyof PayloadStatus>,
  status: PayloadStatus,
): P {
  return { ...objects, ...status } as unknown as P;
}

/** What an idempotency record keeps: the payload, and what a repeat re-checks after `UNKNOWN`. */
interface Kept<P, Target, Expectation> {
  payload: P;
  check: { target: Target; expectation: Expectation } | null;
}

/** How one run of a write ended, for the payload and the idempotency record. */
interface Ended<P, Target, Expectation> {
  readonly payload: P;
  /** Set when the write may still land: a repeat must re-check, never write. */
  readonly check: Kept<P, Target, Expectation>['check'];
  /** Nothing reached CCE: the key is given up so that a repeat runs anew. */
  readonly nothingSent: boolean;
}

export async function runWrite<T, Target, Expectation, P extends PayloadStatus>(
  scope: WriteScope,
  kind: WrittenKind<T, Target, Expectation>,
  plan: WritePlan<T, Target, Expectation, P>,
): Promise<P> {
  const problems = [...plan.problems, ...checkIdempotencyKey(plan.input.idempotencyKey)];
  if (problems.length > 0) return refusal(problems) as P;
  const key = plan.input.idempotencyKey;
  if (key === null || key === undefined)
    return (await execute(kind, plan, { sending: null })).payload;

  const claim = await scope.idempotency.claim(
    {
      scope: scope.caller,
      key,
      fingerprint: idempotencyFingerprint(plan.mutation, plan.input),
    },
    scope.signal,
  );
  if (claim.status === 'reused') {
    return refuse(
      inputField('idempotencyKey'),
      'IDEMPOTENCY_KEY_REUSED',
      'This idempotency key was used for a request with other input; use a new key for a new request.',
    ) as P;
  }
  if (claim.status === 'replay') return replay(kind, plan, claim.result);
  return settle(claim, (progress) => execute(kind, plan, progress));
}

/** Where a run got to: set once the write is on its way, so a failure after it is never "nothing sent". */
interface Progress<Target, Expectation> {
  sending: { target: Target; expectation: Expectation } | null;
}

/** Runs the first request with a key and leaves its result for the repeats, whatever happens. */
async function settle<P, Target, Expectation>(
  ticket: IdempotencyTicket,
  run: (progress: Progress<Target, Expectation>) => Promise<Ended<P, Target, Expectation>>,
): Promise<P> {
  const progress: Progress<Target, Expectation> = { sending: null };
  let ended: Ended<P, Target, Expectation>;
  try {
    ended = await run(progress);
  } catch (error) {
    // CCE's own error answer, or a failure before the write: nothing changed, a repeat runs anew.
    // Anything else once the write was out (the request aborted, say) may still land: a repeat
    // re-checks and never writes again.
    if (progress.sending === null || error instanceof CceError) await ticket.release();
    else {
      const kept = { payload: null, check: progress.sending };
      await ticket.complete({ payload: kept, outcomeUnknown: true });
    }
    throw error;
  }
  if (ended.nothingSent) await ticket.release();
  else {
    const kept: Kept<P, Target, Expectation> = { payload: ended.payload, check: ended.check };
    await ticket.complete({ payload: kept, outcomeUnknown: ended.check !== null });
  }
  return ended.payload;
}

/** A repeat of a finished request: its payload, or, after `UNKNOWN`, what a fresh look shows. */
async function replay<T, Target, Expectation, P extends PayloadStatus>(
  kind: WrittenKind<T, Target, Expectation>,
  plan: WritePlan<T, Target, Expectation, P>,
  result: IdempotencyResult,
): Promise<P> {
  const kept = result.payload as Kept<P, Target, Expectation> | null;
  if (!result.outcomeUnknown && kept !== null) return kept.payload;
  if (kept?.check == null) {
    // The record kept no payload (too large to keep): nothing tells what to look at.
    return {
      userErrors: [],
      outcome: 'UNKNOWN',
      outcomeMessage:
        'The first request with this idempotency key may have changed the object; check it before retrying with a new key.',
    } as unknown as P;
  }
  const { target, expectation } = kept.check;
  const object = await kind.reread(target);
  const applied = kind.shows(expectation, object);
  const what = kind.describe(target);
  return payloadOf<P>(plan.answer(object, target), {
    userErrors: [],
    outcome: applied ? 'APPLIED' : 'UNKNOWN',
    outcomeMessage: message(applied ? APPLIED_MESSAGE : UNKNOWN_MESSAGE, what),
  });
}

/** One run of the write: prepare, send once, and judge what happened. */
async function execute<T, Target, Expectation, P extends PayloadStatus>(
  kind: WrittenKind<T, Target, Expectation>,
  plan: WritePlan<T, Target, Expectation, P>,
  progress: Progress<Target, Expectation>,
): Promise<Ended<P, Target, Expectation>> {
  const prepared = await plan.prepare();
  if (isRefusal(prepared)) return { payload: prepared as P, check: null, nothingSent: true };
  const { target, expectation } = prepared;
  const payload = (object: T | null, outcome: MutationOutcome, note: string | null): P =>
    payloadOf<P>(plan.answer(object, target), { userErrors: [], outcome, outcomeMessage: note });

  let answer: T | null;
  if (!prepared.dryRun) progress.sending = { target, expectation };
  try {
    answer = await prepared.send();
  } catch (error) {
    if (error instanceof CceError) {
      if (error.status === 409 && prepared.conflict) {
        return { payload: prepared.conflict as P, check: null, nothingSent: true };
      }
      // CCE answered: it refused the change, nothing changed.
      throw error;
    }
    // A dry run changes nothing; anything unforeseen is the caller's to see (see `settle`).
    if (prepared.dryRun || !isUnanswered(error)) throw error;
    const what = kind.describe(target);
    if (!mayHaveReachedCce(error)) {
      const object = await rereadQuietly(kind, target);
      return {
        payload: payload(object, 'NOT_APPLIED', NOT_APPLIED_MESSAGE),
        check: null,
        nothingSent: true,
      };
    }
    // Never retried: the first attempt may still land. One look decides what can be said.
    kind.changed(target, null);
    const object = await rereadQuietly(kind, target);
    if (kind.shows(expectation, object)) {
      return {
        payload: payload(object, 'APPLIED', message(APPLIED_MESSAGE, what)),
        check: null,
        nothingSent: false,
      };
    }
    return {
      payload: payload(object, 'UNKNOWN', message(UNKNOWN_MESSAGE, what)),
      check: { target, expectation },
      nothingSent: false,
    };
  }
  if (prepared.dryRun) {
    return { payload: payload(answer, 'APPLIED', null), check: null, nothingSent: true };
  }
  kind.changed(target, answer);
  return { payload: payload(answer, 'APPLIED', null), check: null, nothingSent: false };
}

/** The object as read now, or null when even the read fails (what is known is said without it). */
export async function rereadQuietly<T, Target, Expectation>(
  kind: WrittenKind<T, Target, Expectation>,
  target: Target,
): Promise<T | null> {
  try {
    return await kind.reread(target);
  } catch {
    return null;
  }
}
