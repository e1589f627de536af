// The browser against Node on the same runs: the Client portal's quarterly peak, as-is and to-be
// under one seed, as the Compare view runs them (two runs side by side on the worker pool) and as
// `spillway compare --json` runs them (two runs in one fresh Node process). Prints, for each:
// the runs' own time (the sum of the results' wallMs), and for the browser the time from the click
// on "Run simulation" to the KPI table on screen, split into click to the first run's start (the
// worker's start if not prestarted, the project crossing, compiling the model), the runs side by
// side, and the page's work after the last result arrived; the size of each result
// as it crosses to the page (its JSON length, a stand-in for the structured clone) and the page's
// JS heap after. Then the ratio click-to-results / Node's run time (#20's goal: within 1.5).
// Then the Client portal's roadmap under the quarterly peak (every system: the as-is and after each
// step), click on "Simulate roadmap" to the trajectory table, with one worker (`?workers=1`, the
// serial run) and with the default pool (one worker per core, at least 2), interleaved (#18).
// `npm run bench:worker [-- --no-build] [-- --runs N] [-- --only compare|roadmap]`. A script, not
// a test: the machine is shared.
import { spawnSync } from 'node:child_process';
import { startAppSession } from './app-session';

const FILE = 'models/examples/client-portal.json';
const SCENARIO = 'quarterly-peak';
const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 3;
const onlyArg = process.argv.indexOf('--only');
const ONLY = onlyArg > 0 ? process.argv[onlyArg + 1] : null;
if (ONLY !== null && ONLY !== 'compare' && ONLY !== 'roadmap')
  throw new Error(`--only must be compare or roadmap, got ${ONLY}`);

interface NodeRun {
  /** The two results' wallMs together. */
  runMs: number;
  /** The whole command, spawn to exit. */
  processMs: number;
}

function nodeCompare(): NodeRun {
  const started = performance.now();
  const child = spawnSync(
    process.execPath,
    ['bin/spillway.mjs', 'compare', FILE, '--scenario', SCENARIO, '--json'],
    { encoding: 'utf8', maxBuffer: 1 << 28, timeout: 300_000 },
  );
  const processMs = performance.now() - started;
  if (child.status !== 0)
    throw new Error(`spillway compare exited ${child.status}: ${child.stderr}`);
  const out = JSON.parse(child.stdout) as { asIs: { wallMs: number }; toBe: { wallMs: number } };
  return { runMs: out.asIs.wallMs + out.toBe.wallMs, processMs };
}

interface BrowserRun {
  clickToResultsMs: number;
  /**
   * Click to the first run's start: its result's arrival less its own wallMs (worker start if it
   * was not prestarted, the project crossing, validation and compilation of the model).
   */
  startMs: number;
  /** From the first run's start to the last result's arrival: the runs side by side. */
  runsSpanMs: number;
  /** The two results' wallMs together, as the worker measured them. */
  runMs: number;
  /** From the last result's arrival to the KPI table in the document. */
  afterMs: number;
  /** JSON length of each result message, in bytes. */
  resultBytes: number[];
  /** The page's (main thread's) used JS heap once the results are drawn. */
  heapBytes: number;
}

/**
 * Installed before the app loads: every Worker the page makes reports its messages' arrival
 * times; the click on "Run simulation" and the KPI table's appearance are stamped on the same
 * clock. Source text, so that tsx's rewriting never reaches the page.
 */
const PROBE_SCRIPT = `
(() => {
  const bench = { messages: [], clickAt: 0, tableAt: 0 };
  window.__bench = bench;
  const Native = window.Worker;
  window.Worker = class extends Native {
    constructor(...args) {
      super(...args);
      this.addEventListener('message', (e) => bench.messages.push({ t: performance.now(), data: e.data }));
    }
  };
  document.addEventListener('click', (e) => {
    const button = e.target instanceof Element ? e.target.closest('button') : null;
    if (button && button.textContent.trim() === 'Run simulation') {
      bench.clickAt = performance.now();
      bench.messages = [];
      bench.tableAt = 0;
    }
  }, true);
  new MutationObserver(() => {
    if (bench.clickAt && !bench.tableAt && document.querySelector('.compare-table'))
      bench.tableAt = performance.now();
  }).observe(document, { childList: true, subtree: true });
})();
`;

