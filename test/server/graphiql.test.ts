import { Kind, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { renderGraphiQL as renderYogaGraphiQL } from '@graphql-yoga/render-graphiql';
import {
  COMMENT_WIDTH,
  EXAMPLE_OPERATIONS,
  FILL_IN_NOTE,
  graphiqlExamples,
} from '../../src/graphiql-examples.ts';
import { graphiqlOptions, graphiqlPageFixes } from '../../src/server/graphiql.ts';
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

  it(`keep comment lines within ${COMMENT_WIDTH} characters (GraphiQL's editor does not wrap)`, () => {
    const notes = Object.values(FILL_IN_NOTE).join('');
    const lines = [...EXAMPLE_OPERATIONS.map((example) => example.query), notes]
      .join('\n')
      .split('\n')
      .filter((line) => line.trimStart().startsWith('#'));
    expect(lines.filter((line) => line.length > COMMENT_WIDTH)).toEqual([]);
  });

  it('include a query with variables, a mutation and a subscription', () => {
    const kinds = EXAMPLE_OPERATIONS.map((e) => parse(e.query).definitions[0]);
    expect(kinds.map((d) => (d?.kind === Kind.OPERATION_DEFINITION ? d.operation : null))).toEqual([
      'query',
      'query',
      'mutation',
      'subscription',
      'query',
      'query',
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

  it('shows placeholders, a token placeholder and a note instead of demo ids against a real CCE', () => {
    const options = graphiqlOptions(
      graphiqlExamples(loadConfig({ CCE_REGION: 'ap-southeast-1', CCE_PROJECT_ID: 'p' })),
    );
    expect(JSON.parse(options.headers ?? '{}')).toEqual({ 'X-Auth-Token': '<your IAM token>' });
    const tabs = JSON.stringify(options.defaultTabs);
    expect(tabs).not.toContain(DEMO_TOKEN);
    expect(tabs).not.toContain(DEMO_CLUSTERS.production);
    expect(options.defaultTabs?.[0]?.query?.startsWith(FILL_IN_NOTE.token)).toBe(true);
    expect(JSON.parse(options.defaultTabs?.[1]?.variables ?? '{}')).toEqual({
      clusterId: '<clusterId>',
      namespace: '<namespace>',
      name: '<name>',
    });
  });

  it('in service mode asks for no token, only the ids', () => {
    const options = graphiqlOptions(
      graphiqlExamples(
        loadConfig({
          CCE_REGION: 'ap-southeast-1',
          CCE_PROJECT_ID: 'p',
          CCE_ACCESS_KEY: 'AK',
          CCE_SECRET_KEY: 'SK',
          GATEWAY_API_KEYS: 'a'.repeat(64),
        }),
      ),
    );
    expect(options.headers).toBe('{}');
    expect(options.defaultTabs?.[0]?.query?.startsWith(FILL_IN_NOTE.service)).toBe(true);
  });

  it('recognises `npm run simulator` (loopback, demo project) and pre-fills the demo token and ids', () => {
    const options = graphiqlOptions(
      graphiqlExamples(
        loadConfig({ CCE_ENDPOINT: 'http://127.0.0.1:4010', CCE_PROJECT_ID: 'demo-project' }),
      ),
    );
    expect(JSON.parse(options.headers ?? '{}')).toEqual({ 'X-Auth-Token': DEMO_TOKEN });
    expect(options.defaultTabs?.[2]?.variables).toContain(DEMO_CLUSTERS.production);
    const elsewhere = graphiqlOptions(
      graphiqlExamples(
        loadConfig({ CCE_ENDPOINT: 'http://10.1.2.3:4010', CCE_PROJECT_ID: 'demo-project' }),
      ),
    );
    expect(elsewhere.headers).not.toContain(DEMO_TOKEN);
  });
});

describe('graphiqlPageFixes', () => {
  it("adds the scalar schemas to the shipped GraphiQL's schema config, and the icon CSS", () => {
    const page = graphiqlPageFixes(renderYogaGraphiQL({}));
    expect(page.scalarSchemasAdded).toBe(true);
    expect(page.html).toContain('customScalarSchemas:{...{"JSON"');
    expect(page.html).toContain('svg { pointer-events: none; }');
  });
});
