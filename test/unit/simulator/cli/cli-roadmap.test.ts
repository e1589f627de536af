// `spillway roadmap`: the document on stdout, KPIs from the real simulator for the same seed.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, test } from 'vitest';
import { escapeMarkdown } from '../../../../models/roadmap/escape';
import { KPI_COLUMNS, kpiText, sloText } from '../../../../models/roadmap/format-kpi';
import { planRoadmap } from '../../../../models/roadmap/plan';
import { projectAtStep } from '../../../../models/roadmap/simulate-roadmap';
import { kpisOf } from '../../../../models/roadmap/step-kpis';
import { main } from '../../../../simulator/cli/main';
import type { CliIo } from '../../../../simulator/cli/io';
import { simulate } from '../../../../simulator/simulate';
import { sampleProject } from '../../../helpers/sample-project';

const dir = mkdtempSync(join(tmpdir(), 'spillway-roadmap-'));
const project = sampleProject();
const file = join(dir, 'portal.json');
writeFileSync(file, JSON.stringify(project));

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIo = {
    out: (t) => (out += t.endsWith('\n') ? t : `${t}\n`),
    err: (t) => (err += `${t}\n`),
  };
  const code = await main(argv, io);
  return { code, out, err };
}

const plan = planRoadmap(project, 'as-is', 'to-be');
/** What the simulator itself says for the system after each step, seed 5. */
const expected = plan.steps.map((_, n) =>
  kpisOf(
    simulate(projectAtStep(project, plan, n), { variant: 'as-is', scenario: 'peak', seed: 5 }),
    project.slo,
  ),
);
expected.push(
  kpisOf(
    simulate(projectAtStep(project, plan, plan.steps.length), {
      variant: 'as-is',
      scenario: 'peak',
      seed: 5,
    }),
    project.slo,
  ),
);

describe('spillway roadmap', () => {
  test('--format json: the steps, and KPIs equal to simulate() for the same seed', async () => {
    const { code, out, err } = await cli('roadmap', file, '--format', 'json', '--seed', '5');
    expect(err).toBe('');
    expect(code).toBe(0);
    const doc = JSON.parse(out);
    expect(doc.steps.map((s: { title: string }) => s.title)).toEqual(
      plan.steps.map((s) => s.title),
    );
    expect(doc.scenario).toEqual({ id: 'peak', name: 'Peak', seed: 5 });
    expect([doc.baseline, ...doc.steps.map((s: { kpis: unknown }) => s.kpis)]).toEqual(expected);
    // The roadmap really changes the numbers: the decoupled target answers faster than today.
    expect(expected.at(-1)!.p99Ms).toBeLessThan(expected[0]!.p99Ms);
    // As-is at step 0 is exactly the as-is variant.
    expect(doc.baseline).toEqual(
      kpisOf(simulate(project, { variant: 'as-is', scenario: 'peak', seed: 5 }), project.slo),
    );
  });

  test('--format md (the default): step names and the formatted KPI numbers', async () => {
    const { code, out } = await cli('roadmap', file, '--seed', '5');
    expect(code).toBe(0);
    plan.steps.forEach((s, i) => expect(out).toContain(`### ${i + 1}. ${escapeMarkdown(s.title)}`));
    plan.steps.forEach((s, i) => {
      const k = expected[i + 1]!;
      expect(out).toContain(
        `| ${i + 1}. ${escapeMarkdown(s.title, { inTable: true })} | ${KPI_COLUMNS.map((c) => kpiText(k, c)).join(' | ')} | ${sloText(k)} |`,
      );
    });
  });

  test('--format html: one document with the same table', async () => {
    const { code, out } = await cli('roadmap', file, '--format', 'html', '--seed', '5');
    expect(code).toBe(0);
    const doc = new JSDOM(out).window.document;
    const last = [...doc.querySelectorAll('.kpi-table tbody tr')].at(-1)!;
    const k = expected.at(-1)!;
    expect([...last.querySelectorAll('td')].slice(1).map((c) => c.textContent)).toEqual([
      ...KPI_COLUMNS.map((c) => kpiText(k, c)),
      sloText(k),
    ]);
  });

  test.each([
    [['roadmap'], 'usage: spillway roadmap FILE'],
    [['roadmap', file, '--format', 'pdf'], '--format must be md, html or json, got "pdf"'],
    [['roadmap', file, '--scenario', 'nope'], 'unknown scenario "nope"'],
    [
      ['roadmap', file, '--to', 'nope'],
      'no variant "nope" in the project (variants: "as-is", "to-be")',
    ],
    [['roadmap', join(dir, 'missing.json')], 'cannot read'],
    [['roadmap', file, '--seed', '-1'], '--seed must be an integer >= 0'],
  ])('bad input %j: exit 2, a message on stderr, nothing on stdout', async (argv, message) => {
    const { code, out, err } = await cli(...argv);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toContain(message);
  });

  test('an invalid project file names the path of the problem', async () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(
      bad,
      JSON.stringify({
        ...project,
        variants: [
          { ...project.variants[0], edges: [{ id: 'x', kind: 'call', from: 'web', to: 'ghost' }] },
        ],
      }),
    );
    const { code, err } = await cli('roadmap', bad);
    expect(code).toBe(2);
    expect(err).toContain('variants[0].edges[0].to');
  });
});
