// The redelivery lane is a FIFO that keeps every entry's fields across ring wrap-around and growth.
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { RedeliveryLane } from '../../../simulator/redelivery-lane';

test('entries come out in the order they went in, fields intact, through wrap-around and growth', () => {
  fc.assert(
    fc.property(fc.array(fc.boolean(), { maxLength: 400 }), (ops) => {
      const lane = new RedeliveryLane(2);
      const model: [number, number, number, number][] = [];
      let k = 0;
      for (const push of ops) {
        if (push || model.length === 0) {
          const entry: [number, number, number, number] = [k, k + 0.5, k * 3, k * 7];
          lane.push(...entry);
          model.push(entry);
          k++;
        } else {
          const [release, time, seq, msg] = model.shift()!;
          expect([
            lane.frontRelease(),
            lane.frontTime(),
            lane.frontSeq(),
            lane.frontMessage(),
          ]).toEqual([release, time, seq, msg]);
          lane.shift();
        }
        expect(lane.size).toBe(model.length);
      }
      if (model.length === 0) expect(lane.frontRelease()).toBe(Infinity);
    }),
  );
});
