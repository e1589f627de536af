// The number parameters of edges (and of an edge's retries and circuit breaker) as field
// descriptors, per inspector section: adding a parameter is one entry here.
import type {
  CallEdge,
  CircuitBreaker,
  ConsumeEdge,
  PublishEdge,
  Retries,
} from '../../models/types';
import type { NumberFieldLayout } from './NumberFieldRows';

export const CALL_FIELDS: NumberFieldLayout<CallEdge> = [
  [
    {
      key: 'probability',
      label: 'Probability',
      unit: '0..1',
      step: 0.01,
      testId: 'inspector-probability',
    },
    { key: 'count', label: 'Calls per request' },
  ],
  [
    {
      key: 'timeoutMs',
      label: 'Timeout',
      unit: 'ms',
      nullLabel: 'wait forever',
      hint: 'Empty = wait forever.',
      testId: 'inspector-timeoutMs',
    },
  ],
];

export const RETRY_FIELDS: NumberFieldLayout<Retries> = [
  [
    { key: 'max', label: 'Max' },
    { key: 'backoffMs', label: 'Backoff', unit: 'ms' },
    { key: 'multiplier', label: 'Multiplier', unit: '×', step: 0.1 },
  ],
];

export const BREAKER_FIELDS: NumberFieldLayout<CircuitBreaker> = [
  [
    { key: 'failureRatio', label: 'Failure ratio', unit: '0..1', step: 0.01 },
    { key: 'minCalls', label: 'Min calls' },
  ],
  [
    { key: 'windowS', label: 'Window', unit: 's' },
    { key: 'openS', label: 'Open for', unit: 's' },
  ],
];

export const PUBLISH_FIELDS: NumberFieldLayout<PublishEdge> = [
  [
    {
      key: 'probability',
      label: 'Probability',
      unit: '0..1',
      step: 0.01,
      testId: 'inspector-probability',
    },
  ],
];

export const CONSUME_FIELDS: NumberFieldLayout<ConsumeEdge> = [
  [
    {
      key: 'concurrency',
      label: 'Concurrency per replica',
      unit: 'consumer workers',
      hint: 'Each replica of the consuming service runs this many consumers: scaling the service scales them.',
      testId: 'inspector-consume-concurrency',
    },
  ],
  [
    {
      key: 'maxConsumers',
      label: 'Max consumers',
      unit: 'across replicas',
      hint: "A cap on the total, e.g. a topic's partitions; empty = no cap.",
      nullLabel: 'no cap',
      testId: 'inspector-max-consumers',
    },
  ],
];
