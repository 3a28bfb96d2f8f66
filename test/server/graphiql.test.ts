import { Kind, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { EXAMPLE_OPERATIONS, graphiqlExamples } from '../../src/graphiql-examples.ts';
import { graphiqlOptions } from '../../src/server/graphiql.ts';
import { createGatewaySchema } from '../../src/schema.ts';
import { DEMO_CLUSTERS, DEMO_TOKEN } from '../../src/simulator/demo-data.ts';

describe('GraphiQL examples', () => {
  const schema = createGatewaySchema();

  it.each(
    EXAMPLE_OPERATIONS.map((example) => [
      example.query.split('\n').find((l) => !l.startsWith('#')),
      example,
    ]),
  )('%s is valid against the schema', (_name, example) => {
    expect(validate(schema, parse(example.query))).toEqual([]);
  });

  it('include a query with variables, a mutation and a subscription', () => {
    const kinds = EXAMPLE_OPERATIONS.map((e) => parse(e.query).definitions[0]);
    expect(kinds.map((d) => (d?.kind === Kind.OPERATION_DEFINITION ? d.operation : null))).toEqual([
      'query',
      'query',
      'mutation',
      'subscription',
      'query',
    ]);
  });
});

describe('graphiqlOptions', () => {
  it('pre-fills the demo token and demo variables against the embedded simulator', () => {
    const options = graphiqlOptions(graphiqlExamples(loadConfig({})));
    expect(JSON.parse(options.headers ?? '{}')).toEqual({ 'X-Auth-Token': DEMO_TOKEN });
    expect(options.defaultTabs).toHaveLength(EXAMPLE_OPERATIONS.length);
    expect(options.defaultTabs?.every((tab) => tab.headers === options.headers)).toBe(true);
    expect(options.defaultTabs?.[2]?.variables).toContain(DEMO_CLUSTERS.production);
  });

  it('pre-fills nothing, and shows placeholders instead of demo ids, against a real CCE', () => {
    const options = graphiqlOptions(
      graphiqlExamples(loadConfig({ CCE_REGION: 'ap-southeast-1', CCE_PROJECT_ID: 'p' })),
    );
    expect(options.headers).toBe('{}');
    const tabs = JSON.stringify(options.defaultTabs);
    expect(tabs).not.toContain(DEMO_TOKEN);
    expect(tabs).not.toContain(DEMO_CLUSTERS.production);
    expect(JSON.parse(options.defaultTabs?.[1]?.variables ?? '{}')).toEqual({
      clusterId: '<clusterId>',
      namespace: '<namespace>',
      name: '<name>',
    });
  });
});
