// The runs store driven by the real engine in-process (the same functions the worker wraps):
// results are kept per variant and scenario, progress ends, stale detection follows edits, and a
// cancel rejects the run and leaves earlier results alone.
import { describe, expect, test } from 'vitest';
import { findExample } from '../../../../models/examples/index';
import type { Project } from '../../../../models/types';
import { replicate } from '../../../../simulator/replicate';
import { simulate } from '../../../../simulator/simulate';
import { isStale, runKey, createRunsStore } from '../../../../src/simulation/runs-store';
import { RunCancelledError, type SimulationRunner } from '../../../../src/simulation/worker-client';

/** Runs the engine on this thread; cancel asks the engine to stop at its next progress call. */
class InProcessRunner implements SimulationRunner {
  private cancelled = false;
  progressCalls = 0;
  /** The options of every run asked for, in the order asked. */
  asked: Parameters<SimulationRunner['run']>[1][] = [];
  /** Runs asked for and not answered yet, and the most there were at once. */
  open = 0;
  mostOpen = 0;
  async run(...[project, options, onProgress]: Parameters<SimulationRunner['run']>) {
    this.cancelled = false;
    this.asked.push(options);
    this.mostOpen = Math.max(this.mostOpen, ++this.open);
    const opts = {
      ...options,
      progressEveryMs: 0,
      onProgress: (p: { simulatedS: number; durationS: number; events: number }) => {
        this.progressCalls++;
        onProgress({ ...p, replication: 0 });
        return this.cancelled;
      },
    };
    await Promise.resolve();
    this.open--;
    // The store splits replications into runs of their own (one per worker of the pool).
    if ((options.replications ?? 1) > 1) throw new Error('the store asked for replications');
    const result = simulate(project, opts);
    if (result.cutShort?.reason === 'cancelled') throw new RunCancelledError();
    return { result, replicated: null };
  }
  cancel(): void {
    this.cancelled = true;
  }
}

function shortPeak(): Project {
  const project = structuredClone(findExample('client-portal')!.project);
  const s = project.scenarios.find((x) => x.id === 'quarterly-peak')!;
  s.durationS = 60;
  s.warmupS = 5;
  s.load = [{ client: 'customers', shape: { type: 'constant', rps: 40 } }];
  return project;
}

describe('runs store', () => {
  test('both variants: one result each, equal to the engine called directly, progress cleared at the end', async () => {
    const runner = new InProcessRunner();
    const store = createRunsStore(() => runner);
    const project = shortPeak();
    await store.getState().start(project, {
      variants: ['as-is', 'to-be'],
      scenario: 'quarterly-peak',
      seed: 3,
      replications: 1,
    });
    const s = store.getState();
    expect(s.status).toBe('done');
    expect(s.progress).toBeNull();
    expect(runner.progressCalls).toBeGreaterThan(0);
    const asIs = s.results[runKey('as-is', 'quarterly-peak')]!;
    const direct = simulate(project, { variant: 'as-is', scenario: 'quarterly-peak', seed: 3 });
    expect({ ...asIs.result, wallMs: 0 }).toEqual({ ...direct, wallMs: 0 });
    expect(s.results[runKey('to-be', 'quarterly-peak')]!.result.variant).toBe('to-be');
    expect(isStale(asIs, project)).toBe(false);
  });

  test('replications: every run asked for at once, one per seed; the summary equals replicate() in one worker', async () => {
    const runner = new InProcessRunner();
    const store = createRunsStore(() => runner);
    const project = shortPeak();
    await store.getState().start(project, {
      variants: ['as-is', 'to-be'],
      scenario: 'quarterly-peak',
      seed: 11,
      replications: 3,
    });
    expect(store.getState().status).toBe('done');
    // Six runs, all asked for before the first answer: a pool runs them side by side.
    expect(runner.asked.map((o) => [o.variant, o.seed])).toEqual([
      ['as-is', 11],
      ['as-is', 12],
      ['as-is', 13],
      ['to-be', 11],
      ['to-be', 12],
      ['to-be', 13],
    ]);
    expect(runner.mostOpen).toBe(6);
    for (const variant of ['as-is', 'to-be']) {
      const record = store.getState().results[runKey(variant, 'quarterly-peak')]!;
      const serial = replicate(project, { variant, scenario: 'quarterly-peak', seed: 11 }, 3);
      const noWall = (r: { wallMs: number }) => ({ ...r, wallMs: 0 });
      expect(record.replicated!.kpis).toEqual(serial.kpis);
      expect(record.replicated!.runs.map(noWall)).toEqual(serial.runs.map(noWall));
      expect(noWall(record.result)).toEqual(noWall(serial.runs[0]!));
    }
  });

  test('an edit of the variant makes its result stale; moving a node does not', async () => {
    const store = createRunsStore(() => new InProcessRunner());
    const project = shortPeak();
    await store.getState().start(project, {
      variants: ['as-is'],
      scenario: 'quarterly-peak',
      seed: 1,
      replications: 1,
    });
    const record = store.getState().results[runKey('as-is', 'quarterly-peak')]!;
    const moved = structuredClone(project);
    moved.variants[0]!.nodes[1]!.position = { x: 999, y: 999 };
    expect(isStale(record, moved)).toBe(false);
    const edited = structuredClone(project);
    const portal = edited.variants[0]!.nodes.find((n) => n.id === 'portal') as { replicas: number };
    portal.replicas += 1;
    expect(isStale(record, edited)).toBe(true);
  });

  test('cancel: the run ends as cancelled and the earlier results stay', async () => {
    const runner = new InProcessRunner();
    const store = createRunsStore(() => runner);
    const project = shortPeak();
    await store.getState().start(project, {
      variants: ['as-is'],
      scenario: 'quarterly-peak',
      seed: 1,
      replications: 1,
    });
    const before = store.getState().results;
    const running = store.getState().start(project, {
      variants: ['to-be'],
      scenario: 'quarterly-peak',
      seed: 2,
      replications: 1,
    });
    expect(store.getState().status).toBe('running');
    store.getState().cancel();
    await running;
    expect(store.getState().status).toBe('cancelled');
    expect(store.getState().results).toEqual(before);
  });
});
