/** ListCharts / ShowChart / ShowChartValues and their Autopilot twins. */
import type { ClusterFamily } from '../model/cluster.ts';
import { jsonArrayText, jsonText } from '../reply.ts';
import { requireChart, type RouteDeps } from './deps.ts';
import { operationName, type RequestContext, type RouteDef } from './route.ts';

export function chartRoutes({ store }: RouteDeps, family: ClusterFamily): RouteDef[] {
  const path = family === 'AUTOPILOT' ? '/autopilot/v2/charts' : '/v2/charts';
  const group = '02';
  const chartOf = (context: RequestContext) =>
    requireChart(store, context.projectId, family, context.params.chart_id!);

  return [
    {
      method: 'GET',
      path,
      operation: operationName(family, 'List', 'Charts'),
      group,
      handler: (context) =>
        jsonText(
          200,
          jsonArrayText(store.charts(context.projectId, family).map((chart) => chart.json)),
        ),
    },
    {
      method: 'GET',
      path: `${path}/:chart_id`,
      operation: operationName(family, 'Show', 'Chart'),
      group,
      handler: (context) => jsonText(200, chartOf(context).json),
    },
    {
      method: 'GET',
      path: `${path}/:chart_id/values`,
      operation: operationName(family, 'Show', 'ChartValues'),
      group,
      handler: (context) => jsonText(200, chartOf(context).valuesJson),
    },
  ];
}
