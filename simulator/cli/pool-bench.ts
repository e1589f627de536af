// Sweeps and the advisor on 1, 2 and every core: the same command with --workers 1, 2 and all
// (os.availableParallelism()), each a fresh process of the installed command, timed from spawn to
// exit, with the speed-up over one worker and whether the answer was the same to the byte (it must
// be). Part of `spillway bench`.
import { spawnSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { fmt } from './table';
import { defaultWorkers } from './pool/workers-flag';

export interface PoolBenchTable {
  header: string[];
  rows: string[][];
  note: string;
}

/** Runs of each command and worker count; the best is reported (other jobs only add time). */
const RUNS = 2;

function timed(bin: string, args: string[]): { ms: number; stdout: string } {
  const started = performance.now();
  const child = spawnSync(bin, args, {
    stdio: ['ignore', 'pipe', 'ignore'],
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  const ms = performance.now() - started;
  if (child.status !== 0) throw new Error(`${bin} ${args.join(' ')} exited ${child.status}`);
  return { ms, stdout: child.stdout };
}

/** `bin` is bin/spillway.mjs; `example` the project file the sweep and the advice run on. */
export function poolBenchTable(bin: string, example: string): PoolBenchTable {
  const all = defaultWorkers();
  const loadBefore = loadavg()[0];
  const counts = [...new Set([1, 2, all])].sort((a, b) => a - b);
  const commands = [
    {
      name: 'sweep: quarterly-peak ×0.5–×3, 6 loads × 2 replications, then bisection',
      args: [
        'sweep',
        example,
        '--scenario',
        'quarterly-peak',
        '--steps',
        '6',
        '--replications',
        '2',
        '--json',
      ],
    },
    {
      name: 'advise: quarterly-peak, 1 replication, up to 2 changes',
      args: [
        'advise',
        example,
        '--scenario',
        'quarterly-peak',
        '--replications',
        '1',
        '--max-steps',
        '2',
        '--json',
      ],
    },
  ];
  const rows: string[][] = [];
  for (const c of commands) {
    let one = { ms: Infinity, stdout: '' };
    for (const n of counts) {
      let best = Infinity;
      let stdout = '';
      for (let i = 0; i < RUNS; i++) {
        const t = timed(bin, [...c.args, '--workers', String(n)]);
        best = Math.min(best, t.ms);
        stdout = t.stdout;
      }
      if (n === 1) one = { ms: best, stdout };
      rows.push([
        n === 1 ? c.name : '',
        `${n}${n === all ? ' (all)' : ''}`,
        fmt(Math.round(best)),
        (one.ms / best).toFixed(2),
        (one.ms / best / n).toFixed(2),
        stdout === one.stdout ? 'yes' : 'NO',
      ]);
    }
  }
  const load = `load average ${loadBefore.toFixed(1)} before, ${loadavg()[0].toFixed(1)} after`;
  return {
    header: [
      'command (client-portal)',
      'workers',
      'wall ms',
      'speed-up',
      'per worker',
      'same answer',
    ],
    rows,
    note: `sweep and advise: best of ${RUNS} fresh processes per row (start-up included); speed-up = wall time with 1 worker over this one; same answer = --json identical to the 1-worker run's, to the byte; ${all} core(s) available to this process, ${load} (on a machine busy with other work no worker count is faster)`,
  };
}
