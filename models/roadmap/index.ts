// The roadmap: as-is → to-be as ordered, simulated, exportable steps (see docs/roadmap.md).
export { deepEqual } from './deep-equal';
export { canonicalVariant, sameContent } from './canonical';
export { compareVariants, diffVariants, type VariantDiff } from './diff';
export { groupDiff, STEP_ORDER } from './group-diff';
export { planRoadmap, findVariant, whyNotApplicable, type RoadmapPlan } from './plan';
export { applySteps, intermediateVariants } from './apply-steps';
export { stepDependencies, brokenDependency, type StepDependency } from './dependencies';
export { orderSteps } from './order-steps';
export { reorderSteps } from './reorder-steps';
export { mergeSteps } from './merge-steps';
export { splitStep } from './split-step';
export { renameStep } from './rename-step';
export { stepsProblem } from './check-steps';
export { variantProblems } from './variant-problems';
export { checklistFor } from './checklist';
export { describeStep } from './describe-step';
export type { StepFacts } from './step-facts';
export type { StepEdit } from './step-edit';
export { RoadmapError } from './roadmap-error';
export { kpisOf, type StepKpis, type KpiSource } from './step-kpis';
export {
  simulateRoadmap,
  projectAtStep,
  type SimulateLike,
  type TrajectoryPoint,
} from './simulate-roadmap';
export { suggestOrder, SUGGEST_CRITERION, type SuggestedOrder } from './suggest-order';
export { roadmapMarkdown } from './export-markdown';
export { roadmapHtml } from './export-html';
export { roadmapJson } from './export-json';
export {
  roadmapDocument,
  KIND_LABELS,
  type RoadmapExportInput,
  type RoadmapDocument,
} from './roadmap-document';
export { escapeHtml, escapeMarkdown } from './escape';
export {
  KPI_COLUMNS,
  HOTTEST_PARTITION_COLUMN,
  kpiColumnsFor,
  kpiText,
  kpiChange,
  sloText,
  type KpiColumn,
} from './format-kpi';
export { trajectoryChart } from './svg-trajectory';
export { variantDiagram } from './svg-variant';
