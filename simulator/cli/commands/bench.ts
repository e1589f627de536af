import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { basename, join } from 'node:path';
import { holdBenchmark } from '../../bench/hold-model';
import { EventQueue } from '../../event-queue';
import { EventQueue4 } from '../../event-queue-4ary';
import { EventWheel } from '../../event-wheel';
import type { Project } from '../../../models/types';
import { MMC, mmcDurationS, mmcProject } from '../../bench/mmc-model';
import { mmcReference } from '../../bench/mmc-reference';
import { withPeakScenario } from '../../bench/peak-scenario';
import { runSimulation } from '../../simulate';
import { EXIT_OK, type CliIo } from '../io';
import { loadProjectFile } from '../load-file';
import { poolBenchTable } from '../pool-bench';
import { startupTable } from '../startup-bench';
import { fmt, formatTable } from '../table';

function examples(): { id: string; project: Project }[] {
  const dir = join('models', 'examples');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => ({ id: basename(f, '.json'), project: loadProjectFile(join(dir, f)) }));
}

interface OneRun {
  requests: number;
  events: number;
  /** The first run in a fresh process: what `spillway simulate` costs, JIT warm-up included. */
  coldWallMs: number;
  /** The best of WARM_RUNS more runs in that process, warmed up: the engine's speed. */
  wallMs: number;
  /** Their median: on a shared machine the others' load shows as the gap between the two. */
  medianWallMs: number;
  /** CPU time (user + system) of the best run. */
  cpuMs: number;
  maxRssMb: number;
  stateKb: number;
}

const PEAK_SCENARIO = 'bench-peak-500rps-10min';

/** The project a row runs: `mmc:<requests>`, `portal-peak` or a built-in example's id. */
function projectFor(model: string): Project {
  if (model.startsWith('mmc:')) return mmcProject(Number(model.slice(4)));
  if (model === 'portal-peak') {
    const portal = examples().find((e) => e.id === 'client-portal');
    if (!portal) throw new Error('models/examples/client-portal.json not found');
    return withPeakScenario(portal.project, PEAK_SCENARIO, 500, 600);
  }
  const ex = examples().find((e) => e.id === model);
  if (!ex) throw new Error(`no example ${model}`);
  return ex.project;
}

/** Warmed-up runs per row after the first: the best and the median are reported. */
const WARM_RUNS = 3;

/**
 * One row in this process, as a JSON line: the run, then (with `warm`) WARM_RUNS more of it.
 * Each row has a process of its own, as a JVM benchmark harness forks one per benchmark:
 * otherwise the optimiser's profile of the rows before it would shape its code, and a row's
 * speed would depend on its place in the list. Best of several, as timing tools report, because
 * other jobs on a shared machine only ever add time.
 */
function oneRun(
  model: string,
  variant: string,
  scenario: string,
  warm: boolean,
  io: CliIo,
): number {
  const once = model.startsWith(REFERENCE)
    ? referenceRun(model)
    : engineRun(model, variant, scenario);
  const cold = once();
  const runs = warm ? Array.from({ length: WARM_RUNS }, once) : [cold];
  const walls = runs.map((r) => r.wallMs).sort((x, y) => x - y);
  const best = runs.reduce((x, y) => (y.wallMs < x.wallMs ? y : x));
  const last = runs[runs.length - 1];
  const run: OneRun = {
    requests: last.requests,
    events: last.events,
    coldWallMs: cold.wallMs,
    wallMs: best.wallMs,
    medianWallMs: walls[walls.length >> 1],
    cpuMs: best.cpuMs,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
    stateKb: last.stateBytes / 1024,
  };
  io.out(JSON.stringify(run));
  return EXIT_OK;
}

/** One timed run of a row. */
interface Timed {
  requests: number;
  events: number;
  wallMs: number;
  cpuMs: number;
  stateBytes: number;
}

function cpuMsSince(start: NodeJS.CpuUsage): number {
  const cpu = process.cpuUsage(start);
  return (cpu.user + cpu.system) / 1000;
}

