// `spillway sweep` and `spillway advise` as data: what was asked (a request, plain JSON that a
// shard file carries), how it is answered on a RunBatch, and how the answer is printed. The
// commands, their shards and `spillway merge` all go through here, so that a merged answer is
// printed by the very code a single machine prints with.
import { writeFileSync } from 'node:fs';
import { serializeProject } from '../../models/serialize';
import type { Project } from '../../models/types';
import { WhatIfError } from '../../models/what-if-parameter';
import { advise, type Advice, type AdviseOptions } from '../advisor/advise';
import { appliedAdviceText, applyAdvice } from '../advisor/apply-advice';
import type { RunBatch } from '../run-batch';
import { sweepLoad, type LoadSweep, type SweepOptions } from '../sweep/load-sweep';
import { sweepParameter, type WhatIfOptions, type WhatIfSweep } from '../sweep/what-if-sweep';
import { adviceText } from './advice-text';
import { UsageError, type CliIo } from './io';
import { asUsageAsync } from './load-file';
import { formatSweep, formatWhatIf } from './sweep-text';

export type BatchRequest =
  | { kind: 'load-sweep'; options: Omit<SweepOptions, 'onProgress'> }
  | { kind: 'what-if-sweep'; options: Omit<WhatIfOptions, 'onProgress'> }
  | { kind: 'advise'; options: Omit<AdviseOptions, 'onProgress'> };

export type BatchAnswer =
  | { kind: 'load-sweep'; result: LoadSweep }
  | { kind: 'what-if-sweep'; result: WhatIfSweep }
  | { kind: 'advise'; result: Advice };

/** The command a request comes from, for messages ("spillway sweep … --shard"). */
export const commandOf = (r: BatchRequest): 'sweep' | 'advise' =>
  r.kind === 'advise' ? 'advise' : 'sweep';

/** Progress in the request's own unit: runs for a sweep, designs for the advisor. */
export type RequestProgress = (p: { done: number; planned: number }) => void;

/** Answers the request on `batch`; a model it cannot run or a bad parameter value is bad input. */
export function answerRequest(
  project: Project,
  request: BatchRequest,
  batch: RunBatch,
  onProgress?: RequestProgress,
): Promise<BatchAnswer> {
  return asUsageAsync(async (): Promise<BatchAnswer> => {
    switch (request.kind) {
      case 'load-sweep':
        return {
          kind: request.kind,
          result: await sweepLoad(project, { ...request.options, onProgress }, batch),
        };
      case 'what-if-sweep':
        try {
          return {
            kind: request.kind,
            result: await sweepParameter(project, { ...request.options, onProgress }, batch),
          };
        } catch (e) {
          if (e instanceof WhatIfError) throw new UsageError(e.message);
          throw e;
        }
      case 'advise':
        return {
          kind: request.kind,
          result: await advise(project, { ...request.options, onProgress }, batch),
        };
    }
  });
}

export interface PrintOptions {
  json: boolean;
  /** advise --write: the project with the plan's design added, saved there. */
  write?: string;
}

/** Prints the answer as the command prints it (text, or --json), and saves advise --write's file. */
export function printAnswer(
  project: Project,
  answer: BatchAnswer,
  options: PrintOptions,
  io: CliIo,
): void {
  switch (answer.kind) {
    case 'load-sweep':
      io.out(options.json ? JSON.stringify(answer.result, null, 2) : formatSweep(answer.result));
      return;
    case 'what-if-sweep':
      io.out(options.json ? JSON.stringify(answer.result, null, 2) : formatWhatIf(answer.result));
      return;
    case 'advise': {
      const advice = answer.result;
      if (options.write !== undefined) {
        const added = applyAdvice(project, advice);
        writeFileSync(options.write, serializeProject(added.project));
        io.err(`Wrote ${options.write}: ${appliedAdviceText(added, advice.variant)}.`);
      }
      if (options.json) {
        const { advised: _advised, ...rest } = advice;
        io.out(JSON.stringify(rest, null, 2));
      } else io.out(adviceText(advice));
    }
  }
}
