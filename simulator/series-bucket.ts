/** Bucket widths that read well on a chart axis, in seconds. */
const NICE = [
  0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200,
  21600, 86400,
];

/**
 * The series bucket for a run of `durationS`: the narrowest nice width that gives at most 300
 * buckets, so charts get 100–300 points for any duration between a few seconds and days.
 */
export function chooseBucketS(durationS: number): number {
  for (const b of NICE) if (durationS / b <= 300) return b;
  return Math.ceil(durationS / 300);
}
