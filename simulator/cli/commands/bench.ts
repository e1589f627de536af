import { existsSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Project } from '../../../models/types';
import { mmcProject } from '../../bench/mmc-model';
import { withPeakScenario } from '../../bench/peak-scenario';
import type { SimulationResult } from '../../result';
import { simulate } from '../../simulate';
import { EXIT_OK, type CliIo } from '../io';
import { loadProjectFile } from '../load-file';
import { fmt, formatTable } from '../table';

interface Measured {
  result: SimulationResult;
  peakHeapMb: number;
}

/** Runs once with the heap sampled every 20 ms of wall time; peak is the high-water above the start. */
function measure(project: Project, variant: string, scenario: string): Measured {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const base = process.memoryUsage().heapUsed;
  let peak = base;
  const result = simulate(project, {
    variant,
    scenario,
    progressEveryMs: 20,
    maxWallMs: 600_000,
    onProgress: () => {
      peak = Math.max(peak, process.memoryUsage().heapUsed);
    },
  });
  peak = Math.max(peak, process.memoryUsage().heapUsed);
  return { result, peakHeapMb: (peak - base) / 1048576 };
}

function row(name: string, m: Measured): string[] {
  const r = m.result;
  return [
    name,
    fmt(r.entry.requests),
    fmt(r.events),
    fmt(r.wallMs),
    fmt(Math.round((r.events / Math.max(1, r.wallMs)) * 1000)),
    fmt(m.peakHeapMb, 1),
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

/** Events per second and peak heap on the reference models; a benchmark, not a test. */
export async function run(_args: string[], io: CliIo): Promise<number> {
  const header = ['model', 'requests', 'events', 'wall ms', 'events/s', 'peak heap MB'];
  const rows: string[][] = [];
  // Warm the JIT on a short run first so the first row is not penalised.
  simulate(mmcProject(200_000), { variant: 'mmc', scenario: 'steady' });
  rows.push(row('M/M/8, rho 0.8, 2M requests', measure(mmcProject(2_000_000), 'mmc', 'steady')));
  const ex = examples();
  for (const { id, project } of ex) {
    for (const v of project.variants) {
      for (const s of project.scenarios) rows.push(row(`${id} ${v.id} ${s.id}`, measure(project, v.id, s.id)));
    }
  }
  const portal = ex.find((e) => e.id === 'client-portal');
  if (portal) {
    const p = withPeakScenario(portal.project, 'bench-peak-500rps-10min', 500, 600);
    for (const v of p.variants) rows.push(row(`client-portal ${v.id}: 500 rps for 10 min`, measure(p, v.id, 'bench-peak-500rps-10min')));
  } else {
    io.out('(models/examples/client-portal.json not found: the portal peak is skipped)');
  }
  rows.push(row('M/M/8, 1M requests (memory)', measure(mmcProject(1_000_000), 'mmc', 'steady')));
  rows.push(row('M/M/8, 10M requests (memory)', measure(mmcProject(10_000_000), 'mmc', 'steady')));
  io.out(formatTable(header, rows));
  io.out(`node ${process.version}, ${process.arch}; peak heap = heap high-water above the start of the run, sampled every 20 ms`);
  return EXIT_OK;
}
