import { allMet, evaluateSlo, type ObjectiveVerdict } from '../../../models/slo/evaluate-slo';
import type { Scenario } from '../../../models/types';
import { simulate } from '../../simulate';
import { describeCutShort } from '../../cut-short';
import { intFlag, parseArgs, timeLimitFlag } from '../args';
import { EXIT_OBJECTIVE_MISSED, EXIT_OK, UsageError, type CliIo } from '../io';
import { asUsage, loadProjectFile, pickScenario, pickVariant } from '../load-file';
import { formatVerdicts } from '../report';

const USAGE =
  'usage: spillway check FILE [--variant ID] [--scenario ID] [--seed N] [--time-limit S] [--json]';

interface Check {
  variant: string;
  scenario: string;
  seed: number;
  met: boolean;
  objectives: ObjectiveVerdict[];
  /** Why the run ended early (`--time-limit`, the engine's limits); the gate does not pass then. */
  cutShort?: string;
}

/**
 * Judges the project's objectives (`slo`) on simulated runs, for CI: exit 0 when every
 * objective holds, 3 when one is missed (2 bad input, 1 internal error, as for every command).
 * Without --variant the to-be is checked (else the first variant): the design being built;
 * without --scenario every scenario of the project, since a gate should hold under all the
 * traffic the team modelled. Each run uses the scenario's seed unless --seed is given.
 * A run cut short (by --time-limit or the engine's limits) fails the gate: objectives judged on
 * part of the scenario say nothing about the rest of it.
 */
export async function run(args: string[], io: CliIo): Promise<number> {
  const { positional, flags } = parseArgs(
    args,
    ['variant', 'scenario', 'seed', 'time-limit'],
    ['json'],
  );
  if (positional.length !== 1) throw new UsageError(USAGE);
  const project = loadProjectFile(positional[0], io.err);
  const variant = pickVariant(project, flags.variant as string | undefined, 'to-be');
  const scenarios: Scenario[] =
    flags.scenario === undefined
      ? project.scenarios
      : [pickScenario(project, flags.scenario as string)];
  if (scenarios.length === 0) throw new UsageError('the project has no scenarios to check');
  const seedFlag = intFlag(flags, 'seed', 0);
  const limit = timeLimitFlag(flags);
  const checks: Check[] = scenarios.map((scenario) => {
    const seed = seedFlag ?? scenario.seed;
    const result = asUsage(() =>
      simulate(project, { variant: variant.id, scenario: scenario.id, seed, ...limit }),
    );
    const objectives = evaluateSlo(project.slo, result);
    const cut = result.cutShort && describeCutShort(result.cutShort, scenario.durationS);
    return {
      variant: variant.id,
      scenario: scenario.id,
      seed,
      met: allMet(objectives) && !cut,
      objectives,
      ...(cut ? { cutShort: cut } : {}),
    };
  });
  const met = checks.every((c) => c.met);
  if (flags.json) {
    io.out(JSON.stringify({ met, slo: project.slo, checks }, null, 2));
  } else {
    const blocks = checks.map(
      (c) =>
        `${c.met ? 'PASS' : 'FAIL'} variant ${c.variant} · scenario ${c.scenario} · seed ${c.seed}\n` +
        (c.cutShort ? `CUT SHORT: ${c.cutShort}; the gate fails\n` : '') +
        formatVerdicts(c.objectives),
    );
    const missed = checks.filter((c) => !c.met).length;
    const cut = checks.filter((c) => c.cutShort).length;
    const summary = met
      ? `every objective holds (${checks.length} run${checks.length === 1 ? '' : 's'})`
      : `objectives missed in ${missed} of ${checks.length} run${checks.length === 1 ? '' : 's'}${cut ? ` (${cut} cut short)` : ''} (exit ${EXIT_OBJECTIVE_MISSED})`;
    io.out([...blocks, summary].join('\n\n'));
  }
  return met ? EXIT_OK : EXIT_OBJECTIVE_MISSED;
}
