/**
 * The released schema: the SDL clients were last promised (`schema/released/schema.graphql`),
 * and the breaking changes since then that were acknowledged on purpose
 * (`schema/released/acknowledged-breaking-changes.json`). `npm run schema:check` compares the
 * current schema with it; `npm run schema:release` makes the current schema the released one.
 *
 * The SDL is the schema as clients see it (what introspection answers, federation's `_service`
 * and `_entities` included), printed in a stable order so that a diff shows only real changes.
 */
import { readFileSync } from 'node:fs';
import { CriticalityLevel, diff, type Change } from '@graphql-inspector/core';
import { buildSchema, lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { createGatewaySchema } from '../src/schema.ts';

export const RELEASED_SDL = new URL('../schema/released/schema.graphql', import.meta.url);
export const ACKNOWLEDGED = new URL(
  '../schema/released/acknowledged-breaking-changes.json',
  import.meta.url,
);

/** One breaking change let through on purpose: its message as the check prints it, and why. */
export interface Acknowledgement {
  message: string;
  reason: string;
}

export function currentSdl(): string {
  return printSchema(lexicographicSortSchema(createGatewaySchema()));
}

export function readAcknowledged(file: URL | string): Acknowledgement[] {
  const list: unknown = JSON.parse(readFileSync(file, 'utf8'));
  const valid =
    Array.isArray(list) &&
    list.every(
      (item: unknown) =>
        typeof item === 'object' &&
        item !== null &&
        typeof (item as Acknowledgement).message === 'string' &&
        typeof (item as Acknowledgement).reason === 'string' &&
        (item as Acknowledgement).reason.trim() !== '',
    );
  if (!valid) {
    throw new Error(
      `${String(file)} must be a JSON array of { "message": "<the change as schema:check prints it>", "reason": "<why>" }`,
    );
  }
  return list as Acknowledgement[];
}

export interface SchemaCheck {
  /** Every change from the released schema to the current one. */
  changes: Change[];
  /** Breaking changes no acknowledgement names: the check fails when there is one. */
  unacknowledged: Change[];
}

export async function checkSchema(
  releasedSdl: string,
  current: GraphQLSchema | string,
  acknowledged: readonly Acknowledgement[],
): Promise<SchemaCheck> {
  const currentSchema = typeof current === 'string' ? buildSchema(current) : current;
  const changes = await diff(buildSchema(releasedSdl), currentSchema);
  const known = new Set(acknowledged.map((item) => item.message));
  const unacknowledged = changes.filter(
    (change) =>
      change.criticality.level === CriticalityLevel.Breaking && !known.has(change.message),
  );
  return { changes, unacknowledged };
}
