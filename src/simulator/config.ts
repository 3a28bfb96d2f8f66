/**
 * Settings of `npm run simulator`, read from the environment once, with a clear message for each
 * bad value:
 *
 *   SIMULATOR_HOST                 listen address, default 127.0.0.1
 *   SIMULATOR_PORT                 default 4010; 0 picks a free port (printed at start)
 *   SIMULATOR_TOKENS               token=projectId pairs, comma-separated;
 *                                  default demo-token=demo-project,other-token=other-project
 *   SIMULATOR_AKSK                 AK:SK:projectId triples, comma-separated;
 *                                  default DEMOACCESSKEY:DEMOSECRETKEY:demo-project
 *   SIMULATOR_TRANSITION_DELAY_MS  PENDING_* / installing / … → settled, default 3000
 *   SIMULATOR_DEMO_DATA            true (default), false, or CLUSTERSxRELEASESxADDONS (e.g. 10x30x8)
 *   SIMULATOR_ERROR_CASING         camel (errorCode/errorMessage, default) or snake (error_code/error_msg)
 *   SIMULATOR_FAULTS               a fault or an array of faults as JSON (see faults.ts), set at start
 */
import type { AccessKeyCredential } from './auth.ts';
import type { DemoScale } from './demo/index.ts';
import type { Fault } from './faults.ts';
import { MAX_PORT, MAX_TRANSITION_DELAY_MS, type SimulatorOptions } from './options.ts';

export interface SimulatorCliConfig {
  readonly options: SimulatorOptions;
  /** Parsed JSON, checked against the operations when the simulator sets them. */
  readonly faults: readonly Fault[];
}

const DEFAULT_CLI_PORT = 4010;

type Env = Readonly<Record<string, string | undefined>>;

class SettingError extends Error {}

function integer(name: string, raw: string, min: number, max: number): number {
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || value < min || value > max) {
    throw new SettingError(`${name} must be an integer from ${min} to ${max}, not "${raw}".`);
  }
  return value;
}

function entries(raw: string): string[] {
  return raw
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
}

function parseTokens(raw: string): Record<string, string> {
  const tokens: Record<string, string> = {};
  for (const entry of entries(raw)) {
    const separator = entry.indexOf('=');
    const token = entry.slice(0, separator).trim();
    const projectId = entry.slice(separator + 1).trim();
    if (separator <= 0 || token === '' || projectId === '') {
      throw new SettingError('SIMULATOR_TOKENS must be token=projectId pairs separated by commas.');
    }
    tokens[token] = projectId;
  }
  return tokens;
}

function parseAccessKeys(raw: string): AccessKeyCredential[] {
  return entries(raw).map((entry) => {
    const parts = entry.split(':').map((part) => part.trim());
    const [accessKey = '', secretKey = '', projectId = ''] = parts;
    if (parts.length !== 3 || accessKey === '' || secretKey === '' || projectId === '') {
      throw new SettingError('SIMULATOR_AKSK must be AK:SK:projectId triples separated by commas.');
    }
    return { accessKey, secretKey, projectId };
  });
}

function parseDemoData(raw: string): boolean | DemoScale {
  if (raw === 'true') return true;
  if (raw === 'false') return false;
  const scale = /^(\d+)x(\d+)x(\d+)$/.exec(raw);
  if (scale === null) {
    throw new SettingError(
      `SIMULATOR_DEMO_DATA must be true, false or CLUSTERSxRELEASESxADDONS (e.g. 10x30x8), not "${raw}".`,
    );
  }
  const [, clusters, releasesPerCluster, addonsPerCluster] = scale.map(Number);
  return {
    clusters: clusters!,
    releasesPerCluster: releasesPerCluster!,
    addonsPerCluster: addonsPerCluster!,
  };
}

function parseCasing(raw: string): 'camel' | 'snake' {
  if (raw !== 'camel' && raw !== 'snake') {
    throw new SettingError(`SIMULATOR_ERROR_CASING must be camel or snake, not "${raw}".`);
  }
  return raw;
}

function parseFaultsJson(raw: string): Fault[] {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    throw new SettingError('SIMULATOR_FAULTS must be JSON: a fault object or an array of them.');
  }
  const list = Array.isArray(value) ? value : [value];
  if (!list.every((item) => typeof item === 'object' && item !== null && !Array.isArray(item))) {
    throw new SettingError('SIMULATOR_FAULTS must be a fault object or an array of fault objects.');
  }
  return list as Fault[];
}

/** Reads every setting; throws one Error listing every bad value. */
export function loadSimulatorConfig(env: Env = process.env): SimulatorCliConfig {
  const problems: string[] = [];
  const read = <T>(name: string, parse: (raw: string) => T): T | undefined => {
    const raw = env[name]?.trim();
    if (raw === undefined || raw === '') return undefined;
    try {
      return parse(raw);
    } catch (error) {
      if (!(error instanceof SettingError)) throw error;
      problems.push(error.message);
      return undefined;
    }
  };
  const options: SimulatorOptions = {
    host: read('SIMULATOR_HOST', (raw) => raw) ?? '127.0.0.1',
    port:
      read('SIMULATOR_PORT', (raw) => integer('SIMULATOR_PORT', raw, 0, MAX_PORT)) ??
      DEFAULT_CLI_PORT,
    tokens: read('SIMULATOR_TOKENS', parseTokens),
    accessKeys: read('SIMULATOR_AKSK', parseAccessKeys),
    transitionDelayMs: read('SIMULATOR_TRANSITION_DELAY_MS', (raw) =>
      integer('SIMULATOR_TRANSITION_DELAY_MS', raw, 0, MAX_TRANSITION_DELAY_MS),
    ),
    demoData: read('SIMULATOR_DEMO_DATA', parseDemoData),
    errorCasing: read('SIMULATOR_ERROR_CASING', parseCasing),
  };
  const faults = read('SIMULATOR_FAULTS', parseFaultsJson) ?? [];
  if (problems.length > 0)
    throw new Error(`Invalid simulator settings:\n  ${problems.join('\n  ')}`);
  return { options, faults };
}
