// IntQueue against an array: pushes at the back, unshifts at the front (a redelivered message
// back at the head of its partition), shifts, across wrap-arounds and growth.
import { expect, test } from 'vitest';
import fc from 'fast-check';
import { IntQueue } from '../../../simulator/int-queue';

test('push, unshift and shift keep the order an array would', () => {
  fc.assert(
    fc.property(fc.array(fc.integer({ min: -1, max: 1000 }), { maxLength: 300 }), (ops) => {
      const q = new IntQueue(2);
      const ref: number[] = [];
      for (const op of ops) {
        if (op === -1) {
          if (ref.length > 0) expect(q.shift()).toBe(ref.shift());
        } else if (op % 3 === 0) {
          q.unshift(op);
          ref.unshift(op);
        } else {
          q.push(op);
          ref.push(op);
        }
        expect(q.size).toBe(ref.length);
        if (ref.length > 0) expect(q.at(0)).toBe(ref[0]);
      }
      const rest: number[] = [];
      while (q.size > 0) rest.push(q.shift());
      expect(rest).toEqual(ref);
    }),
    { seed: 16 },
  );
});
