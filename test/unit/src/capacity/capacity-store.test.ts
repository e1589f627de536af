// The capacity store driven by the real sweep in-process (the function the worker wraps): both
// sweeps run side by side, arrive together and equal sweepLoad called directly, progress runs over the whole batch,
// and a cancel keeps the previous sweeps.
import { describe, expect, test } from 'vitest';
import { findExample } from '../../../../models/examples/index';
import type { Project } from '../../../../models/types';
import { sweepLoad } from '../../../../simulator/sweep/load-sweep';
import { createCapacityStore, type SweepRunner } from '../../../../src/capacity/capacity-store';
import { capacityHeadline } from '../../../../src/capacity/capacity-report';
import { RunCancelledError } from '../../../../src/simulation/worker-client';

class InProcessSweeper implements SweepRunner {
  /** Sweeps to let through before the next one is cancelled (Infinity: none cancelled). */
  cancelAfter = Infinity;
  started = 0;
  /** Sweeps started and not yet ended, and the most there were at once. */
  inFlight = 0;
  mostInFlight = 0;
  async sweep(...[project, options, onProgress]: Parameters<SweepRunner['sweep']>) {
    this.mostInFlight = Math.max(this.mostInFlight, ++this.inFlight);
    try {
      await Promise.resolve();
      if (this.started++ >= this.cancelAfter) throw new RunCancelledError();
      return sweepLoad(project, { ...options, onProgress });
    } finally {
      this.inFlight--;
    }
  }
  cancel(): void {}
}

function shortPeak(): Project {
  const project = structuredClone(findExample('client-portal')!.project);
  const s = project.scenarios.find((x) => x.id === 'quarterly-peak')!;
  s.durationS = 30;
  s.warmupS = 5;
  s.load = [{ client: 'customers', shape: { type: 'constant', rps: 100 } }];
  return project;
}

const request = {
  variants: ['as-is', 'to-be'],
  scenario: 'quarterly-peak',
  from: 1,
  to: 4,
  steps: 3,
  replications: 2,
  seed: 5,
};

describe('capacity store', () => {
  test('both sweeps, equal to sweepLoad called directly; the headline names each breaking point', async () => {
    const runner = new InProcessSweeper();
    const store = createCapacityStore(() => runner);
    const project = shortPeak();
    const seen: number[] = [];
    const unsubscribe = store.subscribe((s) => {
      if (s.progress) seen.push(s.progress.fraction);
    });
    await store.getState().start(project, request);
    unsubscribe();
    const state = store.getState();
    expect(state.status).toBe('done');
    expect(state.progress).toBeNull();
    expect(runner.mostInFlight).toBe(2); // side by side, not one after the other
    for (const v of request.variants) {
      const direct = await sweepLoad(project, { ...request, variant: v });
      expect(JSON.stringify(state.sweeps[v]!.sweep)).toBe(JSON.stringify(direct));
    }
    // One bar over the batch: never backwards, within 0..1.
    expect(seen.length).toBeGreaterThan(1);
    for (let i = 1; i < seen.length; i++) expect(seen[i]).toBeGreaterThanOrEqual(seen[i - 1]!);
    expect(Math.max(...seen)).toBeLessThanOrEqual(1);
    const headline = capacityHeadline(
      request.variants.map((v) => ({ name: v, sweep: state.sweeps[v]!.sweep })),
    );
    expect(headline).toMatch(
      /^As-is (breaks at|holds to|misses the objectives from) [\d,.]+ rps, to-be (breaks at|holds to|misses the objectives from) [\d,.]+ rps\.$/,
    );
  });

  test('a cancel half-way: status cancelled, the previous sweeps kept whole', async () => {
    const runner = new InProcessSweeper();
    const store = createCapacityStore(() => runner);
    const project = shortPeak();
    await store.getState().start(project, request);
    const before = store.getState().sweeps;
    runner.cancelAfter = runner.started + 1; // the second variant's sweep is cancelled
    await store.getState().start(project, { ...request, seed: 9 });
    const state = store.getState();
    expect(state.status).toBe('cancelled');
    expect(state.progress).toBeNull();
    expect(state.sweeps).toBe(before);
    expect(state.sweeps['as-is']!.sweep.seed).toBe(5);
  });
});