/** Reads the probe: the result messages are comlink answers holding { result: { wallMs } }. */
const READ_PROBE = `
(() => {
  const b = window.__bench;
  const results = b.messages.filter((m) => m.data && m.data.value && m.data.value.result && typeof m.data.value.result.wallMs === 'number');
  return {
    clickAt: b.clickAt,
    tableAt: b.tableAt,
    results: results.map((m) => ({ t: m.t, wallMs: m.data.value.result.wallMs, bytes: JSON.stringify(m.data).length })),
  };
})()
`;

interface Probe {
  clickAt: number;
  tableAt: number;
  results: { t: number; wallMs: number; bytes: number }[];
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
const ms = (x: number): string => `${Math.round(x).toLocaleString('en-US')}`;

const session = await startAppSession({ skipBuild: process.argv.includes('--no-build') });
try {
  if (ONLY !== 'roadmap') await benchCompare();
  if (ONLY !== 'compare') await benchRoadmap();
} finally {
  await session.close();
}

async function benchCompare(): Promise<void> {
  const nodeRuns: NodeRun[] = [];
  const browserRuns: BrowserRun[] = [];
  // Interleaved, so that the machine's load drifts over both alike.
  for (let i = 0; i < RUNS; i++) {
    nodeRuns.push(nodeCompare());
    // A fresh page each time: a fresh worker, cold like the fresh Node process.
    const page = await session.open(FILE, { initScript: PROBE_SCRIPT });
    await page.getByTestId('view-compare').click();
    await page.getByLabel('Baseline').selectOption('as-is');
    await page.getByLabel('Compared with').selectOption('to-be');
    await page.getByLabel('Scenario').selectOption(SCENARIO);
    await page.getByRole('button', { name: 'Run simulation' }).click();
    // The probe's own stamp, checked every 100 ms: Playwright's locator.waitFor would check the
    // table's visibility every frame, forcing a layout each time in the page it measures (~100 ms
    // of the page's main thread between the click and the table, by a CPU profile).
    await page.waitForFunction('window.__bench.tableAt > 0', undefined, {
      polling: 100,
      timeout: 300_000,
    });
    const probe = (await page.evaluate(READ_PROBE)) as Probe;
    if (probe.results.length !== 2)
      throw new Error(`expected 2 results from the worker, saw ${probe.results.length}`);
    // Progress crosses on comlink's own message ports, which the probe does not see: the worker's
    // first message is a result, so each run's start is its arrival less its own wallMs.
    const firstStart = Math.min(...probe.results.map((r) => r.t - r.wallMs));
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    browserRuns.push({
      clickToResultsMs: probe.tableAt - probe.clickAt,
      startMs: firstStart - probe.clickAt,
      runsSpanMs: probe.results.at(-1)!.t - firstStart,
      runMs: probe.results.reduce((s, r) => s + r.wallMs, 0),
      afterMs: probe.tableAt - probe.results.at(-1)!.t,
      resultBytes: probe.results.map((r) => r.bytes),
      heapBytes: heap.usedSize,
    });
    await page.context().close();
  }

  const rows: [string, number[]][] = [
    ['Node: spillway compare, the two runs (wallMs)', nodeRuns.map((r) => r.runMs)],
    ['Node: spillway compare, whole process', nodeRuns.map((r) => r.processMs)],
    ['browser: click to KPI table', browserRuns.map((r) => r.clickToResultsMs)],
    ['  click to the first run’s start', browserRuns.map((r) => r.startMs)],
    ['  first run’s start to the last result', browserRuns.map((r) => r.runsSpanMs)],
    ['  the two runs in the workers (wallMs, added up)', browserRuns.map((r) => r.runMs)],
    ['  last result’s arrival to KPI table', browserRuns.map((r) => r.afterMs)],
  ];
  const width = Math.max(...rows.map(([name]) => name.length));
  console.log(`${'wall ms'.padEnd(width)}  ${'best'.padStart(7)}  ${'median'.padStart(7)}`);
  for (const [name, xs] of rows)
    console.log(
      `${name.padEnd(width)}  ${ms(Math.min(...xs)).padStart(7)}  ${ms(median(xs)).padStart(7)}`,
    );
  const bytes = browserRuns[0]!.resultBytes;
  console.log(
    `results crossing to the page: ${bytes.map((b) => `${(b / 1e6).toFixed(2)} MB`).join(' + ')} (JSON length); page JS heap after drawing: ${median(browserRuns.map((r) => r.heapBytes / 1e6)).toFixed(1)} MB (median)`,
  );
  const ratio = (a: number[], b: number[]): string => (median(a) / median(b)).toFixed(2);
  console.log(
    `browser click-to-results / Node run time: ${ratio(
      browserRuns.map((r) => r.clickToResultsMs),
      nodeRuns.map((r) => r.runMs),
    )} (medians; goal ≤ 1.5); worker runs / Node runs: ${ratio(
      browserRuns.map((r) => r.runMs),
      nodeRuns.map((r) => r.runMs),
    )}`,
  );
  console.log(
    `${FILE}, scenario ${SCENARIO}, as-is and to-be at the scenario's seed; ${RUNS} interleaved rounds, each a fresh Node process and a fresh page (fresh worker)`,
  );
}

/** Click on "Simulate roadmap" to the trajectory table, in ms, with `?workers=N` or the default. */
async function roadmapOnce(
  workers: number | null,
): Promise<{ ms: number; pool: number; cores: number }> {
  const page = await session.open(FILE, workers === null ? {} : { query: `?workers=${workers}` });
  await page.getByTestId('view-roadmap').click();
  await page.getByLabel('Scenario').selectOption(SCENARIO);
  const cores = await page.evaluate(() => navigator.hardwareConcurrency);
  // The pool's size (src/simulation/pool-size.ts): the switch, else one per core, 2 to 8.
  const pool = workers ?? Math.min(8, Math.max(2, cores || 2));
  const started = performance.now();
  await page.getByRole('button', { name: 'Simulate roadmap' }).click();
  await page.getByTestId('trajectory-table').waitFor({ timeout: 600_000 });
  const ms = performance.now() - started;
  await page.context().close();
  return { ms, pool, cores };
}

async function benchRoadmap(): Promise<void> {
  const serial: number[] = [];
  const pooled: number[] = [];
  let pool = 0;
  let cores = 0;
  for (let i = 0; i < RUNS; i++) {
    serial.push((await roadmapOnce(1)).ms);
    const run = await roadmapOnce(null);
    pooled.push(run.ms);
    ({ pool, cores } = run);
  }
  const rows: [string, number[]][] = [
    ['roadmap, click to table: 1 worker (?workers=1)', serial],
    [`roadmap, click to table: the pool (${pool} workers)`, pooled],
  ];
  const width = Math.max(...rows.map(([name]) => name.length));
  console.log(`${'wall ms'.padEnd(width)}  ${'best'.padStart(7)}  ${'median'.padStart(7)}`);
  for (const [name, xs] of rows)
    console.log(
      `${name.padEnd(width)}  ${ms(Math.min(...xs)).padStart(7)}  ${ms(median(xs)).padStart(7)}`,
    );
  console.log(
    `roadmap speed-up: ${(median(serial) / median(pooled)).toFixed(2)}x with ${pool} workers (medians); the browser reports ${cores} cores; ${FILE}, scenario ${SCENARIO}, ${RUNS} interleaved rounds, each a fresh page`,
  );
}
