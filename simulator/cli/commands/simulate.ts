import { replicate } from '../../replicate';
import { simulate } from '../../simulate';
import { intFlag, parseArgs, timeLimitFlag } from '../args';
import { EXIT_OK, UsageError, type CliIo } from '../io';
import { asUsage, loadProjectFile, pickScenario, pickVariant } from '../load-file';
import { formatReplications, formatResult } from '../report';

const USAGE =
  'usage: spillway simulate FILE [--variant ID] [--scenario ID] [--seed N] [--replications N] [--time-limit S] [--json]';

/**
 * Runs one variant under one scenario. `--json` prints the results contract; with replications
 * it prints the first run's result plus `replications: { n, seeds, kpis }` (means and 95 % CIs).
 */
export async function run(args: string[], io: CliIo): Promise<number> {
  const { positional, flags } = parseArgs(
    args,
    ['variant', 'scenario', 'seed', 'replications', 'time-limit'],
    ['json'],
  );
  if (positional.length !== 1) throw new UsageError(USAGE);
  const project = loadProjectFile(positional[0], io.err);
  const variant = pickVariant(project, flags.variant as string | undefined);
  const scenario = pickScenario(project, flags.scenario as string | undefined);
  const seed = intFlag(flags, 'seed', 0) ?? scenario.seed;
  const replications = intFlag(flags, 'replications', 1) ?? scenario.replications;
  const options = { variant: variant.id, scenario: scenario.id, seed, ...timeLimitFlag(flags) };
  if (replications <= 1) {
    const result = asUsage(() => simulate(project, options));
    io.out(flags.json ? JSON.stringify(result, null, 2) : formatResult(result, project.slo));
    return EXIT_OK;
  }
  const rep = asUsage(() => replicate(project, options, replications));
  if (flags.json) {
    const replicationsBlock = {
      n: rep.runs.length,
      seeds: rep.runs.map((r) => r.seed),
      kpis: rep.kpis,
    };
    io.out(JSON.stringify({ ...rep.runs[0], replications: replicationsBlock }, null, 2));
  } else {
    io.out(`${formatResult(rep.runs[0], project.slo)}\n\n${formatReplications(rep)}`);
  }
  return EXIT_OK;
}
