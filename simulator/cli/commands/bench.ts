import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { basename, join } from 'node:path';
import { holdBenchmark } from '../../bench/hold-model';
import { EventQueue } from '../../event-queue';
import { EventQueue4 } from '../../event-queue-4ary';
import type { Project } from '../../../models/types';
import { mmcProject } from '../../bench/mmc-model';
import { withPeakScenario } from '../../bench/peak-scenario';
import type { SimulationResult } from '../../result';
import { runSimulation, simulate } from '../../simulate';
import { EXIT_OK, type CliIo } from '../io';
import { loadProjectFile } from '../load-file';
import { fmt, formatTable } from '../table';

interface Measured {
  result: SimulationResult;
  cpuMs: number;
  stateKb: number;
}

/** One run, with the CPU time it took and the engine's state size at its high-water mark. */
function measure(project: Project, variant: string, scenario: string): Measured {
  const cpu0 = process.cpuUsage();
  const { result, engine } = runSimulation(project, { variant, scenario, maxWallMs: 600_000 });
  const cpu = process.cpuUsage(cpu0);
  return { result, cpuMs: (cpu.user + cpu.system) / 1000, stateKb: engine.stateBytes() / 1024 };
}

function row(name: string, m: Measured): string[] {
  const r = m.result;
  return [
    name,
    fmt(r.entry.requests),
    fmt(r.events),
    fmt(r.wallMs),
    fmt(Math.round((r.events / Math.max(1, r.wallMs)) * 1000)),
    fmt(Math.round(m.cpuMs)),
    fmt(Math.round((r.events / Math.max(1, m.cpuMs)) * 1000)),
    fmt(m.stateKb, 1),
  ];
}

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
  wallMs: number;
  cpuMs: number;
  maxRssMb: number;
  stateKb: number;
}

/** One M/M/8 run of n requests in this process, as a JSON line (the memory rows' child). */
function oneMmc(n: number, io: CliIo): number {
  const cpu0 = process.cpuUsage();
  const { result, engine } = runSimulation(mmcProject(n), {
    variant: 'mmc',
    scenario: 'steady',
    maxWallMs: 600_000,
  });
  const cpu = process.cpuUsage(cpu0);
  const run: OneRun = {
    requests: result.entry.requests,
    events: result.events,
    wallMs: result.wallMs,
    cpuMs: (cpu.user + cpu.system) / 1000,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
    stateKb: engine.stateBytes() / 1024,
  };
  io.out(JSON.stringify(run));
  return EXIT_OK;
}

/** Events per second and peak memory on the reference models; a benchmark, not a test. */
export async function run(args: string[], io: CliIo): Promise<number> {
  if (args[0] === '--one-mmc') return oneMmc(Number(args[1]), io);
  const header = [
    'model',
    'requests',
    'events',
    'wall ms',
    'events/s',
    'cpu ms',
    'events/cpu-s',
    'engine state KB',
  ];
  const rows: string[][] = [];
  // Warm the JIT on a short run first so the first row is not penalised.
  simulate(mmcProject(200_000), { variant: 'mmc', scenario: 'steady' });
  rows.push(row('M/M/8, rho 0.8, 2M requests', measure(mmcProject(2_000_000), 'mmc', 'steady')));
  const ex = examples();
  for (const { id, project } of ex) {
    for (const v of project.variants) {
      for (const s of project.scenarios)
        rows.push(row(`${id} ${v.id} ${s.id}`, measure(project, v.id, s.id)));
    }
  }
  const portal = ex.find((e) => e.id === 'client-portal');
  if (portal) {
    const p = withPeakScenario(portal.project, 'bench-peak-500rps-10min', 500, 600);
    for (const v of p.variants)
      rows.push(
        row(
          `client-portal ${v.id}: 500 rps for 10 min`,
          measure(p, v.id, 'bench-peak-500rps-10min'),
        ),
      );
  } else {
    io.out('(models/examples/client-portal.json not found: the portal peak is skipped)');
  }
  io.out(formatTable(header, rows));
  io.out('');
  // Memory: each size in a fresh process, so its peak resident set is its own.
  const mem = [1_000_000, 10_000_000].map((n) => {
    const out = execFileSync(process.execPath, [process.argv[1], 'bench', '--one-mmc', String(n)], {
      encoding: 'utf8',
    });
    const m = JSON.parse(out.trim().split('\n').pop()!) as OneRun;
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
    ]);
  }
  io.out(formatTable(['event queue', 'binary heap ops/s', '4-ary heap ops/s (used)'], heaps));
  const load = loadavg()
    .map((x) => x.toFixed(1))
    .join(' ');
  io.out(
    `node ${process.version}, ${process.arch}, ${cpus().length} cores, load average ${load}; cpu = user+system time of this process`,
  );
  io.out(
    'engine state = bytes of its record pools, event heap, waiting rooms, backlogs and timeout FIFOs at their high-water mark',
  );
  return EXIT_OK;
}
