import type { Project, RoadmapStep, Scenario, Variant } from '../types';
import { applyChanges } from '../changes';
import type { CapacityReport } from './capacity-report';
import { describeChange } from './describe-change';
import { findVariant, type RoadmapPlan } from './plan';
import { RoadmapError } from './roadmap-error';
import type { StepKpis } from './step-kpis';
import { kpiColumnsFor, type KpiColumn } from './format-kpi';

/** What the trajectory's figures count, said under every trajectory table. */
export const TRAJECTORY_NOTE =
  'Success and error rates are shares of the user requests after the warm-up (the rest were still unanswered at the end); latency is that of the successful requests.';

/** What every export takes: the project, the plan, and optionally the simulated trajectory. */
export interface RoadmapExportInput {
  project: Project;
  plan: RoadmapPlan;
  /** KPIs of the as-is (index 0) and after each step (index i): steps + 1 entries. */
  kpis?: readonly StepKpis[];
  /** The scenario and seed the KPIs come from. */
  scenario?: { id: string; seed?: number };
  /** The capacity sweep of the two variants (the HTML report and the slides draw it). */
  capacity?: CapacityReport;
}

/** Everything the Markdown, HTML and JSON exports print, computed once. */
export interface RoadmapDocument {
  title: string;
  project: Project;
  from: Variant;
  to: Variant;
  scenario: Scenario | null;
  seed: number | null;
  baseline: StepKpis | null;
  /** The KPI columns of every table, card and effect: the hottest partition's with partitions. */
  columns: readonly KpiColumn[];
  steps: {
    index: number;
    step: RoadmapStep;
    changes: string[];
    before: Variant;
    after: Variant;
    kpis: StepKpis | null;
  }[];
  dropped: RoadmapPlan['dropped'];
}

export function roadmapDocument(input: RoadmapExportInput): RoadmapDocument {
  const { project, plan, kpis } = input;
  if (kpis && kpis.length !== plan.steps.length + 1) {
    throw new RoadmapError(
      `expected ${plan.steps.length + 1} KPI entries (as-is and one per step), got ${kpis.length}`,
    );
  }
  const from = findVariant(project, plan.from);
  const to = findVariant(project, plan.to);
  let scenario: Scenario | null = null;
  if (input.scenario) {
    scenario = project.scenarios.find((s) => s.id === input.scenario!.id) ?? null;
    if (!scenario) throw new RoadmapError(`no scenario "${input.scenario.id}" in the project`);
  }
  let current = from;
  const steps = plan.steps.map((step, i) => {
    const before = current;
    const changes: string[] = [];
    for (const c of step.changes) {
      const next = applyChanges(current, [c]);
      changes.push(describeChange(c, current, next));
      current = next;
    }
    return { index: i + 1, step, changes, before, after: current, kpis: kpis?.[i + 1] ?? null };
  });
  return {
    title: `Migration roadmap: ${project.name}`,
    project,
    from,
    to,
    scenario,
    seed: scenario ? (input.scenario?.seed ?? scenario.seed) : null,
    baseline: kpis?.[0] ?? null,
    columns: kpiColumnsFor(kpis ?? []),
    steps,
    dropped: plan.dropped,
  };
}

export const KIND_LABELS: Record<RoadmapStep['kind'], string> = {
  'decouple-through-queue': 'Decouple through a queue',
  'fan-out-through-topic': 'Fan out through a topic',
  'add-dead-letter-queue': 'Dead-letter queue',
  'make-consumer-idempotent': 'Idempotent consumer',
  'add-timeout': 'Timeout',
  'add-retries': 'Retries',
  'add-circuit-breaker': 'Circuit breaker',
  'remove-call': 'Remove a call',
  'add-node': 'New component',
  'change-node': 'Reconfigure component',
  'remove-node': 'Retire component',
  'add-edge': 'New connection',
  'change-edge': 'Reconfigure connection',
  'remove-edge': 'Remove a connection',
  'add-fallback': 'Fallback',
  'compensate-on-failure': 'Compensation',
  'rate-limit-callers': 'Rate limit',
  'put-cache-in-front': 'Cache',
  'orchestrate-through-command-queues': 'Orchestration',
  'autoscale-consumers': 'Autoscaling',
  'add-time-to-live': 'Time-to-live',
  'partition-by-key': 'Partitions',
};
