/** Loads demo data into a fresh store: the hand-written set, or generated load data. */
import type { AddonCatalog } from '../model/addon-templates.ts';
import { createChartRecord } from '../model/chart.ts';
import type { SimulatorStore } from '../store.ts';
import { demoCharts } from './charts.ts';
import { seedScaleSet, type DemoScale } from './scale.ts';
import { seedDemoSet } from './seed.ts';

export type { DemoScale } from './scale.ts';

/** The charts are loaded either way; `true` adds the demo set, a DemoScale generated data instead. */
export function loadDemoData(
  store: SimulatorStore,
  catalog: AddonCatalog,
  demoData: true | DemoScale,
): void {
  const charts = demoCharts().map(createChartRecord);
  for (const chart of charts) store.addChart(chart);
  if (demoData === true)
    seedDemoSet(store, catalog, new Map(charts.map((chart) => [chart.id, chart])));
  else seedScaleSet(store, catalog, charts, demoData);
}
