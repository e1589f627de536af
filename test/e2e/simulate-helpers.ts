// Shared steps of the simulation browser tests: open a model file through a share link, and run
// the CLI for the numbers the browser must reproduce.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import LZString from 'lz-string';
import type { Browser, BrowserContext, Page } from 'playwright-core';
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

/** The headline figures read straight from the CLI's JSON, as the results contract (simulator/result.ts) names them. */
export function cliFigures(r: SimulationResult): Record<string, number> {
  const queues = Object.values(r.queues);
  return {
    requests: r.entry.requests,
    successRate: r.entry.succeeded / r.entry.requests,
    p50: r.entry.latencyMs.p50,
    p95: r.entry.latencyMs.p95,
    p99: r.entry.latencyMs.p99,
    completionP99: r.completion.latencyMs.p99,
    peakBacklog: Math.max(0, ...queues.map((q) => q.maxBacklog)),
    deadLettered: queues.reduce((s, q) => s + q.deadLettered, 0),
    duplicates: queues.reduce((s, q) => s + q.duplicates, 0),
  };
}

/** Samples the progress bar's value every 50 ms until it disappears (the run ended). */
export async function watchProgress(page: Page, timeoutMs = 90_000): Promise<number[]> {
  return page.evaluate(
    (limit) =>
      new Promise<number[]>((resolve) => {
        const seen: number[] = [];
        const started = performance.now();
        let appeared = false;
        const tick = (): void => {
          const bar = document.querySelector('[role=progressbar]');
          if (bar) {
            appeared = true;
            seen.push(Number(bar.getAttribute('data-fraction')));
          }
          if ((appeared && !bar) || performance.now() - started > limit) resolve(seen);
          else setTimeout(tick, 50);
        };
        tick();
      }),
    timeoutMs,
  );
}