/** The engine on a model key: wall time is the engine's own (`wallMs` of the result). */
function engineRun(model: string, variant: string, scenario: string): () => Timed {
  const project = projectFor(model);
  return () => {
    const cpu0 = process.cpuUsage();
    const { result, engine } = runSimulation(project, { variant, scenario, maxWallMs: 600_000 });
    return {
      requests: result.entry.requests,
      events: result.events,
      wallMs: result.wallMs,
      cpuMs: cpuMsSince(cpu0),
      stateBytes: engine.stateBytes(),
    };
  };
}

/** `reference:mmc:<requests>`: the hand-written M/M/c simulator on the benchmark's M/M/8 model. */
const REFERENCE = 'reference:';

function referenceRun(model: string): () => Timed {
  const durationS = mmcDurationS(Number(model.slice(`${REFERENCE}mmc:`.length)));
  return () => {
    const cpu0 = process.cpuUsage();
    const wall0 = Date.now();
    const r = mmcReference(MMC.workers, MMC.rps, MMC.meanServiceMs, durationS, 1);
    return {
      requests: r.requests,
      events: r.events,
      wallMs: Date.now() - wall0,
      cpuMs: cpuMsSince(cpu0),
      stateBytes: 0,
    };
  };
}

/** A row in a fresh process (see oneRun). */
function inFreshProcess(model: string, variant: string, scenario: string, warm: boolean): OneRun {
  const out = execFileSync(
    process.execPath,
    [process.argv[1], 'bench', warm ? '--warm' : '--one', model, variant, scenario],
    { encoding: 'utf8' },
  );
  return JSON.parse(out.trim().split('\n').pop()!) as OneRun;
}

/** A row of the speed table: a model key for projectFor(), a variant and a scenario. */
interface Row {
  name: string;
  model: string;
  variant: string;
  scenario: string;
}

/** The engine's M/M/8 row and the hand-written reference on the same model. */
const MMC_ROW: Row = {
  name: 'M/M/8, rho 0.8, 2M requests',
  model: 'mmc:2000000',
  variant: 'mmc',
  scenario: 'steady',
};
const REFERENCE_ROW: Row = {
  name: 'M/M/8 hand-written reference (typed arrays)',
  model: `${REFERENCE}${MMC_ROW.model}`,
  variant: '',
  scenario: '',
};

function speedRows(): Row[] {
  const rows: Row[] = [MMC_ROW, REFERENCE_ROW];
  const ex = examples();
  for (const { id, project } of ex)
    for (const v of project.variants)
      for (const s of project.scenarios)
        rows.push({ name: `${id} ${v.id} ${s.id}`, model: id, variant: v.id, scenario: s.id });
  const portal = ex.find((e) => e.id === 'client-portal');
  for (const v of portal?.project.variants ?? [])
    rows.push({
      name: `client-portal ${v.id}: 500 rps for 10 min`,
      model: 'portal-peak',
      variant: v.id,
      scenario: PEAK_SCENARIO,
    });
  return rows;
}

