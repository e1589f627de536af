import { formatProblem } from '../problem';
import { issuesToProblems } from '../schema-issues';
import { projectSchema, CURRENT_VERSION } from '../schema/project';
import type { Project } from '../types';
import { buildVariant } from './build-variant';
import type { FitMode } from './distribution-fit';
import { ImportIssue } from './import-issue';
import type { ImportSummary } from './import-summary';
import type { NormalizedSpan } from './span';
import { buildSpanTree } from './span-tree';
import { TraceReader, type ReadProgress } from './trace-reader';
import { TraceStatistics } from './trace-statistics';

export interface ImportProgress extends ReadProgress {
  phase: 'reading' | 'building';
  /** Traces turned into statistics so far (building phase). */
  traces: number;
}

export interface ImportOptions {
  /** Fit of each service's self time: lognormal p50/p99 (default) or empirical quantiles. */
  serviceTime?: FitMode;
  projectName?: string;
  onProgress?: (p: ImportProgress) => void;
}

export interface ImportResult {
  project: Project;
  summary: ImportSummary;
}

const NO_ATTRIBUTES: Record<string, never> = Object.freeze({}) as Record<string, never>;

/** How often (in traces) the building phase reports progress. */
const BUILD_PROGRESS_EVERY = 5000;

/**
 * Imports a trace file given in chunks of text (any size: only the current element and a
 * compact form of each span of the traces not yet complete are held; Jaeger traces and
 * Zipkin trace arrays are complete when read and are turned into statistics at once). `feed` each chunk, then `finish`. Bad documents throw
 * ImportIssue (where and why); unusable spans are skipped and listed in the summary.
 */
export class TraceImporter {
  private readonly byTrace = new Map<string, NormalizedSpan[]>();
  private readonly stats = new TraceStatistics();
  private readonly strings = new Map<string, string>();
  private readonly reader: TraceReader;
  private characters = 0;

  constructor(private readonly options: ImportOptions = {}) {
    this.reader = new TraceReader(
      (span) => {
        // Share repeated strings: a large file holds a few services and operations but many spans.
        span.service = this.intern(span.service);
        span.name = this.intern(span.name);
        if (span.endpoint !== undefined) span.endpoint = this.intern(span.endpoint);
        if (Object.keys(span.attributes).length === 0) span.attributes = NO_ATTRIBUTES;
        const list = this.byTrace.get(span.traceId);
        if (list) {
          span.traceId = (list[0] as NormalizedSpan).traceId;
          list.push(span);
        } else this.byTrace.set(span.traceId, [span]);
      },
      (p) => {
        this.characters = p.characters;
        options.onProgress?.({ ...p, phase: 'reading', traces: this.stats.traces });
      },
      (traceIds) => {
        for (const id of traceIds) this.processTrace(id);
      },
    );
  }

  /** Turns one trace's spans into statistics and lets go of them. */
  private processTrace(traceId: string): void {
    const spans = this.byTrace.get(traceId);
    if (!spans) return;
    this.stats.addTree(buildSpanTree(spans));
    this.byTrace.delete(traceId);
  }

  feed(chunk: string): void {
    this.reader.feed(chunk);
  }

  private intern(text: string): string {
    const known = this.strings.get(text);
    if (known !== undefined) return known;
    // Names are few; a file with a unique name per span must not grow this table without bound.
    if (this.strings.size < 10_000) this.strings.set(text, text);
    return text;
  }

  finish(): ImportResult {
    this.reader.end();
    const format = this.reader.format;
    if (format === null) throw new ImportIssue('(document)', 'no format detected');
    if (this.reader.spans === 0)
      throw new ImportIssue('(document)', `is ${format} but holds no usable spans`);
    const stats = this.stats;
    for (const traceId of [...this.byTrace.keys()]) {
      this.processTrace(traceId);
      if (stats.traces % BUILD_PROGRESS_EVERY === 0) this.progressBuilding(stats.traces);
    }
    this.progressBuilding(stats.traces);
    stats.resolveLinks();
    const built = buildVariant(stats, {
      serviceTime: this.options.serviceTime ?? 'auto',
      variantId: 'as-is',
      variantName: 'As-is (from traces)',
    });
    const project = checkedProject({
      format: 'spillway',
      version: CURRENT_VERSION,
      name: this.options.projectName ?? 'Imported from traces',
      variants: [built.variant],
      scenarios: built.scenario ? [built.scenario] : [],
    });
    const summary: ImportSummary = {
      format,
      ...(this.reader.envelope ? { envelope: this.reader.envelope } : {}),
      spans: this.reader.spans,
      traces: stats.traces,
      skippedCount: this.reader.skippedCount,
      skipped: this.reader.skipped,
      placed: stats.spansPlaced,
      unplacedCount: stats.unplaced.count,
      unplacedByReason: [...stats.unplaced.byReason].map(([reason, count]) => ({ reason, count })),
      unplaced: stats.unplaced.listed,
      repairs: stats.repairs,
      inferred: built.inferred,
      ignored: built.ignored,
    };
    return { project, summary };
  }

  private progressBuilding(traces: number): void {
    this.options.onProgress?.({
      phase: 'building',
      characters: this.characters,
      spans: this.reader.spans,
      traces,
    });
  }
}

/**
 * The model built from the traces, through the project schema like any file: figures the
 * traces give that no model can hold (a latency of years between far-apart timestamps, more
 * services than the limit) are reported where they land, not thrown as an internal error.
 */
function checkedProject(document: unknown): Project {
  const parsed = projectSchema.safeParse(document);
  if (parsed.success) return parsed.data;
  const problems = issuesToProblems(parsed.error.issues, document, projectSchema);
  throw new ImportIssue(
    '(model)',
    `the traces give a model Spillway cannot hold: ${problems.slice(0, 5).map(formatProblem).join('; ')}`,
  );
}

/** The whole text at once (small files, tests). */
export function importTraces(text: string, options: ImportOptions = {}): ImportResult {
  const importer = new TraceImporter(options);
  importer.feed(text);
  return importer.finish();
}
