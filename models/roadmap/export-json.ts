import { roadmapDocument, type RoadmapExportInput } from './roadmap-document';

/**
 * The roadmap as JSON (2-space indented, trailing newline): machine-readable, numbers unrounded.
 * Version 2: `errorRate` is failed / requests (was: / finished), `p99Ms` the p99 of successful
 * requests (was: of every outcome); `successRate`, `absent`, `slo` per KPI set and the project's
 * objectives are new. A missing value (no successful request) is null.
 */
export function roadmapJson(input: RoadmapExportInput): string {
  const doc = roadmapDocument(input);
  const value = {
    format: 'spillway-roadmap',
    version: 2,
    project: doc.project.name,
    from: { id: doc.from.id, name: doc.from.name },
    to: { id: doc.to.id, name: doc.to.name },
    scenario: doc.scenario
      ? { id: doc.scenario.id, name: doc.scenario.name, seed: doc.seed }
      : null,
    slo: doc.project.slo,
    baseline: doc.baseline,
    steps: doc.steps.map((s) => ({
      index: s.index,
      id: s.step.id,
      kind: s.step.kind,
      title: s.step.title,
      rationale: s.step.rationale,
      owner: s.step.owner,
      recorded: s.step.recorded,
      summary: s.changes,
      changes: s.step.changes,
      checklist: s.step.checklist,
      kpis: s.kpis,
    })),
    dropped: doc.dropped.map((d) => ({ id: d.step.id, title: d.step.title, reason: d.reason })),
  };
  return `${JSON.stringify(value, null, 2)}\n`;
}
