// A headline figure over replications: its mean and the half-width of its 95 % confidence interval.
import { figure, type FigureId } from '../../models/figures/run-figures';

/** A figure's mean over the replications and the half-width of its 95 % confidence interval. */
export interface Estimate {
  mean: number;
  ci95: number;
}

const round = (v: number, digits: number): number => Math.round(v * 10 ** digits) / 10 ** digits;

export const roundedEstimate = (e: Estimate): Estimate => ({
  mean: round(e.mean, 6),
  ci95: round(e.ci95, 6),
});

/** The figure's estimate from replicate()'s KPIs; null when no run had a value for it. */
export function estimateOf(kpis: Record<string, Estimate>, id: FigureId): Estimate | null {
  const key = figure(id).replicatedKey;
  return key === undefined ? null : (kpis[key] ?? null);
}
