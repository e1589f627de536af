import { JSDOM } from 'jsdom';
import { marked } from 'marked';
import { describe, expect, test } from 'vitest';
import { escapeMarkdown } from '../../../../models/roadmap/escape';
import { roadmapHtml } from '../../../../models/roadmap/export-html';
import { roadmapJson } from '../../../../models/roadmap/export-json';
import { roadmapMarkdown } from '../../../../models/roadmap/export-markdown';
import { formatCount, formatMs, formatPercent } from '../../../../models/figures/format-value';
import { planRoadmap } from '../../../../models/roadmap/plan';
import type { StepKpis } from '../../../../models/roadmap/step-kpis';
import { projectSchema } from '../../../../models/schema/project';
import { sampleProject } from '../../../helpers/sample-project';

const HOSTILE =
  '<script>alert(1)</script><img src=x onerror=alert(2)> *bold* [link](http://evil) | pipe';

/** The sample portal with hostile names on a node, a queue, the project and a step owner. */
function hostileProject() {
  const p = sampleProject();
  const rename = (id: string, name: string) =>
    p.variants.forEach((v) =>
      v.nodes.forEach((n) => (n.id === id ? Object.assign(n, { name }) : undefined)),
    );
  rename('statements', `Statements ${HOSTILE}`);
  rename('statement-requests', `Requests ${HOSTILE}`);
  return projectSchema.parse({ ...p, name: `Portal ${HOSTILE}`, description: HOSTILE });
}

const project = hostileProject();
const plan = planRoadmap(project, 'as-is', 'to-be');
plan.steps[0] = { ...plan.steps[0]!, owner: `Team ${HOSTILE}` };
const kpis: StepKpis[] = plan.steps.map((_, i) => ({
  successRate: 0.8 + i * 0.01,
  p99Ms: 1200 / (i + 1),
  errorRate: 0.2 / (i + 1),
  peakUtilization: 1 - i * 0.05,
  peakBacklog: i * 37,
  hottestPartition: 0,
  monthlyCost: 512.3 + i * 10,
  absent:
    i === 0
      ? { peakBacklog: 'no queues', hottestPartition: 'no queues' }
      : { hottestPartition: 'no partitions' },
  slo: [
    { id: 'latency', met: false },
    { id: 'availability', met: i > 2 },
  ],
}));
kpis.push({
  successRate: 0.9987,
  p99Ms: 40.25,
  errorRate: 0.0012,
  peakUtilization: 0.55,
  peakBacklog: 410,
  hottestPartition: 0,
  monthlyCost: 498.76,
  absent: { hottestPartition: 'no partitions' },
  slo: [
    { id: 'latency', met: true },
    { id: 'availability', met: true },
  ],
});
const input = { project, plan, kpis, scenario: { id: 'peak', seed: 7 } };

