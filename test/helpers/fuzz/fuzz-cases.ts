// What one fuzz case is: files to write and the commands to run on them. Cases are drawn by
// fast-check from a seed, so `npm run fuzz -- --seed S --case N` replays any one of them.
import fc from 'fast-check';
import { EXAMPLES } from '../../../models/examples';
import { planRoadmap } from '../../../models/roadmap/plan';
import { serializeProject } from '../../../models/serialize';
import type { Project } from '../../../models/types';
import { validProjectInput } from '../project-arbitrary';
import { EXTREME_NUMBERS, HOSTILE_STRINGS } from './hostile';
import { mutateDocument, mutationArb, type Json } from './json-mutation';
import { traceDocumentArb } from './trace-arbitrary';

export type CaseKind = 'example' | 'generated' | 'scenario' | 'roadmap' | 'hostile' | 'trace';

export interface FuzzCase {
  kind: CaseKind;
  label: string;
  /** The file under test: a project, or a trace document for `trace` cases. */
  text: string;
}

/** The examples with short scenarios (a fuzz case must run in a moment) and, for `roadmap`, their planned steps saved as recorded. */
function seedProject(project: Project, withSteps: boolean): Json {
  const p = structuredClone(project);
  for (const s of p.scenarios) {
    // Each roadmap step is a run of its own: those cases get the shortest scenarios.
    s.durationS = Math.min(s.durationS, withSteps ? 3 : 30);
    s.warmupS = Math.min(s.warmupS, withSteps ? 0 : 5);
    s.replications = 1;
  }
  if (withSteps && p.variants.length >= 2) {
    const plan = planRoadmap(p, p.variants[0]!.id, p.variants[1]!.id);
    p.roadmap = {
      from: plan.from,
      to: plan.to,
      steps: plan.steps.map((s) => ({ ...s, recorded: true })),
    };
  }
  return JSON.parse(serializeProject(p)) as Json;
}

const EXAMPLE_SEEDS: Json[] = EXAMPLES.map((e) => seedProject(e.project, false));
const ROADMAP_SEEDS: Json[] = EXAMPLES.map((e) => seedProject(e.project, true));

const ROADMAP_MARK = '\u0002roadmap';

const mutations = fc.array(mutationArb, { minLength: 1, maxLength: 3 });

const exampleCase = fc
  .tuple(fc.nat(EXAMPLE_SEEDS.length - 1), mutations)
  .map(([i, ms]): FuzzCase => {
    const { text, label } = mutateDocument(EXAMPLE_SEEDS[i]!, ms);
    return { kind: 'example', label: `example ${i}: ${label}`, text };
  });

const roadmapCase = fc
  .tuple(fc.nat(ROADMAP_SEEDS.length - 1), mutations)
  .map(([i, ms]): FuzzCase => {
    // Aim the damage at the recorded steps: mutate only the roadmap, then put it back.
    const seed = ROADMAP_SEEDS[i] as { roadmap: Json };
    const { text, label } = mutateDocument(seed.roadmap, ms);
    // Spliced in as text: the damaged roadmap may be nested deeper than JSON.stringify can write.
    const whole = JSON.stringify({ ...(seed as object), roadmap: ROADMAP_MARK }).replace(
      JSON.stringify(ROADMAP_MARK),
      () => text,
    );
    return { kind: 'roadmap', label: `roadmap ${i}: ${label}`, text: whole };
  });

const generatedCase = fc
  .tuple(validProjectInput, fc.option(mutations, { nil: undefined }))
  .map(([doc, ms]): FuzzCase => {
    if (!ms) return { kind: 'generated', label: 'generated', text: JSON.stringify(doc) };
    const { text, label } = mutateDocument(doc as Json, ms);
    return { kind: 'generated', label: `generated: ${label}`, text };
  });

