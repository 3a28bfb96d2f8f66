/**
 * Schema-driven fuzzing of the live gateway: random queries and mutations built from the schema
 * (random fields and selections, arguments of the right types filled with odd strings, odd integers
 * and odd JSON), and federation `_entities` with random representations. Whatever is sent, the
 * gateway must answer: no 5xx, no INTERNAL_SERVER_ERROR, no stack trace, and it keeps serving.
 *
 * The seed is fixed, so a failure replays: fast-check prints the seed and path of the failing run.
 * FUZZ_RUNS sets the number of operations (default 2,000: well within a minute on a busy 2-core
 * machine); FUZZ_SEED another seed.
 */
import fc from 'fast-check';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isUnionType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLOutputType,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { DEMO_CLUSTERS, DEMO_RELEASES, DEMO_TOKEN } from '../../src/simulator/demo-data.ts';
import { createGatewaySchema } from '../../src/schema.ts';
import { useStack } from './harness.ts';

const RUNS = Number(process.env['FUZZ_RUNS'] ?? 2_000);
const SEED = Number(process.env['FUZZ_SEED'] ?? 20_261_205);

/** Strings that have broken gateways: paths, encodings, control and RTL characters, prototypes. */
const oddString = fc.oneof(
  fc.constantFrom(
    '',
    '.',
    '..',
    '%2e',
    '%2e%2e',
    '../..',
    '/',
    '\\',
    '?',
    '#',
    '%',
    '__proto__',
    'constructor',
    '\u0000',
    '\u202e',
    '\n',
    ' ',
    '******',
    'Release:',
    'Cluster:..',
    `Cluster:${DEMO_CLUSTERS.production}`,
    `Release:${DEMO_CLUSTERS.production}/%2e%2e/x`,
    DEMO_CLUSTERS.production,
    DEMO_RELEASES.nginxWeb.namespace,
    DEMO_RELEASES.nginxWeb.name,
    'x'.repeat(10_000),
  ),
  fc.string({ maxLength: 20 }),
  fc.string({ unit: 'grapheme', maxLength: 10 }),
);

const oddInt = fc.oneof(
  fc.constantFrom(0, -1, 1, 2 ** 31 - 1, -(2 ** 31), 2 ** 31, 2 ** 53, -(2 ** 53), 1.5),
  fc.integer({ min: -100, max: 300 }),
);

/** JSON with odd keys and shapes; deeper than the input limit now and then. */
const oddJson: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.dictionary(
    fc.oneof(oddString, fc.constantFrom('__proto__', 'password', 'db_pass')),
    oddString,
    {
      maxKeys: 4,
    },
  ),
  fc.integer({ min: 60, max: 80 }).map((depth) => {
    let value: unknown = 1;
    for (let level = 0; level < depth; level += 1) value = { a: value };
    return value;
  }),
);

function valueFor(type: GraphQLInputType, depth: number): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return valueFor(type.ofType, depth);
  // A wrong type or null now and then: coercion must answer it too.
  const wrong = fc.constantFrom<unknown>(null, 'wrong', 7, [], {});
  let right: fc.Arbitrary<unknown>;
  if (isListType(type)) {
    right = fc.array(valueFor(type.ofType, depth + 1), { maxLength: 3 });
  } else if (isEnumType(type)) {
    right = fc.oneof(fc.constantFrom(...type.getValues().map((value) => value.name)), oddString);
  } else if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields());
    right =
      depth > 3
        ? fc.constant({})
        : fc.record(
            Object.fromEntries(
              fields.map((field) => [field.name, valueFor(field.type, depth + 1)]),
            ),
            {
              requiredKeys: fields.filter((field) => isNonNullType(field.type)).map((f) => f.name),
            },
          );
  } else if (isScalarType(type)) {
    switch (type.name) {
      case 'Int':
      case 'Float':
        right = oddInt;
        break;
      case 'Boolean':
        right = fc.boolean();
        break;
      case 'JSON':
      case '_Any':
        right = oddJson;
        break;
      default:
        right = oddString;
    }
  } else {
    right = fc.constant(null);
  }
  return fc.oneof({ weight: 9, arbitrary: right }, { weight: 1, arbitrary: wrong });
}

interface Generated {
  text: string;
  variables: Record<string, unknown>;
}

/** A field's arguments as variables ($v0, $v1, …): the declarations, the uses, the values. */
function argumentsFor(
  args: readonly GraphQLArgument[],
  next: () => string,
): fc.Arbitrary<{ declarations: string[]; uses: string; values: Record<string, unknown> }> {
  return fc
    .tuple(
      ...args.map((arg) =>
        fc.tuple(
          // Optional arguments are left out now and then.
          isNonNullType(arg.type) ? fc.constant(true) : fc.boolean(),
          valueFor(arg.type, 0),
        ),
      ),
    )
    .map((chosen) => {
      const declarations: string[] = [];
      const uses: string[] = [];
      const values: Record<string, unknown> = {};
      chosen.forEach(([included, value], index) => {
        const arg = args[index] as GraphQLArgument;
        if (!included) return;
        const name = next();
        declarations.push(`$${name}: ${String(arg.type)}`);
        uses.push(`${arg.name}: $${name}`);
        values[name] = value;
      });
      return { declarations, uses: uses.length > 0 ? `(${uses.join(', ')})` : '', values };
    });
}