describe('Markdown', () => {
  const text = roadmapMarkdown(input);
  test('every step title and every KPI value is there', () => {
    plan.steps.forEach((s, i) =>
      expect(text).toContain(`\n### ${i + 1}. ${escapeMarkdown(s.title)}\n`),
    );
    expect(plan.steps.some((s) => s.title.includes('<script>'))).toBe(true);
    expect(text).toContain(
      `| 0. Today (today) | ${formatPercent(0.8)} | ${formatPercent(0.2)} | ${formatMs(1200)} | ${formatPercent(1)} | no queues | $512.30 | missed: latency, availability |`,
    );
    expect(text).toContain(`| 99.87 % | 0.12 % | 40.3 ms | 55 % | 410 | $498.76 | all met |`);
    expect(text).toContain('seed 7');
    expect(text).toContain('- [ ] Message contract');
  });
  test('hostile labels stay text: no raw HTML, no live Markdown link or emphasis', () => {
    // Outside code spans there is no raw HTML.
    expect(text.replace(/(`+) .*? \1/g, '')).not.toMatch(/<script|<img/i);
    // This label holds a URL, so it goes into a code span (GFM would autolink it otherwise).
    expect(text).toContain(
      '` <script>alert(1)</script><img src=x onerror=alert(2)> *bold* [link](http://evil) | pipe `',
    );
    expect(escapeMarkdown('a | http://x', { inTable: true })).toBe('` a \\| http://x `');
    expect(escapeMarkdown('<b>x</b> *y* [z]')).toBe('&lt;b&gt;x&lt;/b&gt; \\*y\\* \\[z\\]');
    expect(escapeMarkdown('# not a heading')).toBe('\\# not a heading');
    expect(escapeMarkdown('a `b` c http://x')).toBe('`` a `b` c http://x ``');
    // Rendered by a GFM renderer, the labels are text: no element from them, no link, no emphasis.
    const rendered = new JSDOM(marked.parse(text, { async: false, gfm: true })).window.document;
    expect(rendered.querySelectorAll('script, img, a')).toHaveLength(0);
    const emphasised = [...rendered.querySelectorAll('em, strong')].map((e) => e.textContent);
    expect(emphasised).not.toContain('bold');
    expect(emphasised).toContain('Decouple through a queue');
    expect(rendered.querySelector('h1')!.textContent).toBe(`Migration roadmap: Portal ${HOSTILE}`);
    expect(rendered.body.textContent).toContain(`Owner: Team ${HOSTILE}`.replace('Owner', 'owner'));
    const th = rendered.querySelectorAll('table tr');
    expect(th).toHaveLength(plan.steps.length + 2);
    // Table rows keep their column count despite the pipe in a title.
    const rows = text
      .split('\n')
      .filter((l) => l.startsWith('| ') && !l.startsWith('| Step') && !l.startsWith('| ---'));
    for (const r of rows) expect(r.split(/(?<!\\)\|/).length).toBe(10);
  });
});

describe('HTML report', () => {
  const html = roadmapHtml(input);
  const dom = new JSDOM(html);
  const doc = dom.window.document;
  test('is one self-contained file: no script, no external reference, a CSP that forbids requests', () => {
    expect(doc.querySelectorAll('script, img, link, iframe, object, embed')).toHaveLength(0);
    expect(doc.querySelectorAll('[src], [href], [srcset], [poster], [data]')).toHaveLength(0);
    expect(
      [...doc.querySelectorAll('*')]
        .flatMap((e) => e.getAttributeNames())
        .filter((a) => /href|^on/i.test(a)),
    ).toEqual([]);
    // url() only for the markers' own fragments; no @import.
    expect(html.match(/url\((?!#)/g)).toBeNull();
    expect(html).not.toContain('@import');
    expect(
      doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content'),
    ).toContain("default-src 'none'");
  });
  test('hostile labels are shown as text in headings, SVG titles and table cells', () => {
    expect(doc.title).toContain(HOSTILE);
    expect(doc.querySelector('h1')!.textContent).toBe(`Portal ${HOSTILE}`);
    const svgTexts = [...doc.querySelectorAll('svg title')].map((t) => t.textContent ?? '');
    expect(svgTexts.some((t) => t.includes(HOSTILE))).toBe(true);
    expect(doc.body.textContent).toContain(`Owner: Team ${HOSTILE}`);
  });
  test('charts, diagrams, table and one article per step', () => {
    expect(doc.querySelectorAll('svg.chart')).toHaveLength(6);
    expect(doc.querySelectorAll('svg.diagram')).toHaveLength(2 + plan.steps.length);
    expect(doc.querySelectorAll('article.step')).toHaveLength(plan.steps.length);
    const cells = [...doc.querySelectorAll('.kpi-table tbody tr')].map((r) =>
      [...r.querySelectorAll('td')].map((c) => c.textContent),
    );
    expect(cells).toHaveLength(plan.steps.length + 1);
    expect(cells.at(-1)!.slice(1)).toEqual([
      formatPercent(0.9987),
      formatPercent(0.0012),
      formatMs(40.25),
      formatPercent(0.55),
      formatCount(410),
      '$498.76',
      'all met',
    ]);
    const titles = [...doc.querySelectorAll('article.step h3')].map((h) => h.textContent);
    expect(titles).toEqual(plan.steps.map((s) => s.title));
    // Marker ids are unique across the diagrams that share the document.
    const ids = [...doc.querySelectorAll('[id]')].map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
  test('without KPIs there is no trajectory, and it still renders every step', () => {
    const bare = new JSDOM(roadmapHtml({ project, plan })).window.document;
    expect(bare.querySelectorAll('svg.chart')).toHaveLength(0);
    expect(bare.querySelectorAll('article.step')).toHaveLength(plan.steps.length);
  });
});

describe('JSON', () => {
  test('carries the plan, the raw KPIs and the labels exactly', () => {
    const value = JSON.parse(roadmapJson(input));
    expect(value).toMatchObject({
      format: 'spillway-roadmap',
      version: 2,
      project: project.name,
      scenario: { id: 'peak', seed: 7 },
    });
    expect(value.baseline).toEqual(kpis[0]);
    expect(value.steps.map((s: { id: string }) => s.id)).toEqual(plan.steps.map((s) => s.id));
    expect(value.steps.at(-1).kpis).toEqual(kpis.at(-1));
    expect(value.steps[0].owner).toBe(`Team ${HOSTILE}`);
  });
  test('a KPI list of the wrong length is refused', () => {
    expect(() => roadmapJson({ project, plan, kpis: kpis.slice(1) })).toThrow(
      `expected ${plan.steps.length + 1} KPI entries`,
    );
  });
});
