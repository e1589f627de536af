// The advisor panel's store and "Apply plan", driven by advise() in-process (the function the Web
// Worker exposes: test/unit/simulator/worker.test.ts): the advice equals advise() called
// directly, progress never goes backwards, a cancel keeps the previous advice and leaves the
// project alone, and applying the plan is one undoable edit that --write would have made.
import { beforeEach, describe, expect, test } from 'vitest';
import { serializeProject } from '../../../../models/serialize';
import type { Project } from '../../../../models/types';
import { advise } from '../../../../simulator/advisor/advise';
import { applyAdvice } from '../../../../simulator/advisor/apply-advice';
import { createAdvisorStore, type AdviceRunner } from '../../../../src/advisor/advisor-store';
import { applyPlan } from '../../../../src/advisor/apply-plan';
import { RunCancelledError } from '../../../../src/simulation/worker-client';
import { canUndo, getProject, undo, useProjectStore } from '../../../../src/store/project-store';
import { useUiStore } from '../../../../src/store/ui-store';
import { call, client, constantLoad, project, service } from '../../../helpers/build-project';

/** front → slow; slow serves 40/s of the 60/s offered, so the objectives are missed as it is. */
function slowBackend(): Project {
  const p = project(
    [
      client(),
      service('front', {
        name: 'Front',
        concurrency: 64,
        serviceTimeMs: { type: 'constant', value: 5 },
      }),
      service('slow', {
        name: 'Slow',
        concurrency: 4,
        serviceTimeMs: { type: 'constant', value: 100 },
      }),
    ],
    [call('c', 'front'), call('front', 'slow')],
    { durationS: 40, warmupS: 5, seed: 3, load: constantLoad(60) },
  );
  p.slo = {
    latencyPercentile: 99,
    latencyTargetMs: 500,
    availability: 0.99,
    maxMessageAgeMs: null,
  };
  return p;
}

class InProcessAdvisor implements AdviceRunner {
  cancelNext = false;
  async advise(...[p, options, onProgress]: Parameters<AdviceRunner['advise']>) {
    await Promise.resolve();
    if (this.cancelNext) throw new RunCancelledError();
    return advise(p, { ...options, onProgress });
  }
  cancel(): void {}
}

const options = { variant: 'v', scenario: 's', seed: 3, replications: 2, maxSteps: 3 };

describe('advisor store', () => {
  beforeEach(() => {
    useProjectStore.getState().replaceProject(slowBackend());
    useProjectStore.temporal.getState().clear();
  });

  test('the advice is advise() to the byte; progress runs forward over the designs', async () => {
    const store = createAdvisorStore(() => new InProcessAdvisor());
    const p = getProject();
    const seen: number[] = [];
    const unsubscribe = store.subscribe((s) => {
      if (s.progress) seen.push(s.progress.fraction);
    });
    await store.getState().start(p, options);
    unsubscribe();
    const state = store.getState();
    expect(state.status).toBe('done');
    expect(state.progress).toBeNull();
    expect(JSON.stringify(state.record!.advice)).toBe(JSON.stringify(await advise(p, options)));
    expect(state.record!.advice.ranking[0]!.title).toBe('Decouple Front → Slow through a queue');
    for (let i = 1; i < seen.length; i++) expect(seen[i]).toBeGreaterThanOrEqual(seen[i - 1]!);
    expect(Math.max(...seen)).toBeLessThanOrEqual(1);
    // The advice never edits the project.
    expect(getProject()).toBe(p);
    expect(canUndo()).toBe(false);
  });

  test('a cancel: status cancelled, the previous advice kept, the project untouched', async () => {
    const runner = new InProcessAdvisor();
    const store = createAdvisorStore(() => runner);
    const p = getProject();
    await store.getState().start(p, options);
    const before = store.getState().record;
    runner.cancelNext = true;
    await store.getState().start(p, { ...options, seed: 9 });
    expect(store.getState().status).toBe('cancelled');
    expect(store.getState().record).toBe(before);
    expect(getProject()).toBe(p);
    expect(canUndo()).toBe(false);
  });

  test('Apply plan: the project --write would save, as one undoable step', async () => {
    const p = getProject();
    const advice = await advise(p, options);
    expect(advice.plan.length).toBeGreaterThan(0);
    const added = applyPlan(advice);
    expect(added.id).toBe('advised');
    expect(serializeProject(getProject())).toBe(serializeProject(applyAdvice(p, advice).project));
    expect(getProject().roadmap).toEqual({
      from: 'v',
      to: 'advised',
      steps: advice.plan.map((s) => ({ ...s.step, recorded: true })),
    });
    expect(useUiStore.getState().status?.text).toBe(
      'Added the variant "Advised: v with 1 change" (advised); the roadmap goes from v to it. Undo removes both.',
    );
    expect(useProjectStore.temporal.getState().pastStates.length).toBe(1);
    undo();
    expect(getProject()).toBe(p);
  });
});
