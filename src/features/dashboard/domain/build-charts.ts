import type { Chart } from './chart.js';
import { buildComplianceCharts } from './compliance-charts.js';
import type { DashboardInput } from './dashboard-input.js';
import { buildAwayChart, buildPulseChart, buildRotationChart, buildSwitchChart, buildTrainingChart } from './other-charts.js';
import { buildRequestCharts } from './request-charts.js';

/** Every chart the reader's scope shows, in the page's order: counts, dates and statuses only. */
export function buildCharts(input: DashboardInput): Chart[] {
  return [
    ...buildComplianceCharts(input),
    ...buildRequestCharts(input),
    buildPulseChart(input),
    buildAwayChart(input),
    buildSwitchChart(input),
    buildTrainingChart(input),
    buildRotationChart(input),
  ].filter((c): c is Chart => c !== undefined);
}
