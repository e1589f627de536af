import type { Project } from '../../../models/types';
import { intFlag, parseArgs, timeLimitFlag, type ParsedArgs } from '../args';
import {
  BATCH_BOOLEAN_FLAGS,
  BATCH_VALUED_FLAGS,
  batchRunFlags,
  runBatchCommand,
} from '../batch-command';
import type { BatchRequest } from '../batch-request';
import { UsageError, type CliIo } from '../io';
import { loadProjectFile, pickScenario, pickVariant } from '../load-file';

const USAGE =
  'usage: spillway sweep FILE [--variant ID] [--scenario ID] [--from X] [--to Y] [--steps N] [--replications N] [--seed N] [--tolerance F] [--time-limit S] [--workers N] [--shard I/N] [--progress] [--json]\n' +
  '       spillway sweep FILE --what-if nodes.ID.FIELD|edges.ID.FIELD --values A,B,C [--variant ID] [--scenario ID] [--replications N] [--seed N] [--time-limit S] [--workers N] [--shard I/N] [--progress] [--json]';

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

/** `4,6,8` → [4, 6, 8]; every item a finite number. */
function valuesFlag(v: unknown): number[] {
  if (typeof v !== 'string' || v.trim() === '')
    throw new UsageError('--values needs a comma-separated list of numbers, e.g. --values 2,4,8');
  const values = v.split(',').map((item) => {
    const n = Number(item.trim());
    if (item.trim() === '' || !Number.isFinite(n))
      throw new UsageError(`--values: "${item}" is not a number (in "${v}")`);
    return n;
  });
  if (values.length > 100)
    throw new UsageError(`--values takes at most 100 values, got ${values.length}`);
  return values;
}

/**
 * Sweeps the offered load of one variant under one scenario's shape (every rate times a factor)
 * and finds its breaking point: the highest load at which the project's objectives hold, by
 * bisection between the grid's last load that holds and its first that misses. Each load runs
 * the same seeds. Without --variant the as-is, without --scenario the first scenario. The runs go
 * to --workers threads (every core by default); the answer does not depend on how many.
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
      'what-if',
      'values',
      ...BATCH_VALUED_FLAGS,
    ],
    BATCH_BOOLEAN_FLAGS,
  );
  if (positional.length !== 1) throw new UsageError(USAGE);
  const batchRun = batchRunFlags(flags);
  const project = loadProjectFile(positional[0], io.err);
  return runBatchCommand(project, sweepRequest(project, flags), batchRun, io);
}

/** What the flags ask for: a load sweep, or a what-if sweep of one parameter. */
function sweepRequest(project: Project, flags: ParsedArgs['flags']): BatchRequest {
  const variant = pickVariant(project, flags.variant as string | undefined);
  const scenario = pickScenario(project, flags.scenario as string | undefined);
  if (scenario.load.length === 0)
    throw new UsageError(
      `scenario "${scenario.id}" offers no load to sweep (scenarios[${project.scenarios.indexOf(scenario)}].load is empty)`,
    );
  const replications =
    intFlag(flags, 'replications', 1) ?? Math.max(MIN_REPLICATIONS, scenario.replications);
  if (flags['what-if'] !== undefined || flags.values !== undefined) {
    for (const grid of ['from', 'to', 'steps', 'tolerance'])
      if (flags[grid] !== undefined)
        throw new UsageError(
          `--${grid} sweeps the load; a what-if sweep takes --values only\n${USAGE}`,
        );
    if (typeof flags['what-if'] !== 'string')
      throw new UsageError(`--values needs --what-if naming the parameter\n${USAGE}`);
    return {
      kind: 'what-if-sweep',
      options: {
        variant: variant.id,
        scenario: scenario.id,
        parameter: flags['what-if'],
        values: valuesFlag(flags.values),
        replications,
        seed: intFlag(flags, 'seed', 0),
        ...timeLimitFlag(flags),
      },
    };
  }
  const from = positiveFlag(flags, 'from') ?? DEFAULT_GRID.from;
  const to = positiveFlag(flags, 'to') ?? Math.max(from, DEFAULT_GRID.to);
  if (to < from) throw new UsageError(`--to (${to}) must be >= --from (${from})`);
  const steps = intFlag(flags, 'steps', 1) ?? DEFAULT_GRID.steps;
  if (steps > 100) throw new UsageError(`--steps must be at most 100, got ${steps}`);
  return {
    kind: 'load-sweep',
    options: {
      variant: variant.id,
      scenario: scenario.id,
      from,
      to,
      steps,
      replications,
      seed: intFlag(flags, 'seed', 0),
      tolerance: positiveFlag(flags, 'tolerance', 1),
      ...timeLimitFlag(flags),
    },
  };
}
