/**
 * The mutation skeleton: the one path every release and add-on write takes.
 *
 *   format checks (no upstream call) → find and check what the input names (reads only)
 *   → send the write → forget what this request read, tell this caller's watchers
 *
 * A refusal at any step before the write sends nothing. What differs between mutations comes in
 * a `WritePlan`, what differs between a release and an add-on in a `WrittenKind`; the rest lives
 * here, once.
 */
import type { ResolversParentTypes, UserError } from '../generated/graphql.ts';
import { refusal, isRefusal, type Refusal } from './refusals.ts';

/** A mutation's payload, with domain objects where the schema has object types. */
export type Payload<Name extends keyof ResolversParentTypes> = ResolversParentTypes[Name];

/** What every write of one kind of object (releases, add-ons) does the same way. */
export interface WrittenKind<T, Target> {
  /**
   * After a write: this request's later fields must read CCE anew, and this caller's watchers of
   * the object learn CCE's answer (null: CCE answered without the object).
   */
  changed(target: Target, answer: T | null): void;
}

/** A write, ready to send: what the input names was found and may change. */
export interface PreparedWrite<T, Target> {
  /** The object the write changes. */
  readonly target: Target;
  /** Sends the write; CCE's answer, or null when it answered without the object. */
  send(): Promise<T | null>;
  /** Only renders and validates (CCE dry run): nothing changes, nobody is told. */
  readonly dryRun?: boolean;
}

export interface WritePlan<T, Target> {
  /** What is wrong with the input's format (found without an upstream call). */
  readonly problems: UserError[];
  /** Finds what the input names and checks that it may change (reads only). */
  prepare(): Promise<PreparedWrite<T, Target> | Refusal>;
}

/** How a write ended: the object as CCE answered it (null when it answered without one). */
export interface WriteResult<T, Target> {
  readonly object: T | null;
  readonly target: Target;
}

export async function runWrite<T, Target>(
  kind: WrittenKind<T, Target>,
  plan: WritePlan<T, Target>,
): Promise<WriteResult<T, Target> | Refusal> {
  if (plan.problems.length > 0) return refusal(plan.problems);
  const prepared = await plan.prepare();
  if (isRefusal(prepared)) return prepared;
  const object = await prepared.send();
  if (!prepared.dryRun) kind.changed(prepared.target, object);
  return { object, target: prepared.target };
}
