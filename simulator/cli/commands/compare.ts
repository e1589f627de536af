import type { Project, Variant } from '../../../models/types';
import type { SimulationResult } from '../../result';
import { simulate } from '../../simulate';
import { describeCutShort } from '../../cut-short';
import { parseArgs, timeLimitFlag } from '../args';
import { EXIT_OK, UsageError, type CliIo } from '../io';
import { asUsage, loadProjectFile, pickScenario } from '../load-file';
import { fmt, formatTable } from '../table';
import { maxOf } from '../../../models/max-of';

const USAGE = 'usage: spillway compare FILE [--scenario ID] [--time-limit S] [--json]';

export interface KpiRow {
  kpi: string;
  asIs: number;
  toBe: number;
  difference: number;
  /** (to-be − as-is) / as-is × 100; null when as-is is 0. */
  changePct: number | null;
}

/** as-is and to-be, or the first two variants when those ids are not there. */
function pair(project: Project): [Variant, Variant] {
  const asIs = project.variants.find((v) => v.id === 'as-is') ?? project.variants[0];
  const toBe =
    project.variants.find((v) => v.id === 'to-be') ?? project.variants.find((v) => v !== asIs);
  if (!toBe) throw new UsageError(`compare needs two variants; the project has only "${asIs.id}"`);
  return [asIs, toBe];
}

function kpis(r: SimulationResult): Record<string, number> {
  const done = r.entry.succeeded + r.entry.failed;
  const utils = Object.values(r.nodes).map((n) => n.utilization);
  return {
    requests: r.entry.requests,
    succeeded: r.entry.succeeded,
    failed: r.entry.failed,
    'error rate %': done > 0 ? (100 * r.entry.failed) / done : 0,
    'latency mean ms': r.entry.latencyMs.mean,
    'latency p50 ms': r.entry.latencyMs.p50,
    'latency p95 ms': r.entry.latencyMs.p95,
    'latency p99 ms': r.entry.latencyMs.p99,
    'latency max ms': r.entry.latencyMs.max,
    'completion p99 ms': r.completion.latencyMs.p99,
    'max node utilization %': 100 * maxOf(utils, 0),
    'nodes in cascade': r.cascade.length,
  };
}

export function compareKpis(asIs: SimulationResult, toBe: SimulationResult): KpiRow[] {
  const a = kpis(asIs);
  const b = kpis(toBe);
  return Object.keys(a).map((k) => {
    const difference = b[k] - a[k];
    return {
      kpi: k,
      asIs: round(a[k]),
      toBe: round(b[k]),
      difference: round(difference),
      changePct: a[k] === 0 ? null : round((100 * difference) / a[k]),
    };
  });
}

function round(v: number): number {
  return Math.round(v * 1000) / 1000;
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
  const table = formatTable(
    ['kpi', va.id, vb.id, 'difference', 'change'],
    rows.map((r) => [
      r.kpi,
      fmt(r.asIs),
      fmt(r.toBe),
      `${r.difference > 0 ? '+' : ''}${fmt(r.difference)}`,
      r.changePct === null ? '-' : `${r.changePct > 0 ? '+' : ''}${r.changePct.toFixed(1)}%`,
    ]),
  );
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
      `cascade ${va.id}: ${cascade(asIs)}`,
      `cascade ${vb.id}: ${cascade(toBe)}`,
      ...notes,
    ].join('\n'),
  );
  return EXIT_OK;
}
