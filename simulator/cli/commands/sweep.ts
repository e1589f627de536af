import { formatMs, formatPercent, formatRps, trimmed } from '../../../models/figures/format-value';
import { objectiveTexts } from '../../../models/slo/evaluate-slo';
import { breakingDetail, breakingHeadline } from '../../sweep/breaking-point-text';
import { sweepLoad, type LoadPoint, type LoadSweep } from '../../sweep/load-sweep';
import { intFlag, parseArgs, timeLimitFlag, type ParsedArgs } from '../args';
import { UsageError, type CliIo } from '../io';
import { asUsage, loadProjectFile, pickScenario, pickVariant } from '../load-file';
import { formatTable } from '../table';

const USAGE =
  'usage: spillway sweep FILE [--variant ID] [--scenario ID] [--from X] [--to Y] [--steps N] [--replications N] [--seed N] [--tolerance F] [--time-limit S] [--json]';

/** The grid when none is given: half the scenario's load to three times it. */
const DEFAULT_GRID = { from: 0.5, to: 3, steps: 6 };
/** Replications per load when the scenario asks for fewer: enough for a confidence. */
const MIN_REPLICATIONS = 3;

function positiveFlag(
  flags: ParsedArgs['flags'],
  name: string,
  max = Infinity,
): number | undefined {
  const v = flags[name];
  if (v === undefined) return undefined;
  const n = Number(v);
  if (typeof v !== 'string' || !Number.isFinite(n) || n <= 0 || n > max)
    throw new UsageError(
      `--${name} must be a number > 0${max < Infinity ? ` and <= ${max}` : ''}, got "${String(v)}"`,
    );
  return n;
}

const estimateText = (e: LoadPoint['goodputRps'], format: (v: number) => string): string =>
  e === null ? '—' : format(e.mean);

function verdictText(p: LoadPoint): string {
  const word = p.cutShort > 0 ? `missed (${p.cutShort} cut short)` : p.holds ? 'hold' : 'missed';
  return p.confidence === null ? word : `${word}, ${formatPercent(p.confidence)}`;
}

function formatSweep(s: LoadSweep): string {
  const rows = s.points.map((p) => [
    `×${trimmed(p.factor, 4)}${p.phase === 'bisection' ? ' (bisection)' : ''}`,
    formatRps(p.offeredRps),
    formatRps(p.arrivalsRps.mean),
    estimateText(p.goodputRps, formatRps),
    estimateText(p.p99Ms, formatMs),
    estimateText(p.errorRate, formatPercent),
    verdictText(p),
  ]);
  return [
    `Load sweep · variant ${s.variant} · scenario ${s.scenario} (peak ${formatRps(s.baseOfferedRps)} at ×1) · ${s.replications} replications per load, seeds ${s.seed}–${s.seed + s.replications - 1}`,
    `Objectives: ${objectiveTexts(s.slo).join('; ')}`,
    '',
    formatTable(
      [
        'load',
        'offered (peak)',
        'arrivals',
        'goodput',
        'p99 of successful',
        'error rate',
        'objectives (confidence)',
      ],
      rows,
    ),
    '',
    `Breaking point: ${s.variant} ${breakingHeadline(s.breakingPoint)}.`,
    breakingDetail(s.breakingPoint, s.replications),
  ].join('\n');
}

/**
 * Sweeps the offered load of one variant under one scenario's shape (every rate times a factor)
 * and finds its breaking point: the highest load at which the project's objectives hold, by
 * bisection between the grid's last load that holds and its first that misses. Each load runs
 * the same seeds. Without --variant the as-is, without --scenario the first scenario.
 */
export async function run(args: string[], io: CliIo): Promise<number> {
  const { positional, flags } = parseArgs(
    args,
    [
      'variant',
      'scenario',
      'from',
      'to',
      'steps',
      'replications',
      'seed',
      'tolerance',
      'time-limit',
    ],
    ['json'],
  );
  if (positional.length !== 1) throw new UsageError(USAGE);
  const project = loadProjectFile(positional[0], io.err);
  const variant = pickVariant(project, flags.variant as string | undefined);
  const scenario = pickScenario(project, flags.scenario as string | undefined);
  if (scenario.load.length === 0)
    throw new UsageError(
      `scenario "${scenario.id}" offers no load to sweep (scenarios[${project.scenarios.indexOf(scenario)}].load is empty)`,
    );
  const from = positiveFlag(flags, 'from') ?? DEFAULT_GRID.from;
  const to = positiveFlag(flags, 'to') ?? Math.max(from, DEFAULT_GRID.to);
  if (to < from) throw new UsageError(`--to (${to}) must be >= --from (${from})`);
  const steps = intFlag(flags, 'steps', 1) ?? DEFAULT_GRID.steps;
  if (steps > 100) throw new UsageError(`--steps must be at most 100, got ${steps}`);
  const replications =
    intFlag(flags, 'replications', 1) ?? Math.max(MIN_REPLICATIONS, scenario.replications);
  const tolerance = positiveFlag(flags, 'tolerance', 1);
  const sweep = asUsage(() =>
    sweepLoad(project, {
      variant: variant.id,
      scenario: scenario.id,
      from,
      to,
      steps,
      replications,
      seed: intFlag(flags, 'seed', 0),
      tolerance,
      ...timeLimitFlag(flags),
    }),
  );
  io.out(flags.json ? JSON.stringify(sweep, null, 2) : formatSweep(sweep));
  return 0;
}
