import { expect, test } from 'vitest';
import { countNoun } from '../../../models/count-noun';
import { formatCount } from '../../../models/figures/format-value';

test('one is singular; zero, fractions and many are plural', () => {
  expect(countNoun(1, 'variant')).toBe('1 variant');
  expect(countNoun(0, 'variant')).toBe('0 variants');
  expect(countNoun(2, 'recorded roadmap step')).toBe('2 recorded roadmap steps');
  expect(countNoun(1.5, 'call')).toBe('1.5 calls');
  expect(countNoun(1, 'replica')).toBe('1 replica');
});

test('an irregular plural and the caller’s number format', () => {
  expect(countNoun(1, 'request', 'requests', formatCount)).toBe('1 request');
  expect(countNoun(12_500, 'request', 'requests', formatCount)).toBe(
    `${formatCount(12_500)} requests`,
  );
  expect(countNoun(3, 'child', 'children')).toBe('3 children');
});
