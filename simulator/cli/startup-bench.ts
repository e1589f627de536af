// How long the command takes to start: `spillway --version`, `spillway validate` of an example and
// `spillway simulate --json` of the smallest example's shortest scenario, run as a user runs the
// installed command (the bin file itself, through its `#!/usr/bin/env node` line), against a bare
// `node -e 0`. For simulate, a second row subtracts the run's own wallMs (from its JSON): what the
// command costs besides simulating (start-up, reading, validating, printing). Part of `spillway bench`.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { bundleState } from '../../bin/cli-bundle.mjs';
import { fmt } from './table';

/** Runs per command, interleaved so that the machine's load drifts over all of them alike. */
const RUNS = 10;
/** Runs of the simulate command (seconds each): the first SIMULATE_RUNS rounds run it too. */
const SIMULATE_RUNS = 3;

export interface StartupTable {
  header: string[];
  rows: string[][];
  /** Which CLI the bin ran: the precompiled bundle or, when that is stale or missing, the sources through tsx. */
  note: string;
}

interface Timed {
  /** Wall ms of the whole command, from spawning it to its exit. */
  ms: number;
  /** Its stdout (the results contract for simulate --json). */
  stdout: string;
}

function timed(command: string, args: string[]): Timed {
  const started = performance.now();
  const child = spawnSync(command, args, {
    stdio: ['ignore', 'pipe', 'ignore'],
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  const ms = performance.now() - started;
  if (child.status !== 0) throw new Error(`${command} ${args.join(' ')} exited ${child.status}`);
  return { ms, stdout: child.stdout };
}

/** The simulate run's own wall ms, as its results contract reports it. */
function runWallMs(stdout: string): number {
  const wall = (JSON.parse(stdout) as { wallMs?: unknown }).wallMs;
  if (typeof wall !== 'number') throw new Error('simulate --json printed no wallMs');
  return wall;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1];

/**
 * `bin` is the path of bin/spillway.mjs; `example` a project file to validate and simulate;
 * `scenario` the scenario simulate runs (the shortest one keeps the bench short).
 */
export function startupTable(bin: string, example: string, scenario: string): StartupTable {
  const simulate = ['simulate', example, '--scenario', scenario, '--json'];
  const commands = [
    { name: 'node -e 0 (bare Node)', command: process.execPath, args: ['-e', '0'], runs: RUNS },
    { name: 'spillway --version', command: bin, args: ['--version'], runs: RUNS },
    { name: `spillway validate ${example}`, command: bin, args: ['validate', example], runs: RUNS },
    { name: `spillway ${simulate.join(' ')}`, command: bin, args: simulate, runs: SIMULATE_RUNS },
  ];
  const times = commands.map(() => [] as number[]);
  /** The simulate command's wall ms minus its run's own wallMs. */
  const besidesRun: number[] = [];
  for (let i = 0; i < RUNS; i++)
    commands.forEach((c, j) => {
      if (i >= c.runs) return;
      const t = timed(c.command, c.args);
      times[j].push(t.ms);
      if (c.args === simulate) besidesRun.push(t.ms - runWallMs(t.stdout));
    });
  const bare = Math.min(...times[0]);
  const row = (name: string, ms: number[], vsBare: boolean): string[] => [
    name,
    fmt(Math.round(Math.min(...ms))),
    fmt(Math.round(median(ms))),
    vsBare ? `+${fmt(Math.round(Math.min(...ms) - bare))}` : '',
  ];
  const rows = commands.map((c, j) => row(c.name, times[j], j > 0));
  rows.push(row('  the same simulate minus its run (its wallMs)', besidesRun, true));
  const state = bundleState(dirname(dirname(bin)));
  const which =
    state === 'fresh' || state === 'installed'
      ? `the precompiled bundle (${join('dist-cli', 'main.mjs')})`
      : `the TypeScript sources through tsx (the bundle is ${state}: npm run build:cli)`;
  return {
    header: ['start-up, wall ms', 'best', 'median', 'over bare node (best)'],
    rows,
    note: `start-up: ${RUNS} interleaved runs each (simulate ${SIMULATE_RUNS}) of ${bin} as an installed command runs; it ran ${which}`,
  };
}
