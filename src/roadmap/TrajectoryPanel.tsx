// The trajectory: the KPIs after each step as charts (the report's own SVG) and a table, every
// figure written as the exported reports and the other views write it.
import { kpiColumnsFor, kpiText, sloText, type KpiColumn } from '../../models/roadmap/format-kpi';
import { KPI_CHART_COLORS } from '../../models/roadmap/kpi-chart-colors';
import type { TrajectoryPoint } from '../../models/roadmap/simulate-roadmap';
import { trajectoryChart } from '../../models/roadmap/svg-trajectory';
import { ChartDownload } from '../export/ChartDownload';

// The exported reports' colours, written into the SVG; on screen the theme's series colours
// (charts.css, light and dark) draw the same lines.
const SERIES: Readonly<Record<KpiColumn['key'], string>> = {
  successRate: '--series-3',
  errorRate: '--series-2',
  p99Ms: '--series-1',
  peakUtilization: '--series-4',
  peakBacklog: '--series-6',
  hottestPartition: '--series-5',
  monthlyCost: '--series-7',
};

export function TrajectoryPanel({ points }: { points: readonly TrajectoryPoint[] }) {
  // The hottest partition's column where a step has a partitioned queue or topic (as the reports).
  const columns = kpiColumnsFor(points.map((p) => p.kpis));
  return (
    <section
      className="roadmap-trajectory"
      aria-label="Trajectory"
      data-testid="roadmap-trajectory"
    >
      <div className="roadmap-charts">
        {columns.map((c) => (
          <div key={c.key} className="roadmap-chart-wrap">
            <div
              className="roadmap-chart"
              style={{ color: `var(${SERIES[c.key]})` }}
              // The SVG is built by models/roadmap with every label escaped.
              dangerouslySetInnerHTML={{
                __html: trajectoryChart(
                  points.map((p) => p.kpis[c.key]),
                  {
                    title: `${c.label} after each step`,
                    format: c.format,
                    color: KPI_CHART_COLORS[c.key],
                  },
                ),
              }}
            />
            <ChartDownload title={`${c.label} after each step`} />
          </div>
        ))}
      </div>
      <div className="roadmap-table-scroll">
        <table className="roadmap-table" data-testid="trajectory-table">
          <thead>
            <tr>
              <th>Step</th>
              {columns.map((c) => (
                <th key={c.key} className="num">
                  {c.label}
                </th>
              ))}
              <th>Objectives</th>
            </tr>
          </thead>
          <tbody>
            {points.map((p) => (
              <tr key={p.step}>
                <td>
                  {p.step}. {p.title}
                </td>
                {columns.map((c) => (
                  <td key={c.key} className="num" data-kpi={c.key}>
                    {kpiText(p.kpis, c)}
                  </td>
                ))}
                <td data-kpi="slo">{sloText(p.kpis)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
