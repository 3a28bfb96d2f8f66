/**
 * Add-on templates (ListAddonTemplates / ListAutopilotAddonTemplates). The unfiltered list of a
 * family answers "the template of this add-on" for every add-on of that family in the request.
 */
import type {
  AddonTemplateFilter,
  CallOptions,
  CceClient,
  ClusterFamily,
  FamilyAddonTemplate,
} from '../cce/model.ts';
import { callKey, createCallLoader } from './call-loader.ts';

export interface AddonTemplateLoaders {
  list(family: ClusterFamily, filter?: AddonTemplateFilter): Promise<FamilyAddonTemplate[]>;
  /** The template with this name in the family's unfiltered list, or null. */
  byName(family: ClusterFamily, name: string): Promise<FamilyAddonTemplate | null>;
}

interface ListKey {
  family: ClusterFamily;
  filter: AddonTemplateFilter;
}

export function createAddonTemplateLoaders(
  client: CceClient,
  options: CallOptions,
): AddonTemplateLoaders {
  const lists = createCallLoader(
    ({ family, filter }: ListKey) =>
      callKey(family, 'List', 'AddonTemplates', {
        addon_template_name: filter.name,
        cluster_id: filter.clusterId,
        version: filter.version,
        newest: filter.newest,
      }),
    async ({ family, filter }: ListKey): Promise<FamilyAddonTemplate[]> =>
      (await client.listAddonTemplates(family, filter, options)).map((template) => ({
        ...template,
        family,
      })),
  );

  return {
    list: (family, filter = {}) => lists.load({ family, filter }),
    async byName(family, name) {
      const templates = await lists.load({ family, filter: {} });
      return templates.find((template) => template.name === name) ?? null;
    },
  };
}
