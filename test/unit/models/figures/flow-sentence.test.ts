import { expect, test } from 'vitest';
import { flowSentence } from '../../../../models/figures/flow-sentence';

test('nothing to say without flows, or when none was taken', () => {
  expect(flowSentence(undefined)).toBeNull();
  expect(flowSentence({ fallbacks: 0, fallbacksRecovered: 0, compensations: 0 })).toBeNull();
});

test('fallbacks and compensations, in numbers written as everywhere else, singular for one', () => {
  expect(flowSentence({ fallbacks: 1234, fallbacksRecovered: 1000, compensations: 1 })).toBe(
    '1,234 fallbacks were made, 1,000 of which turned a failure into success; 1 compensation ran.',
  );
  expect(flowSentence({ fallbacks: 1, fallbacksRecovered: 0, compensations: 0 })).toBe(
    '1 fallback was made, 0 of which turned a failure into success.',
  );
  expect(flowSentence({ fallbacks: 0, fallbacksRecovered: 0, compensations: 52 })).toBe(
    '52 compensations ran.',
  );
});
