import { roadmapHtml } from '../../../models/roadmap/export-html';
import { roadmapJson } from '../../../models/roadmap/export-json';
import { roadmapMarkdown } from '../../../models/roadmap/export-markdown';
import { planRoadmap } from '../../../models/roadmap/plan';
import { RoadmapError } from '../../../models/roadmap/roadmap-error';
import type { RoadmapExportInput } from '../../../models/roadmap/roadmap-document';
import { simulateRoadmap } from '../../../models/roadmap/simulate-roadmap';
import type { Project } from '../../../models/types';
import { simulate } from '../../simulate';
import { describeCutShort } from '../../cut-short';
import { intFlag, parseArgs, timeLimitFlag } from '../args';
import { EXIT_OK, UsageError, type CliIo } from '../io';
import { asUsage, loadProjectFile, pickScenario } from '../load-file';

const USAGE =
  'usage: spillway roadmap FILE [--format md|html|json] [--from ID] [--to ID] [--scenario ID] [--seed N] [--time-limit S]';
const FORMATS = { md: roadmapMarkdown, html: roadmapHtml, json: roadmapJson } as const;

/** The roadmap's variants: the flags, else the saved roadmap's, else as-is → to-be, else the first two. */
function endpoints(
  project: Project,
  from: string | undefined,
  to: string | undefined,
): [string, string] {
  const ids = project.variants.map((v) => v.id);
  const f = from ?? project.roadmap?.from ?? (ids.includes('as-is') ? 'as-is' : ids[0]!);
  const t =
    to ?? project.roadmap?.to ?? (ids.includes('to-be') ? 'to-be' : ids.find((id) => id !== f));
  if (t === undefined)
    throw new UsageError(`a roadmap needs two variants; the project has only "${f}"`);
  return [f, t];
}

const runName = (n: number): string =>
  n === 0 ? 'the run of the as-is' : `the run after step ${n}`;

/**
 * Plans the roadmap, simulates the scenario on the as-is and after every step (same seed for
 * all), and prints the roadmap. Without scenarios it has no KPIs.
 */
export async function run(args: string[], io: CliIo): Promise<number> {
  const { positional, flags } = parseArgs(
    args,
    ['format', 'from', 'to', 'scenario', 'seed', 'time-limit'],
    [],
  );
  if (positional.length !== 1) throw new UsageError(USAGE);
  const format = (flags.format ?? 'md') as string;
  if (!(format in FORMATS))
    throw new UsageError(`--format must be md, html or json, got "${format}"`);
  const seed = intFlag(flags, 'seed', 0);
  const project = loadProjectFile(positional[0]!);
  const [from, to] = endpoints(
    project,
    flags.from as string | undefined,
    flags.to as string | undefined,
  );
  try {
    const plan = planRoadmap(project, from, to);
    const input: RoadmapExportInput = { project, plan };
    if (project.scenarios.length > 0 || flags.scenario !== undefined) {
      const scenario = pickScenario(project, flags.scenario as string | undefined);
      const limit = timeLimitFlag(flags);
      let points = 0;
      const trajectory = await simulateRoadmap(
        project,
        plan,
        scenario.id,
        (p, o) => {
          const result = asUsage(() => simulate(p, { ...o, ...limit }));
          // A step's figures from a run cut short are partial: say so next to the roadmap.
          if (result.cutShort)
            io.err(`warning: ${runName(points)}: ${describeCutShort(result.cutShort)}`);
          points++;
          return result;
        },
        { seed },
      );
      input.kpis = trajectory.map((p) => p.kpis);
      input.scenario = { id: scenario.id, seed: seed ?? scenario.seed };
    }
    io.out(FORMATS[format as keyof typeof FORMATS](input));
  } catch (e) {
    if (e instanceof RoadmapError) throw new UsageError(e.message);
    throw e;
  }
  return EXIT_OK;
}
