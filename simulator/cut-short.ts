import type { SimulationResult } from './result';

type CutShort = NonNullable<SimulationResult['cutShort']>;

const WHY: Record<CutShort['reason'], string> = {
  events: 'it reached the limit on simulated events',
  wallClock: 'it reached the time limit of one run',
  memory: 'it reached the limit on requests and messages in flight at once',
  cancelled: 'it was stopped',
};

/**
 * Why a run ended before its scenario did, in words, for the CLI report and the app alike:
 * `cut short at 42.5 s of 600 s: it reached the time limit of one run`.
 */
export function describeCutShort(cut: CutShort, durationS?: number): string {
  const of = durationS === undefined ? '' : ` of ${durationS} s`;
  return `cut short at ${cut.atS} s${of}: ${WHY[cut.reason]}; the figures cover the time simulated until then`;
}
