// The orchestration is tested with a small analytic model in place of the simulator: the entry
// latency is the sum of the synchronous chain's mean service times (what a request waits for at
// zero load), so each step's effect can be computed by hand. The real simulator is exercised by
// the CLI test.
import { describe, expect, test } from 'vitest';
import type { Project } from '../../../../models/types';
import { planRoadmap } from '../../../../models/roadmap/plan';
import {
  projectAtStep,
  simulateRoadmap,
  type SimulateLike,
} from '../../../../models/roadmap/simulate-roadmap';
import { suggestOrder } from '../../../../models/roadmap/suggest-order';
import { stepDependencies, brokenDependency } from '../../../../models/roadmap/dependencies';
import { RoadmapError } from '../../../../models/roadmap/roadmap-error';
import {
  latency as latencyOf,
  nodeStats,
  queueStats,
  resultOf,
} from '../../../helpers/result-builder';
import { sampleProject } from '../../../helpers/sample-project';

const constantMs = (d: unknown): number =>
  typeof d === 'object' && d && 'value' in d ? Number(d.value) : 0;

/** Zero-load latency of the synchronous chain: local work plus every call made, recursively. */
const analytic: SimulateLike = (project: Project, { variant }) => {
  const v = project.variants.find((x) => x.id === variant)!;
  const latency = (id: string): number => {
    const n = v.nodes.find((x) => x.id === id)!;
    const own = 'serviceTimeMs' in n ? constantMs(n.serviceTimeMs) : 0;
    const calls = v.edges.filter((e) => e.kind === 'call' && e.from === id);
    return own + calls.reduce((sum, e) => sum + latency(e.to), 0);
  };
  const brokers = v.nodes.filter((n) => n.kind === 'queue' || n.kind === 'topic');
  const timeouts = v.edges.filter((e) => e.kind === 'call' && e.timeoutMs !== null).length;
  return resultOf({
    entry: {
      requests: 1000,
      succeeded: 1000 - 10 * timeouts,
      failed: 10 * timeouts,
      succeededLatencyMs: latencyOf(latency('web')),
    },
    nodes: { portal: nodeStats(1000, latency('portal') / 100) },
    queues: Object.fromEntries(brokers.map((b, i) => [b.id, queueStats(i + 1)])),
  });
};

const project = sampleProject();
const plan = planRoadmap(project, 'as-is', 'to-be');

describe('simulateRoadmap', () => {
  test('one point for the as-is and one per step, each the KPIs of that intermediate system', async () => {
    const seen: number[] = [];
    const points = await simulateRoadmap(project, plan, 'peak', analytic, {
      onStep: (d) => seen.push(d),
    });
    expect(points).toHaveLength(plan.steps.length + 1);
    expect(seen).toEqual(points.map((_, i) => i + 1));
    // As-is: portal 5 + statements 40 + email 20 + audit 5 + crm 30 = 100.
    expect(points[0]).toMatchObject({
      step: 0,
      stepId: null,
      kpis: { successRate: 1, p99Ms: 100, errorRate: 0, peakUtilization: 1, peakBacklog: 1 },
    });
    // To-be: every call from the portal is gone: 5 ms of local work; one call with a timeout.
    expect(points.at(-1)!.kpis).toMatchObject({
      successRate: 0.99,
      p99Ms: 5,
      errorRate: 0.01,
      peakUtilization: 0.05,
      peakBacklog: 5,
      absent: {},
      slo: [
        { id: 'latency', met: true },
        { id: 'availability', met: false },
      ],
    });
    points.slice(1).forEach((p, i) => expect(p.stepId).toBe(plan.steps[i]!.id));
    for (const [n, p] of points.entries()) {
      const direct = await analytic(projectAtStep(project, plan, n), {
        variant: 'as-is',
        scenario: 'peak',
      });
      expect(p.kpis.p99Ms).toBe(direct.entry.succeededLatencyMs.p99);
    }
  });

  test('every system is asked for at once (a pool runs them side by side); answered in reverse, the points stay in step order', async () => {
    const waiting: { order: number; release: () => void }[] = [];
    const deferred: SimulateLike = (p, o) =>
      new Promise((resolve) => {
        waiting.push({ order: waiting.length, release: () => resolve(analytic(p, o)) });
      });
    const seen: number[] = [];
    const running = simulateRoadmap(project, plan, 'peak', deferred, {
      onStep: (done) => seen.push(done),
    });
    await new Promise((r) => setTimeout(r, 0));
    expect(waiting).toHaveLength(plan.steps.length + 1);
    for (const w of [...waiting].reverse()) w.release();
    const points = await running;
    expect(points).toEqual(await simulateRoadmap(project, plan, 'peak', analytic));
    expect(seen).toEqual(points.map((_, i) => i + 1));
  });

  test('failing systems fail the trajectory with the first failure in step order, not in time', async () => {
    let calls = 0;
    // Systems 2, 3, … fail, the later ones sooner.
    const failing: SimulateLike = (p, o) => {
      const n = calls++;
      if (n < 2) return analytic(p, o);
      return new Promise((_, reject) =>
        setTimeout(() => reject(new Error(`system ${n} failed`)), 5 * (10 - n)),
      );
    };
    await expect(simulateRoadmap(project, plan, 'peak', failing)).rejects.toThrow(
      'system 2 failed',
    );
  });

  test('an unknown scenario is a clear error', async () => {
    await expect(simulateRoadmap(project, plan, 'nope', analytic)).rejects.toThrow(RoadmapError);
    await expect(simulateRoadmap(project, plan, 'nope', analytic)).rejects.toThrow(
      'no scenario "nope" in the project (scenarios: "peak")',
    );
  });
});

describe('suggestOrder', () => {
  test('takes the step that serves the most users, then the largest p99 reduction, first, respects dependencies, keeps every step', async () => {
    const { steps, rounds } = await suggestOrder(project, plan, 'peak', analytic);
    expect(steps.map((s) => s.id).sort()).toEqual(plan.steps.map((s) => s.id).sort());
    // Statements (40 ms) is the slowest callee: decoupling it is the biggest single gain.
    expect(steps[0]!.kind).toBe('decouple-through-queue');
    expect(
      brokenDependency(
        stepDependencies(project.variants[0]!, plan.steps),
        steps.map((s) => s.id),
      ),
    ).toBeNull();
    // Each round's choice has the highest success rate among its candidates, ties broken by
    // the lower p99 of successful requests.
    for (const r of rounds) {
      const chosen = r.candidates.find((c) => c.stepId === r.chosen)!;
      for (const c of r.candidates) {
        expect(chosen.kpis.successRate >= c.kpis.successRate).toBe(true);
        if (chosen.kpis.successRate === c.kpis.successRate)
          expect(chosen.kpis.p99Ms <= c.kpis.p99Ms).toBe(true);
      }
    }
    // Removing the CRM call (30 ms) gains more than the fan-out (email 20 + audit 5 = 25 ms).
    const index = (kind: string): number => steps.findIndex((s) => s.kind === kind);
    expect(index('remove-call')).toBeLessThan(index('fan-out-through-topic'));
    // Timeouts add errors in this model and gain nothing: they come after the equal-p99 alternatives.
    expect(index('add-timeout')).toBeGreaterThan(index('fan-out-through-topic'));
  });
});