/** Load shapes and scenario sizes at and beyond the limits. */
const rate = fc.oneof(fc.integer({ min: 0, max: 200 }), fc.constantFrom(...EXTREME_NUMBERS));
const seconds = fc.oneof(fc.integer({ min: 0, max: 60 }), fc.constantFrom(...EXTREME_NUMBERS));
const shapeArb: fc.Arbitrary<Json> = fc.oneof(
  rate.map((rps) => ({ type: 'constant', rps })),
  fc.tuple(rate, rate).map(([fromRps, toRps]) => ({ type: 'ramp', fromRps, toRps })),
  fc
    .tuple(rate, rate, seconds, seconds, seconds)
    .map(([baseRps, peakRps, startS, rampS, holdS]) => ({
      type: 'spike',
      baseRps,
      peakRps,
      startS,
      rampS,
      holdS,
    })),
  fc
    .array(fc.tuple(seconds, rate), { minLength: 1, maxLength: 6 })
    .map((points) => ({ type: 'steps', points: [...points].sort((a, b) => a[0] - b[0]) })),
  fc.array(rate, { minLength: 1, maxLength: 20 }).map((rps) => ({ type: 'trace', rps })),
);

const scenarioCase = fc
  .tuple(
    fc.nat(EXAMPLE_SEEDS.length - 1),
    shapeArb,
    seconds,
    fc.option(seconds, { nil: undefined }),
  )
  .map(([i, shape, durationS, warmupS]): FuzzCase => {
    const doc = structuredClone(EXAMPLE_SEEDS[i]) as {
      scenarios: { load: { shape: Json }[]; durationS: Json; warmupS?: Json }[];
    };
    const s = doc.scenarios[0]!;
    s.load[0]!.shape = shape;
    s.durationS = durationS;
    if (warmupS !== undefined) s.warmupS = warmupS;
    return {
      kind: 'scenario',
      label: `scenario ${i}: ${JSON.stringify(shape)} for ${durationS} s`,
      text: JSON.stringify(doc),
    };
  });

/** Every free-text field of an example (names, descriptions, titles, owners, labels, messages) made hostile. */
const hostileCase = fc
  .tuple(fc.nat(ROADMAP_SEEDS.length - 1), fc.nat())
  .map(([i, pick]): FuzzCase => {
    const doc = structuredClone(ROADMAP_SEEDS[i]!);
    let n = pick;
    const next = (): string => HOSTILE_STRINGS[n++ % HOSTILE_STRINGS.length]!;
    const stack: Json[] = [doc];
    while (stack.length > 0) {
      const v = stack.pop()!;
      if (Array.isArray(v)) stack.push(...v);
      else if (v !== null && typeof v === 'object')
        for (const [k, child] of Object.entries(v)) {
          if (typeof child === 'string' && FREE_TEXT.has(k)) v[k] = next();
          else stack.push(child);
        }
    }
    return {
      kind: 'hostile',
      label: `hostile ${i} from ${pick % HOSTILE_STRINGS.length}`,
      text: JSON.stringify(doc),
    };
  });
const FREE_TEXT = new Set([
  'name',
  'description',
  'title',
  'rationale',
  'owner',
  'label',
  'message',
]);

const traceCase = traceDocumentArb.map(({ text, label }): FuzzCase => ({
  kind: 'trace',
  label,
  text,
}));

/** The mix of a campaign: mostly damaged files, some valid ones, some hostile text, some traces. */
export const fuzzCaseArb: fc.Arbitrary<FuzzCase> = fc.oneof(
  { arbitrary: exampleCase, weight: 4 },
  { arbitrary: generatedCase, weight: 2 },
  { arbitrary: scenarioCase, weight: 2 },
  { arbitrary: roadmapCase, weight: 2 },
  { arbitrary: hostileCase, weight: 1 },
  { arbitrary: traceCase, weight: 3 },
);

/** Case `index` of the campaign with `seed`: the same pair always gives the same case. */
export function caseAt(seed: number, index: number): FuzzCase {
  return fc.sample(fuzzCaseArb, { seed: (seed * 1_000_003 + index) | 0, numRuns: 1 })[0]!;
}
