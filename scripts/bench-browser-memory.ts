// Memory in the browser (#20 item 4): the tab's peak resident memory while it (1) imports a
// ~100 MB OTLP trace file through "Import traces…" and (2) simulates a 30-minute peak of 2,000
// requests per second on the Client portal example. Each case gets a fresh Chromium, so its one
// renderer process (the page's main thread, its workers and Blink) holds only that case; the
// renderer's peak resident set is what the tab costs the machine, and the goal is under 500 MB:
// the larger of its high-water mark (VmHWM in /proc, Linux) and the resident set sampled every
// 100 ms (also printed alone). Then the page's main-thread JS heap at the end.
// `npm run bench:memory [-- --no-build] [-- --mb N]`. A script, not a test: it takes minutes.
import {
  closeSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { loadProject } from '../models/load';
import { serializeProject } from '../models/serialize';
import { withPeakScenario } from '../simulator/bench/peak-scenario';
import { generateShopSpans } from '../test/fixtures/traces/generate-spans';
import { otlpChunks } from '../test/fixtures/traces/write-formats';
import { projectCommand } from '../test/e2e/editor-helpers';
import { startAppSession } from './app-session';

const GOAL_MB = 500;
const mbArg = process.argv.indexOf('--mb');
const TRACE_MB = mbArg > 0 ? Number(process.argv[mbArg + 1]) : 100;
const EXAMPLE = 'models/examples/client-portal.json';
const PEAK = { id: 'peak-2000rps-30min', rps: 2000, durationS: 1800 };

const dir = mkdtempSync(join(tmpdir(), 'spillway-memory-'));
const mb = (bytes: number): string => (bytes / 1e6).toFixed(1);

/** A trace file of about TRACE_MB megabytes, the shape bench:import uses. */
function writeTraceFile(): string {
  const file = join(dir, 'traces.otlp.json');
  const fd = openSync(file, 'w');
  function* batches(): Generator<ReturnType<typeof generateShopSpans>> {
    let written = 0;
    for (let i = 0; written < TRACE_MB * 1e6; i++) {
      yield generateShopSpans({
        traces: 500,
        seed: 1000 + i,
        startMs: Date.UTC(2026, 0, 5) + i * 10_000,
      });
      written = statSync(file).size;
    }
  }
  for (const chunk of otlpChunks(batches())) writeSync(fd, chunk);
  closeSync(fd);
  return file;
}

/** The Client portal with one scenario: the 30-minute peak (so it is the one the view runs). */
function writePeakProject(): string {
  const loaded = loadProject(readFileSync(EXAMPLE, 'utf8'));
  if (!loaded.ok) throw new Error(`${EXAMPLE} does not load`);
  const withPeak = withPeakScenario(loaded.project, PEAK.id, PEAK.rps, PEAK.durationS);
  const file = join(dir, 'client-portal-peak.json');
  writeFileSync(file, serializeProject({ ...withPeak, scenarios: withPeak.scenarios.slice(-1) }));
  return file;
}

/** The kB figure of a /proc/PID/status line ("VmHWM:  123456 kB"), in bytes. */
function statusBytes(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8')
    .split('\n')
    .find((l) => l.startsWith(`${field}:`));
  return line ? Number(line.split(/\s+/)[1]) * 1024 : 0;
}

async function rendererPids(browser: Browser): Promise<number[]> {
  const cdp = await browser.newBrowserCDPSession();
  const info = (await cdp.send('SystemInfo.getProcessInfo')) as {
    processInfo: { type: string; id: number }[];
  };
  await cdp.detach();
  return info.processInfo.filter((p) => p.type === 'renderer').map((p) => p.id);
}

interface Measured {
  seconds: number;
  peakRss: number;
  sampledRss: number;
  heapBytes: number;
}

/** Runs `work` on a page of a fresh browser, measuring the renderers' memory meanwhile. */
async function measure(
  projectFile: string,
  work: (page: Page) => Promise<void>,
  skipBuild: boolean,
): Promise<Measured> {
  const session = await startAppSession({ skipBuild });
  try {
    const page = await session.open(projectFile);
    await page.locator('.react-flow__node').first().waitFor();
    const pids = await rendererPids(session.browser);
    let sampledRss = 0;
    const sample = (): void => {
      for (const pid of pids) sampledRss = Math.max(sampledRss, statusBytes(pid, 'VmRSS'));
    };
    const timer = setInterval(sample, 100);
    const started = performance.now();
    try {
      await work(page);
    } finally {
      clearInterval(timer);
    }
    const seconds = (performance.now() - started) / 1000;
    sample();
    // VmHWM can miss a peak whose pages V8 gave back with madvise (Linux does not update the
    // high-water mark then), so the samples count too.
    const peakRss = Math.max(sampledRss, ...pids.map((pid) => statusBytes(pid, 'VmHWM')));
    const cdp = await page.context().newCDPSession(page);
    const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    return { seconds, peakRss, sampledRss, heapBytes: heap.usedSize };
  } finally {
    await session.close();
  }
}

/** What the import summary's first sentence said ("Imported N spans in M traces (…)"). */
let imported = '';

async function importTraces(page: Page, file: string): Promise<void> {
  const choosing = page.waitForEvent('filechooser');
  await projectCommand(page, 'Import traces…');
  await (await choosing).setFiles(file);
  const summary = page.getByTestId('import-traces-summary');
  await summary.waitFor({ timeout: 900_000 });
  imported = ((await summary.textContent()) ?? '').split(/(?<=\))/)[0]!;
}

