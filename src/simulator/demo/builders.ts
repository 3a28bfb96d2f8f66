/** Settled releases and add-ons for demo and load data, built from the same records the API creates. */
import { injectSystemValues } from '../lifecycle/addons.ts';
import { createAddonRecord, type AddonValues } from '../model/addon.ts';
import type { AddonCatalog, AddonTemplate, AddonVersion } from '../model/addon-templates.ts';
import type { ClusterRecord } from '../model/cluster.ts';
import { createRevision, type ChartRef, type ReleaseStatus } from '../model/release.ts';
import type { SimulatorStore } from '../store.ts';

export interface SeedRevision {
  readonly chart: ChartRef;
  readonly values: Readonly<Record<string, unknown>>;
  readonly status: ReleaseStatus;
  readonly statusDescription: string;
  readonly at: Date;
}

/** A release with the given history (oldest first) in `cluster`. */
export function seedRelease(
  store: SimulatorStore,
  cluster: ClusterRecord,
  namespace: string,
  name: string,
  history: readonly SeedRevision[],
): void {
  const first = history[0];
  if (first === undefined) throw new Error(`release ${name} needs at least one revision`);
  store.putRelease({
    clusterId: cluster.id,
    clusterName: cluster.name,
    namespace,
    name,
    createdAt: first.at,
    description: undefined,
    revisions: history.map((revision, index) =>
      createRevision({ ...revision, revision: index + 1, parameters: null }),
    ),
  });
}

function templateVersion(template: AddonTemplate, version: string): AddonVersion {
  const found = template.versions.find((candidate) => candidate.version === version);
  if (found === undefined) throw new Error(`${template.name} has no version ${version}`);
  return found;
}

export interface SeedAddon {
  readonly id: string;
  readonly templateName: string;
  readonly version: string;
  /** Defaults to the version's default values. */
  readonly values?: AddonValues;
  /** The version it was upgraded from: the add-on can then be rolled back to it. */
  readonly upgradedFrom?: string;
  readonly at: Date;
}

/** A running add-on in `cluster`. */
export function seedAddon(
  store: SimulatorStore,
  catalog: AddonCatalog,
  cluster: ClusterRecord,
  seed: SeedAddon,
): void {
  const template = catalog.template(cluster.family, seed.templateName);
  if (template === undefined) throw new Error(`no add-on template ${seed.templateName}`);
  const version = templateVersion(template, seed.version);
  const previous =
    seed.upgradedFrom === undefined ? undefined : templateVersion(template, seed.upgradedFrom);
  store.putAddon(
    createAddonRecord(
      {
        id: seed.id,
        clusterId: cluster.id,
        projectId: cluster.projectId,
        family: cluster.family,
        template,
        createdAt: seed.at,
      },
      {
        version,
        values: injectSystemValues(cluster, seed.values ?? version.defaultValues),
        status: 'running',
        reason: '',
        message: '',
        isRollbackable: previous !== undefined,
        previousVersion: previous?.version,
        rollbackTarget:
          previous === undefined
            ? undefined
            : { version: previous, values: injectSystemValues(cluster, previous.defaultValues) },
        updatedAt: seed.at,
      },
    ),
  );
}
