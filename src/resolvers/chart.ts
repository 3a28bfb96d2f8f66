/**
 * Resolvers of chart.graphql: `Chart` and the chart queries.
 */
import type { ChartResolvers, QueryResolvers } from '../generated/graphql.ts';
import { chartGlobalId, readReference } from '../ids.ts';
import { chartByArgument } from './lookups.ts';
import { parseJsonText, toDateTime } from './values.ts';

export const Chart: ChartResolvers = {
  __resolveReference(reference, context) {
    const parsed = readReference('Chart', reference.id);
    return parsed.kind === 'global'
      ? context.loaders.charts.byId(parsed.id.chartId, parsed.id.family)
      : null;
  },
  id: (chart) => chartGlobalId(chart.family, chart.id),
  uid: (chart) => chart.id,
  clusterType: (chart) => chart.family,
  archiveName: (chart) => chart.chartUrl,
  defaultValues: (chart) => parseJsonText(chart.valuesJson),
  createdAt: (chart) => toDateTime(chart.createdAt),
  updatedAt: (chart) => toDateTime(chart.updatedAt),
};

export const chartQueries: Pick<QueryResolvers, 'charts' | 'chart'> = {
  charts: (_parent, { clusterType }, context) =>
    context.loaders.charts.list(clusterType ?? undefined),
  chart: (_parent, { id }, context) => chartByArgument(context, id),
};
