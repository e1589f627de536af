// Shared steps of the simulation browser tests: open a model file through a share link, and run
// the CLI for the numbers the browser must reproduce.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import LZString from 'lz-string';
import type { Browser, BrowserContext, Page, Worker } from 'playwright-core';
import { expect } from 'vitest';
import type { SimulationResult } from '../../simulator/result';
import { openApp } from './browser';

export const CLIENT_PORTAL = 'models/examples/client-portal.json';

/** Opens the app on exactly this file (a share link carries the file's text). */
export async function openModel(
  browser: Browser,
  file = CLIENT_PORTAL,
): Promise<{ context: BrowserContext; page: Page }> {
  const hash = `#project=${LZString.compressToEncodedURIComponent(readFileSync(file, 'utf8'))}`;
  return openApp(browser, `/${hash}`);
}

/**
 * The simulator workers Simulate and Compare start, idle, ahead of the first run
 * (use-prestarted-workers.ts): two, or one with `?workers=1`. Waits for them, so a test can tell
 * them from the workers a feature starts.
 */
export async function prestartedWorkers(page: Page, poolSize: number): Promise<Worker[]> {
  await expect.poll(() => page.workers().length, { timeout: 10_000 }).toBe(Math.min(2, poolSize));
  return page.workers();
}

const run = promisify(execFile);

export type CliResult = SimulationResult & {
  replications?: {
    n: number;
    seeds: number[];
    kpis: Record<string, { mean: number; ci95: number }>;
  };
};

/** `spillway simulate FILE --variant V --scenario S --seed N [--replications R] --json`, as a user would run it. */
export async function cliSimulate(
  variant: string,
  scenario: string,
  seed: number,
  replications = 1,
  file = CLIENT_PORTAL,
): Promise<CliResult> {
  const args = [
    'bin/spillway.mjs',
    'simulate',
    file,
    '--variant',
    variant,
    '--scenario',
    scenario,
    '--seed',
    String(seed),
  ];
  if (replications > 1) args.push('--replications', String(replications));
  const { stdout } = await run(process.execPath, [...args, '--json'], {
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(stdout) as CliResult;
}

/**
 * The headline figures read straight from the CLI's JSON by the results contract's fields
 * (simulator/result.ts), as docs/results.md defines them: shares of the requests after the
 * warm-up, latency of the succeeded requests, NaN where a figure has nothing to measure.
 */
export function cliFigures(r: SimulationResult): Record<string, number> {
  const e = r.entry;
  const queues = Object.values(r.queues);
  const peaks = Object.values(r.series.utilization).flat();
  const whenSucceeded = (v: number): number => (e.succeeded > 0 ? v : Number.NaN);
  return {
    requests: e.requests,
    successRate: e.succeeded / e.requests,
    errorRate: e.failed / e.requests,
    unfinishedRate: (e.requests - e.succeeded - e.failed) / e.requests,
    goodput: e.succeeded / (r.simulatedS - r.warmupS),
    p50: whenSucceeded(e.succeededLatencyMs.p50),
    p95: whenSucceeded(e.succeededLatencyMs.p95),
    p99: whenSucceeded(e.succeededLatencyMs.p99),
    timeToFailP50: e.failed > 0 ? e.timeToFailMs.p50 : Number.NaN,
    completionP99: r.completion.latencyMs.p99,
    peakUtilization: peaks.reduce((m, v) => Math.max(m, v), 0),
    peakBacklog: queues.reduce((m, q) => Math.max(m, q.maxBacklog), 0),
    // 0 without partitions (the card then says why).
    hottestPartition: queues.reduce((m, q) => Math.max(m, q.hottestPartition?.maxBacklog ?? 0), 0),
    deadLettered: queues.reduce((s, q) => s + q.deadLettered, 0),
    expired: queues.reduce((s, q) => s + (q.expired ?? 0), 0),
    duplicates: queues.reduce((s, q) => s + q.duplicates, 0),
    cost: r.cost?.total ?? Number.NaN,
    monthlyCost: r.cost?.monthly ?? Number.NaN,
  };
}

/** Every value the progress bar shows, in order, until it disappears (the run ended). */
export async function watchProgress(page: Page, timeoutMs = 90_000): Promise<number[]> {
  // Every value the bar shows, seen as the DOM changes (a MutationObserver, not a poll that a
  // busy page can delay past the last values of a fast run), until the bar goes away.
  return page.evaluate(
    (limit) =>
      new Promise<number[]>((resolve) => {
        const seen: number[] = [];
        let appeared = false;
        const finish = (): void => {
          observer.disconnect();
          clearTimeout(timer);
          resolve(seen);
        };
        const look = (): void => {
          const bar = document.querySelector('[role=progressbar]');
          if (!bar) {
            if (appeared) finish();
            return;
          }
          appeared = true;
          const fraction = Number(bar.getAttribute('data-fraction'));
          if (seen.at(-1) !== fraction) seen.push(fraction);
        };
        const observer = new MutationObserver(look);
        observer.observe(document.body, {
          subtree: true,
          childList: true,
          attributes: true,
          attributeFilter: ['data-fraction'],
        });
        const timer = setTimeout(finish, limit);
        look();
      }),
    timeoutMs,
  );
}

export interface CliCheck {
  met: boolean;
  checks: {
    variant: string;
    scenario: string;
    seed: number;
    met: boolean;
    objectives: { id: string; measured: string; met: boolean | null }[];
  }[];
}

/** `spillway check FILE --variant V --scenario S --seed N --json` and its exit code. */
export async function cliCheck(
  variant: string,
  scenario: string,
  seed: number,
  file = CLIENT_PORTAL,
): Promise<{ code: number; report: CliCheck }> {
  const args = ['bin/spillway.mjs', 'check', file, '--variant', variant, '--scenario', scenario];
  try {
    const { stdout } = await run(process.execPath, [...args, '--seed', String(seed), '--json']);
    return { code: 0, report: JSON.parse(stdout) as CliCheck };
  } catch (e) {
    const failed = e as { code?: number; stdout?: string };
    return { code: failed.code ?? -1, report: JSON.parse(failed.stdout ?? '') as CliCheck };
  }
}
