// Runs one fuzz case through the real command line (its `main`, in this process) and checks
// every outcome: exit 0 or 2 only, located rejections, finite numbers and conservation in every
// accepted run, no executable content in any export, an imported trace model that validates.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../../simulator/cli/main';
import {
  asyncApiProblems,
  conservationBroken,
  executableContent,
  markdownProblems,
  mermaidProblems,
  nonFinite,
  rejectionLocation,
} from './checks';
import type { FuzzCase } from './fuzz-cases';

export interface CommandOutcome {
  command: string;
  code: number;
  ms: number;
  /** 'path' or 'file' for a located rejection (exit 2). */
  located?: 'path' | 'file' | null;
}

export interface CaseResult {
  kind: FuzzCase['kind'];
  label: string;
  outcomes: CommandOutcome[];
  failures: string[];
  ms: number;
}

export interface RunOptions {
  /** Computing time each simulation may take (`--time-limit`), in seconds. */
  timeLimitS: number;
  /** Longest a single command may take, in ms, before the case counts as too slow. */
  maxCommandMs: number;
}

export const DEFAULT_RUN_OPTIONS: RunOptions = { timeLimitS: 1, maxCommandMs: 60_000 };

async function cli(
  args: string[],
): Promise<{ code: number; out: string; err: string; ms: number }> {
  let out = '';
  let err = '';
  const start = performance.now();
  const code = await main(args, {
    out: (t) => (out += t.endsWith('\n') ? t : `${t}\n`),
    err: (t) => (err += t.endsWith('\n') ? t : `${t}\n`),
  });
  return { code, out, err, ms: performance.now() - start };
}

export async function runCase(
  c: FuzzCase,
  options: RunOptions = DEFAULT_RUN_OPTIONS,
): Promise<CaseResult> {
  const dir = mkdtempSync(join(tmpdir(), 'spillway-fuzz-'));
  const result: CaseResult = { kind: c.kind, label: c.label, outcomes: [], failures: [], ms: 0 };
  const start = performance.now();
  const limit = ['--time-limit', String(options.timeLimitS)];
  const run = async (
    args: string[],
    check?: (out: string) => string[],
  ): Promise<{ code: number; out: string }> => {
    const r = await cli(args);
    const outcome: CommandOutcome = { command: args[0]!, code: r.code, ms: Math.round(r.ms) };
    result.outcomes.push(outcome);
    const what = args.filter((a) => !a.startsWith(dir)).join(' ');
    if (r.code !== 0 && r.code !== 2)
      result.failures.push(`${what}: exit ${r.code}: ${r.err.split('\n').slice(0, 3).join(' | ')}`);
    if (r.code === 2) {
      outcome.located = rejectionLocation(r.err);
      if (!outcome.located)
        result.failures.push(`${what}: rejection without a location: ${r.err.slice(0, 300)}`);
    }
    if (r.ms > options.maxCommandMs) result.failures.push(`${what}: took ${Math.round(r.ms)} ms`);
    if (r.code === 0 && check) for (const p of check(r.out)) result.failures.push(`${what}: ${p}`);
    return { code: r.code, out: r.out };
  };
  try {
    if (c.kind === 'trace') {
      const trace = join(dir, 'trace.json');
      writeFileSync(trace, c.text);
      const imported = await run(['import-trace', trace]);
      if (imported.code === 0) {
        const model = join(dir, 'imported.json');
        writeFileSync(model, imported.out);
        const valid = await run(['validate', model]);
        if (valid.code !== 0) result.failures.push('an imported model does not validate');
        else await run(['simulate', model, '--json', ...limit], checkRun);
      }
    } else {
      const file = join(dir, 'project.json');
      writeFileSync(file, c.text);
      const valid = await run(['validate', file]);
      if (valid.code === 0) await accepted(file, c, limit, run);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  result.ms = Math.round(performance.now() - start);
  return result;
}

type Run = (
  args: string[],
  check?: (out: string) => string[],
) => Promise<{ code: number; out: string }>;

/** What is done with a file `validate` accepted: run it and export it. */
async function accepted(file: string, c: FuzzCase, limit: string[], run: Run): Promise<void> {
  const project = JSON.parse(c.text) as { scenarios?: unknown[]; variants: unknown[] };
  const hasScenario = (project.scenarios?.length ?? 0) > 0;
  if (hasScenario) await run(['simulate', file, '--json', ...limit], checkRun);
  if (project.variants.length >= 2) {
    await run(['roadmap', file, '--format', 'md', ...limit], markdownProblems);
    if (c.kind === 'hostile' || c.kind === 'roadmap') {
      await run(['roadmap', file, '--format', 'html', ...limit], (html) =>
        executableContent(html, new Set(['meta'])),
      );
      await run(['roadmap', file, '--format', 'json', ...limit], checkRoadmapJson);
    }
    if (hasScenario && c.kind === 'generated')
      await run(['compare', file, '--json', ...limit], checkCompare);
  }
  await run(['export', '--format', 'mermaid', file], mermaidProblems);
  if (c.kind === 'hostile' || c.kind === 'example')
    await run(['export', '--format', 'asyncapi', file], asyncApiProblems);
}

function checkRun(out: string): string[] {
  const r = JSON.parse(out) as { conservation: never };
  const broken = conservationBroken(r);
  return [...nonFinite(r), ...(broken ? [broken] : [])];
}

function checkCompare(out: string): string[] {
  const r = JSON.parse(out) as { asIs: { conservation: never }; toBe: { conservation: never } };
  return [r.asIs, r.toBe].flatMap((x) => {
    const broken = conservationBroken(x);
    return [...nonFinite(x), ...(broken ? [broken] : [])];
  });
}

/** The roadmap's figures (the project's own nulls, an unbounded capacity, are not figures). */
function checkRoadmapJson(out: string): string[] {
  const r = JSON.parse(out) as { baseline: unknown; steps: { kpis: unknown }[] };
  return nonFinite({ baseline: r.baseline, steps: r.steps.map((s) => s.kpis) });
}
