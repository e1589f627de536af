// The one id helper that nodes, edges, scenarios, variants, steps and pasted copies share.
import { expect, test } from 'vitest';
import { idFrom, uniqueId } from '../../../../models/elements/unique-id';
import { LIMITS } from '../../../../models/limits';

test('text becomes an id: other characters fold into one dash, case is kept', () => {
  expect(idFrom('Quarter peak!')).toBe('Quarter-peak');
  expect(idFrom('  a / b  ')).toBe('a-b');
  expect(uniqueId('OrderService', [])).toBe('OrderService');
  expect(uniqueId('!!!', [])).toBe('item');
});

test('a taken id gets the first free suffix, from a set or a list', () => {
  expect(uniqueId('queue', new Set(['queue', 'queue-2']))).toBe('queue-3');
  expect(uniqueId('queue', ['queue'])).toBe('queue-2');
});

test('reserved names count as taken, and a long base leaves room for the suffix', () => {
  expect(uniqueId('constructor', [])).toBe('constructor-2');
  const long = 'x'.repeat(LIMITS.idChars + 50);
  const first = uniqueId(long, []);
  const second = uniqueId(long, [first]);
  expect(second).toBe(`${first}-2`);
  expect(second.length).toBeLessThanOrEqual(LIMITS.idChars);
});