async function simulate(page: Page): Promise<void> {
  await page.getByTestId('view-simulate').click();
  // The run is the scenario's own: 30 minutes, both variants one after the other.
  const duration = await page.getByLabel('Duration').inputValue();
  if (Number(duration) !== PEAK.durationS)
    throw new Error(`the scenario's duration reads ${duration} s, not ${PEAK.durationS}`);
  await page.getByLabel('Both variants').check();
  await page.getByRole('button', { name: 'Run simulation' }).click();
  await page.getByTestId('results').waitFor({ timeout: 900_000 });
  await page.getByRole('button', { name: 'Run simulation' }).waitFor({ timeout: 900_000 });
}

const skipBuild = process.argv.includes('--no-build');
try {
  const traceFile = writeTraceFile();
  const peakFile = writePeakProject();
  const rows: [string, Measured][] = [];
  rows.push([
    `import a ${mb(statSync(traceFile).size)} MB OTLP trace file`,
    await measure(EXAMPLE, (page) => importTraces(page, traceFile), skipBuild),
  ]);
  rows.push([
    `simulate ${PEAK.rps.toLocaleString('en-US')} rps for ${PEAK.durationS / 60} min (Client portal, as-is and to-be)`,
    // The app was built for the first case.
    await measure(peakFile, simulate, true),
  ]);
  const width = Math.max(...rows.map(([name]) => name.length));
  console.log(
    `${'case'.padEnd(width)}  ${'time s'.padStart(7)}  ${'peak RSS MB'.padStart(11)}  ${'sampled MB'.padStart(10)}  ${'JS heap MB'.padStart(10)}  goal`,
  );
  for (const [name, m] of rows)
    console.log(
      `${name.padEnd(width)}  ${m.seconds.toFixed(1).padStart(7)}  ${mb(m.peakRss).padStart(11)}  ${mb(m.sampledRss).padStart(10)}  ${mb(m.heapBytes).padStart(10)}  ${m.peakRss < GOAL_MB * 1e6 ? 'under' : 'OVER'} ${GOAL_MB} MB`,
    );
  console.log(`the import: ${imported}`);
  console.log(
    'peak RSS: the tab renderer process’s VmHWM (main thread, workers, Blink); JS heap: the page’s main thread at the end',
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
