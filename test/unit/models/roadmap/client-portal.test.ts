import { describe, expect, test } from 'vitest';
import { EXAMPLES } from '../../../../models/examples/index';
import { intermediateVariants } from '../../../../models/roadmap/apply-steps';
import { sameContent } from '../../../../models/roadmap/canonical';
import { roadmapMarkdown } from '../../../../models/roadmap/export-markdown';
import { planRoadmap } from '../../../../models/roadmap/plan';
import { checkProject } from '../../../../models/validate';
import type { Project } from '../../../../models/types';

describe.each(EXAMPLES.map((e) => [e.id, e.project] as const))(
  'built-in example %s',
  (_id, project: Project) => {
    const plan = planRoadmap(project, 'as-is', 'to-be');
    const [asIs, toBe] = [
      project.variants.find((v) => v.id === 'as-is')!,
      project.variants.find((v) => v.id === 'to-be')!,
    ];

    test('its roadmap ends exactly at the to-be, through variants the validator accepts', () => {
      const variants = intermediateVariants(asIs, plan.steps);
      expect(sameContent(variants.at(-1)!, toBe)).toBe(true);
      for (const v of variants)
        expect(checkProject({ ...project, variants: [v] }).errors).toEqual([]);
      expect(plan.dropped).toEqual([]);
    });

    test('the Markdown names every step', () => {
      const text = roadmapMarkdown({ project, plan });
      plan.steps.forEach((_, i) => expect(text).toContain(`### ${i + 1}. `));
      expect(text.match(/^### /gm)).toHaveLength(plan.steps.length);
    });
  },
);

test('the client portal decouples its three synchronous hops through queues, each with a dead-letter queue', () => {
  const project = EXAMPLES.find((e) => e.id === 'client-portal')!.project;
  const plan = planRoadmap(project, 'as-is', 'to-be');
  const kinds = plan.steps.map((s) => s.kind);
  expect(kinds.filter((k) => k === 'decouple-through-queue')).toHaveLength(3);
  expect(kinds.filter((k) => k === 'add-dead-letter-queue').length).toBeGreaterThanOrEqual(3);
  // Behaviour changes come before the closing diagram update.
  expect(plan.steps.at(-1)!.title).toMatch(/^Update the diagram/);
});
