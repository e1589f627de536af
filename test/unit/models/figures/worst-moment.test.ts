import { expect, test } from 'vitest';
import { attainmentSeries, bucketFigures } from '../../../../models/figures/bucket-figures';
import { worstMoment } from '../../../../models/figures/worst-moment';
import { seriesOf } from '../../../helpers/result-builder';

const series = seriesOf(5, 10, {
  finished: [50, 100, 400, 300, 0],
  succeededWithinTarget: [50, 90, 100, 50, 0],
  errorRate: [0, 0.05, 0.75, 0.2, 0],
  succeededP99Ms: [20, 900, 5000, 40_000, null],
});

test('the worst moment is the bucket with the most users let down (failed or slower than the objective)', () => {
  // let down: 0, 10, 300, 250, –
  const w = worstMoment(series, 0)!;
  expect(w).toMatchObject({ bucket: 2, startS: 20, finished: 400, harmed: 300 });
  // Its figures are the charts' values at that bucket.
  expect(w.errorRate).toBe(series.errorRate[2]);
  expect(w.succeededP99Ms).toBe(series.succeededP99Ms[2]);
  expect(w.attainment).toBe(attainmentSeries(series)[2]);
  expect(w).toEqual(bucketFigures(series, 2));
});

test('buckets of the warm-up do not count; a bucket without finished requests is not a moment', () => {
  expect(worstMoment(series, 30)!.bucket).toBe(3);
  expect(worstMoment(series, 50)).toBeNull();
  expect(Number.isNaN(attainmentSeries(series)[4]!)).toBe(true);
});

test('when nobody was let down, the slowest successful answers mark the moment', () => {
  const calm = seriesOf(3, 1, {
    finished: [10, 10, 10],
    succeededWithinTarget: [10, 10, 10],
    succeededP99Ms: [20, 80, 30],
  });
  expect(worstMoment(calm, 0)).toMatchObject({ bucket: 1, harmed: 0 });
});