/** Events per second and peak memory on the reference models; a benchmark, not a test. */
export async function run(args: string[], io: CliIo): Promise<number> {
  if (args[0] === '--one' || args[0] === '--warm')
    return oneRun(args[1], args[2], args[3], args[0] === '--warm', io);
  const header = [
    'model',
    'requests',
    'events',
    'wall ms',
    'median ms',
    'events/s',
    'cpu ms',
    'events/cpu-s',
    'first run ms',
    'first/best',
    'engine state KB',
    'peak RSS MB',
  ];
  const rows: string[][] = [];
  const list = speedRows();
  if (!list.some((r) => r.model === 'portal-peak'))
    io.out('(models/examples/client-portal.json not found: the portal peak is skipped)');
  const measured = new Map<Row, OneRun>();
  for (const r of list) {
    const m = inFreshProcess(r.model, r.variant, r.scenario, true);
    measured.set(r, m);
    rows.push([
      r.name,
      fmt(m.requests),
      fmt(m.events),
      fmt(m.wallMs),
      fmt(m.medianWallMs),
      fmt(Math.round((m.events / Math.max(1, m.wallMs)) * 1000)),
      fmt(Math.round(m.cpuMs)),
      fmt(Math.round((m.events / Math.max(1, m.cpuMs)) * 1000)),
      fmt(m.coldWallMs),
      (m.coldWallMs / Math.max(1, m.wallMs)).toFixed(2),
      fmt(m.stateKb, 1),
      fmt(m.maxRssMb, 1),
    ]);
  }
  io.out(formatTable(header, rows));
  const engine = measured.get(MMC_ROW);
  const reference = measured.get(REFERENCE_ROW);
  if (engine && reference) {
    // Requests per second of wall time, engine over reference: first runs, then best warm runs.
    const perS = (m: OneRun, ms: number): number => m.requests / Math.max(1, ms);
    const first = perS(engine, engine.coldWallMs) / perS(reference, reference.coldWallMs);
    const best = perS(engine, engine.wallMs) / perS(reference, reference.wallMs);
    io.out(
      `engine / hand-written reference on M/M/8, requests per wall-second: first run ${first.toFixed(2)}, best warm run ${best.toFixed(2)}`,
    );
  }
  io.out('');
  // Memory against run length: the same model at 1 M and 10 M requests, each in a fresh process.
  const mem = [1_000_000, 10_000_000].map((n) => {
    const m = inFreshProcess(`mmc:${n}`, 'mmc', 'steady', false);
    return [
      `M/M/8, ${fmt(n)} requests`,
      fmt(m.requests),
      fmt(m.events),
      fmt(m.wallMs),
      fmt(Math.round(m.cpuMs)),
      fmt(Math.round((m.events / Math.max(1, m.cpuMs)) * 1000)),
      fmt(m.maxRssMb, 1),
      fmt(m.stateKb, 1),
    ];
  });
  io.out(
    formatTable(
      [
        'memory (fresh process each)',
        'requests',
        'events',
        'wall ms',
        'cpu ms',
        'events/cpu-s',
        'peak RSS MB',
        'engine state KB',
      ],
      mem,
    ),
  );
  io.out('');
  const heaps: string[][] = [];
  for (const pending of [100, 10_000, 1_000_000]) {
    heaps.push([
      `hold, ${fmt(pending)} pending`,
      fmt(Math.round(holdBenchmark(new EventQueue(), pending, 3_000_000))),
      fmt(Math.round(holdBenchmark(new EventQueue4(), pending, 3_000_000))),
      fmt(Math.round(holdBenchmark(new EventWheel(), pending, 3_000_000))),
    ]);
  }
  io.out(
    formatTable(
      ['event queue', 'binary heap ops/s', '4-ary heap ops/s', 'timing wheel ops/s (used)'],
      heaps,
    ),
  );
  io.out('');
  const startup = startupTable(
    process.argv[1],
    join('models', 'examples', 'client-portal.json'),
    'normal-day',
  );
  io.out(formatTable(startup.header, startup.rows));
  io.out(startup.note);
  io.out('');
  const pool = poolBenchTable(process.argv[1], join('models', 'examples', 'client-portal.json'));
  io.out(formatTable(pool.header, pool.rows));
  io.out(pool.note);
  const load = loadavg()
    .map((x) => x.toFixed(1))
    .join(' ');
  io.out(
    `node ${process.version}, ${process.arch}, ${cpus().length} cores, load average ${load}; cpu = user+system time of this process`,
  );
  io.out(
    'engine state = bytes of its record pools, event list, waiting rooms, backlogs and timeout FIFOs at their high-water mark',
  );
  io.out(
    `each row runs in a fresh process: the run once (first run ms, JIT warm-up included, as \`spillway simulate\` does), then ${WARM_RUNS} times more (wall ms and cpu ms of the best, and the median: the engine warmed up)`,
  );
  io.out(
    'peak RSS = maximum resident set of that process (Node, tsx and the CLI alone take most of it)',
  );
  return EXIT_OK;
}
