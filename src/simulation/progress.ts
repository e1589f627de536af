// Progress of a batch of runs (each variant's replications, the roadmap's systems) as one bar
// while a worker pool runs several at once: each run's own share done, added up over the batch,
// with an estimate of the time left from the wall-clock rate so far.
import { secondsLeft } from './batch-job';

/** What a run reports while it runs (the worker's progress message). */
export interface RunProgress {
  simulatedS: number;
  durationS: number;
  events: number;
}

export interface BatchProgress {
  /** 0..1 over the whole batch. */
  fraction: number;
  /** Runs finished, and how many the batch has. */
  done: number;
  runs: number;
  /** Simulated seconds reached and to reach, added up over the batch's runs. */
  simulatedS: number;
  durationS: number;
  /** Events processed, added up over the batch's runs. */
  events: number;
  elapsedMs: number;
  /** Estimated wall-clock seconds left; null until there is enough to estimate from. */
  etaS: number | null;
}

interface RunState {
  simulatedS: number;
  /** Null until the run's first progress message. */
  durationS: number | null;
  events: number;
  finished: boolean;
}

/**
 * The runs of a batch, in any order and side by side: the bar only moves forward (a run's share
 * never goes down, a finished run counts whole whatever it reports after).
 */
export class BatchTracker {
  private readonly states: RunState[] = [];

  constructor(runs = 0) {
    for (let i = 0; i < runs; i++) this.add();
  }

  /** A new run of the batch; its index. */
  add(): number {
    this.states.push({ simulatedS: 0, durationS: null, events: 0, finished: false });
    return this.states.length - 1;
  }

  get runs(): number {
    return this.states.length;
  }

  update(run: number, p: RunProgress): void {
    const s = this.state(run);
    if (s.finished) return;
    s.durationS = Math.max(0, p.durationS);
    s.simulatedS = Math.max(s.simulatedS, Math.min(p.simulatedS, s.durationS));
    s.events = Math.max(s.events, p.events);
  }

  finish(run: number): void {
    const s = this.state(run);
    s.finished = true;
    if (s.durationS !== null) s.simulatedS = s.durationS;
  }

  progress(elapsedMs: number): BatchProgress {
    const runs = this.states.length;
    // A run that has not reported yet is taken to last as long as the ones that have.
    const known = this.states.find((s) => s.durationS !== null)?.durationS ?? 0;
    let share = 0;
    let done = 0;
    let simulatedS = 0;
    let durationS = 0;
    let events = 0;
    for (const s of this.states) {
      const duration = s.durationS ?? known;
      if (s.finished) done++;
      share += s.finished ? 1 : duration > 0 ? s.simulatedS / duration : 0;
      simulatedS += s.finished ? duration : s.simulatedS;
      durationS += duration;
      events += s.events;
    }
    const fraction = runs > 0 ? Math.min(1, share / runs) : 0;
    return {
      fraction,
      done,
      runs,
      simulatedS,
      durationS,
      events,
      elapsedMs,
      etaS: secondsLeft(elapsedMs, fraction),
    };
  }

  private state(run: number): RunState {
    const s = this.states[run];
    if (!s) throw new Error(`No run ${run} in a batch of ${this.states.length}.`);
    return s;
  }
}
