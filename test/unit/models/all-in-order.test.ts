import { describe, expect, test } from 'vitest';
import { allInOrder } from '../../../models/all-in-order';

const later = <T>(ms: number, value: T): Promise<T> =>
  new Promise((resolve) => setTimeout(() => resolve(value), ms));
const failLater = (ms: number, message: string): Promise<never> =>
  new Promise((_, reject) => setTimeout(() => reject(new Error(message)), ms));

describe('allInOrder', () => {
  test('values in the order of the promises, not of their ending', async () => {
    expect(await allInOrder([later(30, 'a'), later(0, 'b'), later(10, 'c')])).toEqual([
      'a',
      'b',
      'c',
    ]);
    expect(await allInOrder([])).toEqual([]);
  });

  test('the first failure in order wins, even when a later one failed sooner', async () => {
    await expect(
      allInOrder([later(5, 1), failLater(30, 'second'), failLater(0, 'third')]),
    ).rejects.toThrow('second');
  });
});
