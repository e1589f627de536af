// A sweep in words and tables, as `spillway sweep` prints it: the load sweep with its breaking
// point, and the what-if sweep with the lowest value that holds.
import { formatMs, formatPercent, formatRps, trimmed } from '../../models/figures/format-value';
import { objectiveTexts } from '../../models/slo/evaluate-slo';
import { countNoun } from '../../models/count-noun';
import { breakingDetail, breakingHeadline } from '../sweep/breaking-point-text';
import type { LoadSweep } from '../sweep/load-sweep';
import type { PointFigures } from '../sweep/measure-point';
import type { WhatIfSweep } from '../sweep/what-if-sweep';
import { formatTable } from './table';

const estimateText = (e: PointFigures['goodputRps'], format: (v: number) => string): string =>
  e === null ? '—' : format(e.mean);

function verdictText(p: PointFigures): string {
  const word = p.cutShort > 0 ? `missed (${p.cutShort} cut short)` : p.holds ? 'hold' : 'missed';
  return p.confidence === null ? word : `${word}, ${formatPercent(p.confidence)}`;
}

/** The measured columns both tables share, after their own first columns. */
const MEASURED_HEADERS = [
  'arrivals',
  'goodput',
  'p99 of successful',
  'error rate',
  'objectives (confidence)',
];

function measuredCells(p: PointFigures): string[] {
  return [
    formatRps(p.arrivalsRps.mean),
    estimateText(p.goodputRps, formatRps),
    estimateText(p.p99Ms, formatMs),
    estimateText(p.errorRate, formatPercent),
    verdictText(p),
  ];
}

export function formatSweep(s: LoadSweep): string {
  const rows = s.points.map((p) => [
    `×${trimmed(p.factor, 4)}${p.phase === 'bisection' ? ' (bisection)' : ''}`,
    formatRps(p.offeredRps),
    ...measuredCells(p),
  ]);
  return [
    `Load sweep · variant ${s.variant} · scenario ${s.scenario} (peak ${formatRps(s.baseOfferedRps)} at ×1) · ${countNoun(s.replications, 'replication')} per load, ${s.replications === 1 ? `seed ${s.seed}` : `seeds ${s.seed}–${s.seed + s.replications - 1}`}`,
    `Objectives: ${objectiveTexts(s.slo).join('; ')}`,
    '',
    formatTable(['load', 'offered (peak)', ...MEASURED_HEADERS], rows),
    '',
    `Breaking point: ${s.variant} ${breakingHeadline(s.breakingPoint)}.`,
    breakingDetail(s.breakingPoint, s.replications),
  ].join('\n');
}

function whatIfConclusion(w: WhatIfSweep): string {
  const { path, current } = w.parameter;
  const today = current === null ? 'unset today' : `${trimmed(current, 6)} today`;
  if (w.lowestHolding === null)
    return `The objectives are missed at every value of ${path} tried (${today}).`;
  const sure =
    w.lowestHoldingConfidently === null
      ? `no value tried makes them hold with ${formatPercent(w.level)} confidence`
      : `with ${formatPercent(w.level)} confidence from ${trimmed(w.lowestHoldingConfidently, 6)}`;
  const missedAbove = w.points.filter((p) => !p.holds && p.value > (w.lowestHolding as number));
  return (
    `The objectives hold from ${path} = ${trimmed(w.lowestHolding, 6)} (${today}); ${sure}.` +
    (missedAbove.length > 0
      ? ` They are missed again at ${missedAbove.map((p) => trimmed(p.value, 6)).join(', ')}.`
      : '')
  );
}

export function formatWhatIf(w: WhatIfSweep): string {
  const rows = w.points.map((p) => [
    `${trimmed(p.value, 6)}${p.value === w.parameter.current ? ' (today)' : ''}`,
    ...measuredCells(p),
  ]);
  return [
    `What-if sweep · variant ${w.variant} · scenario ${w.scenario} · ${w.parameter.path} · ${w.replications} replications per value, seeds ${w.seed}–${w.seed + w.replications - 1}`,
    `Objectives: ${objectiveTexts(w.slo).join('; ')}`,
    '',
    formatTable([w.parameter.path, ...MEASURED_HEADERS], rows),
    '',
    whatIfConclusion(w),
  ].join('\n');
}
