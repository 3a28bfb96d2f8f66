/** SIMULATOR_* settings: defaults, parsing, and one clear message per bad value. */
import { describe, expect, it } from 'vitest';
import { loadSimulatorConfig } from '../../src/simulator/config.ts';

describe('loadSimulatorConfig', () => {
  it('defaults to port 4010 on 127.0.0.1 and leaves the rest to startSimulator', () => {
    expect(loadSimulatorConfig({})).toEqual({
      options: {
        host: '127.0.0.1',
        port: 4010,
        tokens: undefined,
        accessKeys: undefined,
        transitionDelayMs: undefined,
        demoData: undefined,
        errorCasing: undefined,
      },
      faults: [],
    });
  });

  it('parses every setting', () => {
    const config = loadSimulatorConfig({
      SIMULATOR_HOST: '0.0.0.0',
      SIMULATOR_PORT: '0',
      SIMULATOR_TOKENS: 'a-token=project-a, b-token=project-b',
      SIMULATOR_AKSK: 'AK1:SK1:project-a,AK2:SK2:project-b',
      SIMULATOR_TRANSITION_DELAY_MS: '250',
      SIMULATOR_DEMO_DATA: '10x30x8',
      SIMULATOR_ERROR_CASING: 'snake',
      SIMULATOR_FAULTS:
        '[{"type":"latency","latencyMs":20},{"type":"hang","operation":"ListCharts"}]',
    });
    expect(config).toEqual({
      options: {
        host: '0.0.0.0',
        port: 0,
        tokens: { 'a-token': 'project-a', 'b-token': 'project-b' },
        accessKeys: [
          { accessKey: 'AK1', secretKey: 'SK1', projectId: 'project-a' },
          { accessKey: 'AK2', secretKey: 'SK2', projectId: 'project-b' },
        ],
        transitionDelayMs: 250,
        demoData: { clusters: 10, releasesPerCluster: 30, addonsPerCluster: 8 },
        errorCasing: 'snake',
      },
      faults: [
        { type: 'latency', latencyMs: 20 },
        { type: 'hang', operation: 'ListCharts' },
      ],
    });
    expect(loadSimulatorConfig({ SIMULATOR_DEMO_DATA: 'false' }).options.demoData).toBe(false);
    expect(loadSimulatorConfig({ SIMULATOR_FAULTS: '{"type":"reset"}' }).faults).toEqual([
      { type: 'reset' },
    ]);
  });

  it('names every bad value in one error', () => {
    expect(() =>
      loadSimulatorConfig({
        SIMULATOR_PORT: '70000',
        SIMULATOR_TOKENS: 'just-a-token',
        SIMULATOR_AKSK: 'AK:SK',
        SIMULATOR_TRANSITION_DELAY_MS: '-1',
        SIMULATOR_DEMO_DATA: 'yes',
        SIMULATOR_ERROR_CASING: 'kebab',
        SIMULATOR_FAULTS: '{oops',
      }),
    ).toThrow(
      [
        'Invalid simulator settings:',
        '  SIMULATOR_PORT must be an integer from 0 to 65535, not "70000".',
        '  SIMULATOR_TOKENS must be token=projectId pairs separated by commas.',
        '  SIMULATOR_AKSK must be AK:SK:projectId triples separated by commas.',
        '  SIMULATOR_TRANSITION_DELAY_MS must be an integer from 0 to 3600000, not "-1".',
        '  SIMULATOR_DEMO_DATA must be true, false or CLUSTERSxRELEASESxADDONS (e.g. 10x30x8), not "yes".',
        '  SIMULATOR_ERROR_CASING must be camel or snake, not "kebab".',
        '  SIMULATOR_FAULTS must be JSON: a fault object or an array of them.',
      ].join('\n'),
    );
    expect(() => loadSimulatorConfig({ SIMULATOR_FAULTS: '[1]' })).toThrow(
      /SIMULATOR_FAULTS must be a fault object or an array of fault objects/,
    );
  });
});
