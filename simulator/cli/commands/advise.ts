import { busiestScenario } from '../../../models/busiest-scenario';
import { intFlag, parseArgs, timeLimitFlag } from '../args';
import {
  BATCH_BOOLEAN_FLAGS,
  BATCH_VALUED_FLAGS,
  batchRunFlags,
  runBatchCommand,
} from '../batch-command';
import { UsageError, type CliIo } from '../io';
import { loadProjectFile, pickScenario, pickVariant } from '../load-file';

const USAGE =
  'usage: spillway advise FILE [--variant ID] [--scenario ID] [--replications N] [--seed N] [--max-steps N] [--time-limit S] [--workers N] [--shard I/N] [--progress] [--write OUT] [--json]';

const DEFAULT_MAX_STEPS = 5;

/**
 * Tries every transformation that applies to a variant (the as-is by default) under a scenario
 * (the busiest by default), ranks them by how close each brings the project's objectives, and
 * searches greedily for the shortest plan that meets them. --write saves the project with the
 * plan's design added as a variant and the roadmap going to it. The runs go to --workers threads
 * (every core by default); the advice does not depend on how many.
 */
export async function run(args: string[], io: CliIo): Promise<number> {
  const { positional, flags } = parseArgs(
    args,
    [
      'variant',
      'scenario',
      'replications',
      'seed',
      'max-steps',
      'time-limit',
      'write',
      ...BATCH_VALUED_FLAGS,
    ],
    BATCH_BOOLEAN_FLAGS,
  );
  if (positional.length !== 1) throw new UsageError(USAGE);
  const batchRun = batchRunFlags(flags);
  const project = loadProjectFile(positional[0], io.err);
  const variant = pickVariant(project, flags.variant as string | undefined);
  const scenario =
    flags.scenario === undefined
      ? (busiestScenario(project) ?? pickScenario(project, undefined))
      : pickScenario(project, flags.scenario as string);
  const maxSteps = intFlag(flags, 'max-steps', 0) ?? DEFAULT_MAX_STEPS;
  if (maxSteps > 50) throw new UsageError(`--max-steps must be at most 50, got ${maxSteps}`);
  const request = {
    kind: 'advise' as const,
    options: {
      variant: variant.id,
      scenario: scenario.id,
      replications: intFlag(flags, 'replications', 1) ?? Math.max(1, scenario.replications),
      seed: intFlag(flags, 'seed', 0),
      maxSteps,
      ...timeLimitFlag(flags),
    },
  };
  return runBatchCommand(project, request, batchRun, io);
}
