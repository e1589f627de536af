// Tests (mostly in the browser) that check words, layout, safety or equality rather than figures
// run the examples' scenarios shortened: the same shapes and faults on a timeline scaled down, so
// that each run (and a roadmap's run per step) costs a fraction of the full one.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { LoadShape, Project, Scenario } from '../../models/types';

function shortenShape(shape: LoadShape, factor: number): LoadShape {
  switch (shape.type) {
    case 'spike':
      return {
        ...shape,
        startS: shape.startS * factor,
        rampS: shape.rampS * factor,
        holdS: shape.holdS * factor,
      };
    case 'steps':
      return { ...shape, points: shape.points.map(([t, rps]) => [t * factor, rps]) };
    case 'trace': {
      const every = Math.max(1, Math.round(1 / factor));
      return { ...shape, rps: shape.rps.filter((_, i) => i % every === 0) };
    }
    default:
      return shape;
  }
}

/** The scenario on a timeline `factor` times as long (0.1: a tenth). */
export function shortenScenario(scenario: Scenario, factor: number): Scenario {
  return {
    ...scenario,
    durationS: scenario.durationS * factor,
    warmupS: scenario.warmupS * factor,
    load: scenario.load.map((l) => ({ ...l, shape: shortenShape(l.shape, factor) })),
    faults: scenario.faults.map((f) => ({
      ...f,
      startS: f.startS * factor,
      endS: f.endS * factor,
    })),
  };
}

/** The project with every scenario shortened by `factor`. */
export function withShortScenarios(project: Project, factor = 0.1): Project {
  return { ...project, scenarios: project.scenarios.map((s) => shortenScenario(s, factor)) };
}

/** A copy of the project file with its scenarios shortened, in a fresh temporary folder. */
export function shortenedFile(file: string, factor = 0.1): string {
  const project = JSON.parse(readFileSync(file, 'utf8')) as Project;
  const dir = mkdtempSync(join(tmpdir(), 'spillway-short-'));
  const out = join(dir, basename(file));
  writeFileSync(out, JSON.stringify(withShortScenarios(project, factor), null, 2));
  return out;
}
