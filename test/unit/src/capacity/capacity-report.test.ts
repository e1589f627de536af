// The capacity chart in the HTML report and the slides: built from the capacity panel's sweeps,
// it says the panel's headline and verdicts, and every dot and dashed line of its three charts
// sits at the panel's numbers (the sweep's point means and breaking points). A sweep of a variant
// edited since, or of one variant only, gives no capacity section.
import { describe, expect, test } from 'vitest';
import { findExample } from '../../../../models/examples/index';
import { roadmapHtml } from '../../../../models/roadmap/export-html';
import { planRoadmap } from '../../../../models/roadmap/plan';
import type { Project } from '../../../../models/types';
import { breakingDetail } from '../../../../simulator/sweep/breaking-point-text';
import { sweepLoad, type LoadSweep } from '../../../../simulator/sweep/load-sweep';
import {
  capacityHeadline,
  capacityReport,
  markerRps,
} from '../../../../src/capacity/capacity-report';
import type { CapacityRecord } from '../../../../src/capacity/capacity-store';
import { runFingerprint } from '../../../../src/simulation/fingerprint';

function shortPeak(): Project {
  const project = structuredClone(findExample('client-portal')!.project);
  const s = project.scenarios.find((x) => x.id === 'quarterly-peak')!;
  s.durationS = 30;
  s.warmupS = 5;
  s.load = [{ client: 'customers', shape: { type: 'constant', rps: 100 } }];
  return project;
}

const VARIANTS = ['as-is', 'to-be'];

async function sweeps(project: Project): Promise<Record<string, CapacityRecord>> {
  const out: Record<string, CapacityRecord> = {};
  for (const variant of VARIANTS)
    out[variant] = {
      sweep: await sweepLoad(project, {
        variant,
        scenario: 'quarterly-peak',
        from: 1,
        to: 4,
        steps: 3,
        replications: 2,
        seed: 5,
      }),
      fingerprint: runFingerprint(project, variant, 'quarterly-peak'),
    };
  return out;
}

/** The attributes of every element of `tag` with `attr` in the section, in document order. */
function attrs(html: string, pattern: RegExp): string[][] {
  return [...html.matchAll(pattern)].map((m) => m.slice(1));
}

const decode = (s: string): string =>
  s
    .replaceAll('&amp;', '&')
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"');

const project = shortPeak();
const records = await sweeps(project);

describe('capacity in the report', () => {
  const report = capacityReport(project, records, VARIANTS)!;
  const html = roadmapHtml({
    project,
    plan: planRoadmap(project, 'as-is', 'to-be'),
    capacity: report,
  });
  const section = html.slice(
    html.indexOf('<section class="capacity"'),
    html.indexOf('</section>', html.indexOf('<section class="capacity"')),
  );
  const sweepOf = (v: string): LoadSweep => records[v]!.sweep;
  const named = VARIANTS.map((v) => ({
    name: project.variants.find((x) => x.id === v)!.name,
    sweep: sweepOf(v),
  }));

  test('the panel’s headline and each variant’s verdict in its words', () => {
    expect(report.headline).toBe(capacityHeadline(named));
    expect(section).toContain(
      `<p class="capacity-headline">${report.headline.replaceAll('&', '&amp;')}</p>`,
    );
    const details = attrs(section, /<li data-variant="([^"]+)"><b>[^<]*<\/b> ([^<]*)<\/li>/g);
    expect(details.map(([v, d]) => [v, decode(d!)])).toEqual(
      VARIANTS.map((v) => [v, breakingDetail(sweepOf(v).breakingPoint, sweepOf(v).replications)]),
    );
  });

  test('three charts; every dot at a sweep point’s mean, every dashed line at a breaking point', () => {
    const charts = attrs(section, /<svg class="chart capacity-chart" data-figure="([^"]+)"/g).map(
      (m) => m[0],
    );
    expect(charts).toEqual(['goodputRps', 'p99Ms', 'errorRate']);
    const chartHtml = section.split('<svg class="chart capacity-chart"').slice(1);
    chartHtml.forEach((svg, i) => {
      const figure = charts[i] as 'goodputRps' | 'p99Ms' | 'errorRate';
      const dots = attrs(
        svg,
        /data-variant="([^"]+)" data-rps="([^"]+)" data-value="([^"]+)"/g,
      ).map(([v, rps, value]) => [v, Number(rps), Number(value)]);
      const expected = VARIANTS.flatMap((v) =>
        sweepOf(v)
          .points.filter((p) => p[figure] !== null && Number.isFinite(p[figure]!.mean))
          .map((p) => [v, p.offeredRps, p[figure]!.mean]),
      );
      expect(dots).toEqual(expected);
      expect(dots.length).toBeGreaterThanOrEqual(6);
      const markers = attrs(svg, /data-marker="([^"]+)" data-rps="([^"]+)"/g).map(([v, rps]) => [
        v,
        Number(rps),
      ]);
      expect(markers).toEqual(VARIANTS.map((v) => [v, markerRps(sweepOf(v))]));
    });
  });

  test('no section from a stale sweep, a sweep of one variant, or sweeps under two scenarios', () => {
    const edited = structuredClone(project);
    edited.variants[0]!.nodes[1]!.name = 'Renamed portal';
    expect(capacityReport(edited, records, VARIANTS)).toBeNull();
    expect(capacityReport(project, { 'as-is': records['as-is']! }, VARIANTS)).toBeNull();
    const other = {
      ...records['to-be']!,
      sweep: { ...records['to-be']!.sweep, scenario: 'normal-day' },
    };
    expect(capacityReport(project, { ...records, 'to-be': other }, VARIANTS)).toBeNull();
    expect(roadmapHtml({ project, plan: planRoadmap(project, 'as-is', 'to-be') })).not.toContain(
      'class="capacity"',
    );
  });
});
