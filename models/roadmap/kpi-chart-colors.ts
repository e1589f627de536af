// The colour of each KPI's trajectory chart in the exported reports (written into the SVG).
// The app draws the same charts in the theme's series colours (src/roadmap/TrajectoryPanel.tsx).
import type { KpiColumn } from './format-kpi';

export const KPI_CHART_COLORS: Readonly<Record<KpiColumn['key'], string>> = {
  successRate: '#047857',
  errorRate: '#b91c1c',
  p99Ms: '#1d4ed8',
  peakUtilization: '#7c3aed',
  peakBacklog: '#d97706',
  hottestPartition: '#9a3412',
  monthlyCost: '#0f766e',
};
