import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { projectSchema } from '../../../models/schema/project';
import { checkProject } from '../../../models/validate';
import { STEP_KINDS } from '../../../models/schema/roadmap';
import { sameContent } from '../../../models/roadmap/canonical';
import { applySteps, intermediateVariants } from '../../../models/roadmap/apply-steps';
import { diffVariants } from '../../../models/roadmap/diff';
import { groupDiff } from '../../../models/roadmap/group-diff';
import { reorderSteps } from '../../../models/roadmap/reorder-steps';
import { mergeSteps } from '../../../models/roadmap/merge-steps';
import { splitStep } from '../../../models/roadmap/split-step';
import { variantProblems } from '../../../models/roadmap/variant-problems';
import { applyChanges } from '../../../models/changes';
import { variantPairArb } from './variant-arbitrary';
import type { Variant } from '../../../models/types';

const RUNS = { numRuns: 150 };

/** Valid per the models validator: the schema, then the referential checks. */
function expectValid(v: Variant): void {
  const parsed = projectSchema.safeParse({ format: 'spillway', version: 1, name: 'p', variants: [v] });
  expect(parsed.success).toBe(true);
  if (parsed.success) expect(checkProject(parsed.data).errors).toEqual([]);
  expect(variantProblems(v)).toEqual([]);
}

describe('diff → steps → apply reproduces the to-be', () => {
  test('the raw diff applied at once gives the to-be', () => {
    fc.assert(
      fc.property(variantPairArb, ({ asIs, toBe }) => {
        expect(sameContent(applyChanges(asIs, diffVariants(asIs, toBe)), toBe)).toBe(true);
      }),
      RUNS,
    );
  });

  test('grouped steps applied in order end exactly at the to-be, through valid variants', () => {
    fc.assert(
      fc.property(variantPairArb, ({ asIs, toBe }) => {
        const steps = groupDiff(asIs, toBe);
        const variants = intermediateVariants(asIs, steps);
        variants.forEach(expectValid);
        expect(sameContent(variants[variants.length - 1]!, toBe)).toBe(true);
        expect(new Set(steps.map((s) => s.id)).size).toBe(steps.length);
        for (const s of steps) {
          expect(STEP_KINDS).toContain(s.kind);
          expect(s.changes.length).toBeGreaterThan(0);
          expect(s.title.length).toBeGreaterThan(0);
          const items = s.checklist.map((c) => c.id);
          expect(new Set(items).size).toBe(items.length);
          // Every step that changes behaviour is watched and can be rolled back.
          if (!items.includes('docs')) expect(items).toEqual(expect.arrayContaining(['monitor-latency', 'monitor-errors', 'rollback']));
        }
        if (sameContent(asIs, toBe)) expect(steps).toEqual([]);
        // Saved into the project, the plan passes the models validator (unique step and checklist ids).
        const saved = projectSchema.parse({
          format: 'spillway',
          version: 1,
          name: 'p',
          variants: [asIs, toBe],
          roadmap: { from: asIs.id, to: toBe.id, steps },
        });
        expect(checkProject(saved).errors).toEqual([]);
      }),
      RUNS,
    );
  });
});

describe('editing the steps', () => {
  test('a reorder keeps every intermediate valid and the end unchanged, or names the dependency', () => {
    fc.assert(
      fc.property(variantPairArb, fc.nat(), fc.nat(), ({ asIs, toBe }, x, y) => {
        const steps = groupDiff(asIs, toBe);
        fc.pre(steps.length >= 2);
        const [i, j] = [x % steps.length, y % steps.length];
        const result = reorderSteps(asIs, steps, i, j);
        if (result.ok) {
          intermediateVariants(asIs, result.steps).forEach(expectValid);
          expect(sameContent(applySteps(asIs, result.steps), toBe)).toBe(true);
        } else {
          // The dependency analysis must catch every bad order itself (never the generic fallback).
          expect(result.explanation).toMatch(/“.+” .+ “.+”.*must come after it\.$/);
        }
      }),
      RUNS,
    );
  });

  test('merge and split keep the end unchanged (or explain)', () => {
    fc.assert(
      fc.property(variantPairArb, fc.nat(), fc.nat(), ({ asIs, toBe }, x, y) => {
        const steps = groupDiff(asIs, toBe);
        fc.pre(steps.length >= 2);
        const merged = mergeSteps(asIs, steps, x % steps.length, y % steps.length);
        if (merged.ok) {
          expect(merged.steps).toHaveLength(steps.length - 1);
          intermediateVariants(asIs, merged.steps).forEach(expectValid);
          expect(sameContent(applySteps(asIs, merged.steps), toBe)).toBe(true);
        } else expect(merged.explanation.length).toBeGreaterThan(0);
        const split = splitStep(asIs, steps, x % steps.length);
        if (split.ok) expect(sameContent(applySteps(asIs, split.steps), toBe)).toBe(true);
        else expect(split.explanation.length).toBeGreaterThan(0);
      }),
      RUNS,
    );
  });
});
