// The failure kinds of a user request, in display order, with the words and colours every view
// uses for them (the "why requests failed" bars and the failures-over-time chart).
import type { EntryErrors } from '../../simulator/result';
import { seriesColour } from '../charts/palette';

export interface ErrorKind {
  id: keyof EntryErrors;
  label: string;
  help: string;
  colour: string;
}

export const ERROR_KINDS: readonly ErrorKind[] = [
  {
    id: 'rejected',
    label: 'Turned away',
    help: 'a service had no free worker and its waiting line was full',
    colour: seriesColour(1),
  },
  { id: 'timeout', label: 'Timed out', help: 'a caller stopped waiting', colour: seriesColour(4) },
  {
    id: 'failed',
    label: 'Failed',
    help: 'a service answered with an error',
    colour: seriesColour(5),
  },
  {
    id: 'circuitOpen',
    label: 'Circuit open',
    help: 'a circuit breaker refused the call',
    colour: seriesColour(6),
  },
  {
    id: 'backpressure',
    label: 'Queue full',
    help: 'a queue refused the message',
    colour: seriesColour(7),
  },
  {
    id: 'rateLimited',
    label: 'Rate limited',
    help: 'a rate limit refused the call (no token left in its bucket)',
    colour: seriesColour(3),
  },
];
