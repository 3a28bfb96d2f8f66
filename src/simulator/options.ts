/** startSimulator's options: defaults and validation with a clear message for each bad value. */
import type { AccessKeyCredential } from './auth.ts';
import {
  DEMO_ACCESS_KEY,
  DEMO_PROJECT_ID,
  DEMO_SECRET_KEY,
  DEMO_TOKEN,
  OTHER_PROJECT_ID,
  OTHER_TOKEN,
} from './demo-data.ts';
import type { DemoScale } from './demo/index.ts';
import type { ErrorCasing } from './errors.ts';
import type { AddonCatalog } from './model/addon-templates.ts';

export interface SimulatorOptions {
  /** Default `127.0.0.1`. */
  host?: string;
  /** Default 0 (a free port); the CLI defaults to 4010. */
  port?: number;
  /** token → project id; default `{ 'demo-token': 'demo-project', 'other-token': 'other-project' }`. */
  tokens?: Record<string, string>;
  /** Default `[{ accessKey: 'DEMOACCESSKEY', secretKey: 'DEMOSECRETKEY', projectId: 'demo-project' }]`. */
  accessKeys?: AccessKeyCredential[];
  /** How long PENDING_*, installing, upgrading, … last before they settle; default 3000 ms. */
  transitionDelayMs?: number;
  /** `true` (default): the hand-written demo set; a DemoScale: generated load data; `false`: empty. */
  demoData?: boolean | DemoScale;
  /** `camel` (default): `errorCode`/`errorMessage` as CCE documents; `snake`: `error_code`/`error_msg`. */
  errorCasing?: ErrorCasing;
}

export interface ResolvedOptions {
  readonly host: string;
  readonly port: number;
  readonly tokens: ReadonlyMap<string, string>;
  readonly accessKeys: readonly AccessKeyCredential[];
  readonly transitionDelayMs: number;
  readonly demoData: false | true | DemoScale;
  readonly errorCasing: ErrorCasing;
}

const DEFAULT_TRANSITION_DELAY_MS = 3000;
export const MAX_PORT = 65535;
/** The longest status transition that may be asked for (an hour). */
export const MAX_TRANSITION_DELAY_MS = 3_600_000;
const MAX_SCALE = { clusters: 1000, releasesPerCluster: 1000 };

function fail(message: string): never {
  throw new Error(`Invalid simulator option: ${message}`);
}

function checkInteger(value: number, name: string, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    fail(`${name} must be an integer from ${min} to ${max}, not ${value}.`);
  }
  return value;
}

function checkScale(scale: DemoScale, catalog: AddonCatalog): DemoScale {
  // Each add-on of a cluster is a different template, and every family must offer enough of them.
  const addonLimit = Math.min(
    catalog.templates('CCE').length,
    catalog.templates('AUTOPILOT').length,
  );
  return {
    clusters: checkInteger(scale.clusters, 'demoData.clusters', 1, MAX_SCALE.clusters),
    releasesPerCluster: checkInteger(
      scale.releasesPerCluster,
      'demoData.releasesPerCluster',
      0,
      MAX_SCALE.releasesPerCluster,
    ),
    addonsPerCluster: checkInteger(
      scale.addonsPerCluster,
      'demoData.addonsPerCluster',
      0,
      addonLimit,
    ),
  };
}

function checkNonEmpty(value: string, name: string): void {
  if (typeof value !== 'string' || value.trim() === '') fail(`${name} must be a non-empty string.`);
}

export function resolveOptions(options: SimulatorOptions, catalog: AddonCatalog): ResolvedOptions {
  const tokens = new Map(
    Object.entries(
      options.tokens ?? { [DEMO_TOKEN]: DEMO_PROJECT_ID, [OTHER_TOKEN]: OTHER_PROJECT_ID },
    ),
  );
  for (const [token, projectId] of tokens) {
    checkNonEmpty(token, 'a token');
    checkNonEmpty(projectId, `the project of token ${token.slice(0, 4)}…`);
  }
  const accessKeys = options.accessKeys ?? [
    { accessKey: DEMO_ACCESS_KEY, secretKey: DEMO_SECRET_KEY, projectId: DEMO_PROJECT_ID },
  ];
  for (const { accessKey, secretKey, projectId } of accessKeys) {
    checkNonEmpty(accessKey, 'an access key');
    checkNonEmpty(secretKey, `the secret key of ${accessKey}`);
    checkNonEmpty(projectId, `the project of ${accessKey}`);
  }
  const errorCasing = options.errorCasing ?? 'camel';
  if (errorCasing !== 'camel' && errorCasing !== 'snake') {
    fail(`errorCasing must be "camel" or "snake", not ${String(errorCasing)}.`);
  }
  const demoData = options.demoData ?? true;
  return {
    host: options.host ?? '127.0.0.1',
    port: checkInteger(options.port ?? 0, 'port', 0, MAX_PORT),
    tokens,
    accessKeys,
    transitionDelayMs: checkInteger(
      options.transitionDelayMs ?? DEFAULT_TRANSITION_DELAY_MS,
      'transitionDelayMs',
      0,
      MAX_TRANSITION_DELAY_MS,
    ),
    demoData: typeof demoData === 'boolean' ? demoData : checkScale(demoData, catalog),
    errorCasing,
  };
}
