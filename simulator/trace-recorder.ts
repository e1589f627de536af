import type { Engine } from './engine';

/** Hooks the engine calls when traces are asked for; absent otherwise (zero cost when off). */
export interface TraceRecorder {
  onEntry(engine: Engine, root: number, job: number, client: number): void;
  onJobStart(engine: Engine, job: number, node: number): void;
  onJobEnd(engine: Engine, job: number, reason: number): void;
  onAttempt(engine: Engine, attempt: number, job: number, edge: number): void;
  onAttemptEnd(engine: Engine, attempt: number, reason: number): void;
  onMessage(engine: Engine, message: number, causeAttempt: number, broker: number): void;
  onMessageEnd(engine: Engine, message: number): void;
}
