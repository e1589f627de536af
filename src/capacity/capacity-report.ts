// The capacity panel's sweeps of the roadmap's two variants as the report and the slides take
// them (models/roadmap/capacity-report.ts): the panel's headline and words, the panel's points.
// Null unless both variants were swept under the same scenario and neither changed since.
import type { CapacityReport } from '../../models/roadmap/capacity-report';
import type { Project } from '../../models/types';
import { breakingDetail, breakingHeadline } from '../../simulator/sweep/breaking-point-text';
import type { LoadSweep } from '../../simulator/sweep/load-sweep';
import { runFingerprint } from '../simulation/fingerprint';
import type { CapacityRecord } from './capacity-store';

/** "As-is breaks at 180 rps, to-be holds to 600 rps." */
export function capacityHeadline(items: readonly { name: string; sweep: LoadSweep }[]): string {
  const text = items.map((i) => `${i.name} ${breakingHeadline(i.sweep.breakingPoint)}`).join(', ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

/** Where a variant's dashed line goes: its breaking point's load, or the first load missed. */
export function markerRps(sweep: LoadSweep): number | null {
  const at = sweep.breakingPoint.holds ?? sweep.breakingPoint.missed;
  return at ? at.offeredRps : null;
}

export function capacityReport(
  project: Project,
  sweeps: Readonly<Record<string, CapacityRecord>>,
  variants: readonly string[],
): CapacityReport | null {
  const items = variants.map((id) => {
    const variant = project.variants.find((v) => v.id === id);
    const record = sweeps[id];
    return variant && record ? { variant, ...record } : null;
  });
  if (items.some((i) => i === null)) return null;
  const found = items as NonNullable<(typeof items)[number]>[];
  const scenarioId = found[0]!.sweep.scenario;
  const scenario = project.scenarios.find((s) => s.id === scenarioId);
  if (!scenario) return null;
  const fresh = found.every(
    (i) =>
      i.sweep.scenario === scenarioId &&
      runFingerprint(project, i.variant.id, scenarioId) === i.fingerprint,
  );
  if (!fresh) return null;
  const slo = project.slo;
  return {
    scenarioName: scenario.name,
    headline: capacityHeadline(found.map((i) => ({ name: i.variant.name, sweep: i.sweep }))),
    curves: found.map((i) => ({
      variant: i.variant.id,
      name: i.variant.name,
      headline: breakingHeadline(i.sweep.breakingPoint),
      detail: breakingDetail(i.sweep.breakingPoint, i.sweep.replications),
      markerRps: markerRps(i.sweep),
      points: i.sweep.points.map((p) => ({
        offeredRps: p.offeredRps,
        goodputRps: p.goodputRps?.mean ?? Number.NaN,
        p99Ms: p.p99Ms?.mean ?? Number.NaN,
        errorRate: p.errorRate?.mean ?? Number.NaN,
      })),
    })),
    p99TargetMs: slo.latencyPercentile === 99 ? slo.latencyTargetMs : null,
  };
}
