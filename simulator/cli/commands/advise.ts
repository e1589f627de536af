import { writeFileSync } from 'node:fs';
import { busiestScenario } from '../../../models/busiest-scenario';
import { serializeProject } from '../../../models/serialize';
import { advise } from '../../advisor/advise';
import { appliedAdviceText, applyAdvice } from '../../advisor/apply-advice';
import { adviceText } from '../advice-text';
import { intFlag, parseArgs, timeLimitFlag } from '../args';
import { UsageError, type CliIo } from '../io';
import { asUsageAsync, loadProjectFile, pickScenario, pickVariant } from '../load-file';

const USAGE =
  'usage: spillway advise FILE [--variant ID] [--scenario ID] [--replications N] [--seed N] [--max-steps N] [--time-limit S] [--write OUT] [--json]';

const DEFAULT_MAX_STEPS = 5;

/**
 * Tries every transformation that applies to a variant (the as-is by default) under a scenario
 * (the busiest by default), ranks them by how close each brings the project's objectives, and
 * searches greedily for the shortest plan that meets them. --write saves the project with the
 * plan's design added as a variant and the roadmap going to it.
 */
export async function run(args: string[], io: CliIo): Promise<number> {
  const { positional, flags } = parseArgs(
    args,
    ['variant', 'scenario', 'replications', 'seed', 'max-steps', 'time-limit', 'write'],
    ['json'],
  );
  if (positional.length !== 1) throw new UsageError(USAGE);
  const project = loadProjectFile(positional[0], io.err);
  const variant = pickVariant(project, flags.variant as string | undefined);
  const scenario =
    flags.scenario === undefined
      ? (busiestScenario(project) ?? pickScenario(project, undefined))
      : pickScenario(project, flags.scenario as string);
  const maxSteps = intFlag(flags, 'max-steps', 0) ?? DEFAULT_MAX_STEPS;
  if (maxSteps > 50) throw new UsageError(`--max-steps must be at most 50, got ${maxSteps}`);
  const advice = await asUsageAsync(() =>
    advise(project, {
      variant: variant.id,
      scenario: scenario.id,
      replications: intFlag(flags, 'replications', 1) ?? Math.max(1, scenario.replications),
      seed: intFlag(flags, 'seed', 0),
      maxSteps,
      ...timeLimitFlag(flags),
    }),
  );
  if (typeof flags.write === 'string') {
    const added = applyAdvice(project, advice);
    writeFileSync(flags.write, serializeProject(added.project));
    io.err(`Wrote ${flags.write}: ${appliedAdviceText(added, variant.id)}.`);
  }
  if (flags.json) {
    const { advised: _advised, ...rest } = advice;
    io.out(JSON.stringify(rest, null, 2));
  } else io.out(adviceText(advice));
  return 0;
}
