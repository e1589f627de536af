import { expect, test } from 'vitest';
import { DEFAULT_PRICES } from '../../../../models/schema/prices';
import { checkPriceTable } from '../../../../src/prices/check-price-table';

test('a valid table comes back parsed, with the defaults of what it leaves out', () => {
  const checked = checkPriceTable({ gbMonth: 0.25 });
  expect(checked).toEqual({ ok: true, table: { ...DEFAULT_PRICES, gbMonth: 0.25 } });
});

test('a refused price names its path under prices, nested ones included', () => {
  expect(checkPriceTable({ ...DEFAULT_PRICES, gbMonth: -1 })).toEqual({
    ok: false,
    problem: 'must be ≥ 0 (prices.gbMonth)',
  });
  const replicaHour = { ...DEFAULT_PRICES.replicaHour, cache: -0.5 };
  expect(checkPriceTable({ ...DEFAULT_PRICES, replicaHour })).toEqual({
    ok: false,
    problem: 'must be ≥ 0 (prices.replicaHour.cache)',
  });
});

test('a field the format does not know is refused, not dropped', () => {
  const checked = checkPriceTable({ ...DEFAULT_PRICES, currency: 'EUR' });
  expect(checked.ok).toBe(false);
});