function selectionFor(type: GraphQLOutputType, depth: number): fc.Arbitrary<string> {
  const named: GraphQLNamedType = getNamedType(type);
  if (
    (isObjectType(named) || isInterfaceType(named)) &&
    Object.keys(named.getFields()).length > 0
  ) {
    const fields = Object.values(named.getFields()).filter(
      // Selections take no arguments here (those of the root field are fuzzed).
      (field) =>
        field.args.every((arg) => !isNonNullType(arg.type)) &&
        (depth < 3 || !isObjectType(getNamedType(field.type))),
    );
    const fragments = isInterfaceType(named)
      ? fc.constantFrom('', ' ... on Release { name revision values } ... on Cluster { name }')
      : fc.constant('');
    return fc
      .tuple(
        fc.subarray(fields, { minLength: 1, maxLength: Math.min(4, fields.length) }),
        fragments,
      )
      .chain(([chosen, fragment]) =>
        fc
          .tuple(...chosen.map((field) => selectionFor(field.type, depth + 1)))
          .map(
            (inner) =>
              `{ __typename ${chosen.map((field, index) => `${field.name}${inner[index] ?? ''}`).join(' ')}${fragment} }`,
          ),
      );
  }
  if (isUnionType(named)) {
    return fc.constant(
      '{ __typename ... on Cluster { name uid } ... on Release { name values } ... on Addon { name values } ... on Chart { name } }',
    );
  }
  return fc.constant('');
}

function operationFor(
  kind: 'query' | 'mutation',
  root: GraphQLObjectType,
): fc.Arbitrary<Generated> {
  const fields = Object.values(root.getFields()).filter((field) => field.name !== '_service');
  return fc.constantFrom(...fields).chain((field: GraphQLField<unknown, unknown>) => {
    let counter = 0;
    const next = () => `v${counter++}`;
    return fc
      .tuple(argumentsFor(field.args, next), selectionFor(field.type, 0), fc.boolean())
      .map(([args, selection, aliased]) => ({
        text:
          `${kind}${args.declarations.length > 0 ? `(${args.declarations.join(', ')})` : ''} ` +
          `{ ${aliased ? 'a: ' : ''}${field.name}${args.uses}${selection} }`,
        variables: args.values,
      }));
  });
}

/** `_entities` with representations of any shape, as a federation router (or anyone) may send. */
const entities: fc.Arbitrary<Generated> = fc
  .array(
    fc.oneof(
      fc.record(
        {
          __typename: fc.oneof(
            fc.constantFrom('Cluster', 'Release', 'Addon', 'Chart', 'Nope', '__proto__'),
            oddString,
          ),
          id: fc.oneof(oddString, oddInt, fc.constant(null)),
          uid: oddString,
        },
        { requiredKeys: [] },
      ),
      oddJson,
    ),
    { maxLength: 6 },
  )
  .map((representations) => ({
    text: 'query($r: [_Any!]!) { _entities(representations: $r) { __typename ... on Cluster { name } ... on Release { name status } ... on Addon { name } } }',
    variables: { r: representations },
  }));

describe('fuzzing the gateway with schema-driven operations', () => {
  // Response cache off (the stack's default), budget and limits as shipped.
  const env = useStack();

  it(`answers ${RUNS} random operations without an internal error or a stack trace`, async () => {
    // The executable schema the gateway serves (the SDL with federation's fields added).
    const schema = createGatewaySchema();
    const query = schema.getQueryType();
    const mutation = schema.getMutationType();
    if (!query || !mutation) throw new Error('schema without Query or Mutation');
    const operation = fc.oneof(
      { weight: 6, arbitrary: operationFor('query', query) },
      { weight: 2, arbitrary: operationFor('mutation', mutation) },
      { weight: 2, arbitrary: entities },
    );
    await fc.assert(
      fc.asyncProperty(operation, async ({ text, variables }) => {
        const response = await fetch(env.stack.gatewayUrl, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-auth-token': DEMO_TOKEN },
          body: JSON.stringify({ query: text, variables }),
        });
        const body = await response.text();
        expect(response.status, body).toBeLessThan(500);
        const answer = JSON.parse(body) as {
          errors?: Array<{ extensions?: Record<string, unknown> }>;
        };
        const codes = (answer.errors ?? []).map((error) => error.extensions?.['code']);
        expect(codes, body).not.toContain('INTERNAL_SERVER_ERROR');
        expect(body).not.toMatch(/\n\s+at |"stack"/);
      }),
      { numRuns: RUNS, seed: SEED, endOnFailure: true },
    );
    // Still serving after all of it.
    const health = await fetch(`${env.stack.baseUrl}/health`);
    expect(health.status).toBe(200);
  }, 120_000);
});
