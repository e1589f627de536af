// The fuzz cases `npm test` runs: a fixed slice of the campaign (scripts/fuzz.ts runs tens of
// thousands), each an ordinary test, so a failure names its case and how to replay it.
import { expect, test } from 'vitest';
import { caseAt } from './fuzz-cases';
import { runCase } from './run-case';

export const FUZZ_SEED = 1;

export function fuzzSlice(from: number, to: number): void {
  test.each(Array.from({ length: to - from }, (_, i) => from + i))(
    `fuzz case %i of seed ${FUZZ_SEED}: exit 0 or 2, located rejections, sound results and exports`,
    async (index) => {
      const c = caseAt(FUZZ_SEED, index);
      const result = await runCase(c);
      expect(
        result.failures,
        `${c.label} (replay: npm run fuzz -- --seed ${FUZZ_SEED} --case ${index})`,
      ).toEqual([]);
    },
  );
}
