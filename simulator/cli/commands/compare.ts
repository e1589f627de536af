import type { Project, Variant } from '../../../models/types';
import type { SimulationResult } from '../../result';
import { simulate } from '../../simulate';
import { describeCutShort } from '../../cut-short';
import { parseArgs, timeLimitFlag } from '../args';
import { EXIT_OK, UsageError, type CliIo } from '../io';
import { asUsage, loadProjectFile, pickScenario } from '../load-file';
import { formatTable } from '../table';
import { figureChange, verdictText, type Verdict } from '../../../models/figures/figure-change';
import { figureText } from '../../../models/figures/figure-text';
import { FIGURES, type FigureId } from '../../../models/figures/run-figures';
import { evaluateSlo } from '../../../models/slo/evaluate-slo';
import { formatVerdicts } from '../report';
import { formatCostComparison } from '../cost-text';

const USAGE = 'usage: spillway compare FILE [--scenario ID] [--time-limit S] [--json]';

export interface KpiRow {
  /** The figure's id (models/figures/run-figures.ts). */
  kpi: FigureId;
  asIs: number | null;
  toBe: number | null;
  difference: number | null;
  /** (to-be − as-is) / |as-is| × 100; null where no percentage is shown (a share, a zero baseline). */
  changePct: number | null;
  // Extensions: the figure as the table and the app write it.
  label: string;
  unit: string;
  /** "−96.8 %", "+4.9 points", "×65", "new", "same". */
  change: string;
  verdict: Verdict;
}

/** as-is and to-be, or the first two variants when those ids are not there. */
function pair(project: Project): [Variant, Variant] {
  const asIs = project.variants.find((v) => v.id === 'as-is') ?? project.variants[0];
  const toBe =
    project.variants.find((v) => v.id === 'to-be') ?? project.variants.find((v) => v !== asIs);
  if (!toBe) throw new UsageError(`compare needs two variants; the project has only "${asIs.id}"`);
  return [asIs, toBe];
}

const orNull = (v: number): number | null => (Number.isFinite(v) ? round(v) : null);

/** Every headline figure of both runs, with the change as the app's compare table shows it. */
export function compareKpis(asIs: SimulationResult, toBe: SimulationResult): KpiRow[] {
  return FIGURES.map((def) => {
    const change = figureChange(def, asIs, toBe);
    return {
      kpi: def.id,
      asIs: orNull(def.read(asIs)),
      toBe: orNull(def.read(toBe)),
      difference: orNull(change.difference),
      changePct:
        change.relative === null || change.changeText === 'new' || def.unit === 'percent'
          ? null
          : round(100 * change.relative),
      label: def.label,
      unit: def.unit,
      change: change.changeText,
      verdict: change.verdict,
    };
  });
}

function round(v: number): number {
  return Math.round(v * 1e6) / 1e6;
}

/** The figures of both runs as the app's compare table writes them, one row per figure. */
export function formatCompareTable(
  asIs: SimulationResult,
  toBe: SimulationResult,
  a: string,
  b: string,
): string {
  return formatTable(
    ['figure', a, b, 'difference', 'change', 'verdict'],
    FIGURES.map((def) => {
      const change = figureChange(def, asIs, toBe);
      return [
        def.label,
        figureText(def, asIs),
        figureText(def, toBe),
        change.differenceText,
        change.changeText,
        verdictText(change),
      ];
    }),
  );
}

/** as-is against to-be under one scenario (same seed): a KPI table, or JSON with both results. */
export async function run(args: string[], io: CliIo): Promise<number> {
  const { positional, flags } = parseArgs(args, ['scenario', 'time-limit'], ['json']);
  if (positional.length !== 1) throw new UsageError(USAGE);
  const project = loadProjectFile(positional[0], io.err);
  const scenario = pickScenario(project, flags.scenario as string | undefined);
  const [va, vb] = pair(project);
  const limit = timeLimitFlag(flags);
  const asIs = asUsage(() =>
    simulate(project, { variant: va.id, scenario: scenario.id, ...limit }),
  );
  const toBe = asUsage(() =>
    simulate(project, { variant: vb.id, scenario: scenario.id, ...limit }),
  );
  const rows = compareKpis(asIs, toBe);
  if (flags.json) {
    io.out(
      JSON.stringify({ scenario: scenario.id, seed: asIs.seed, asIs, toBe, kpis: rows }, null, 2),
    );
    return EXIT_OK;
  }
  const head = `scenario ${scenario.id} · seed ${asIs.seed} · ${va.id} vs ${vb.id}`;
  const table = formatCompareTable(asIs, toBe, va.id, vb.id);
  const objectives = (r: SimulationResult, v: Variant): string =>
    `objectives ${v.id}:\n${formatVerdicts(evaluateSlo(project.slo, r))}`;
  const cascade = (r: SimulationResult): string =>
    r.cascade.length ? r.cascade.map((c) => c.node).join(' → ') : 'none';
  const notes = [asIs, toBe].flatMap((r) => [
    ...(r.cutShort ? [`${r.variant}: CUT SHORT: ${describeCutShort(r.cutShort)}`] : []),
    ...r.skippedFaults.map(
      (f) =>
        `${r.variant}: fault skipped: faults[${f.index}] (${f.type} of ${f.node}): ${f.reason}`,
    ),
  ]);
  io.out(
    [
      head,
      '',
      table,
      '',
      'Shares are of the requests after the warm-up; latency is that of successful requests.',
      '',
      ...(asIs.cost && toBe.cost
        ? [formatCostComparison(asIs.cost, toBe.cost, va.id, vb.id), '']
        : []),
      objectives(asIs, va),
      '',
      objectives(toBe, vb),
      '',
      `cascade ${va.id}: ${cascade(asIs)}`,
      `cascade ${vb.id}: ${cascade(toBe)}`,
      ...notes,
    ].join('\n'),
  );
  return EXIT_OK;
}
