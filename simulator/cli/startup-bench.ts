// How long the command takes to start: `spillway --version` and `spillway validate` of an example,
// run as a user runs the installed command (the bin file itself, through its `#!/usr/bin/env node`
// line), against a bare `node -e 0`. Part of `spillway bench`.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { bundleState } from '../../bin/cli-bundle.mjs';
import { fmt } from './table';

/** Runs per command, interleaved so that the machine's load drifts over all of them alike. */
const RUNS = 10;

export interface StartupTable {
  header: string[];
  rows: string[][];
  /** Which CLI the bin ran: the precompiled bundle or or, when that is stale or missing, the sources through tsx. */
  note: string;
}

function wallMs(command: string, args: string[]): number {
  const started = performance.now();
  const child = spawnSync(command, args, { stdio: 'ignore' });
  const ms = performance.now() - started;
  if (child.status !== 0) throw new Error(`${command} ${args.join(' ')} exited ${child.status}`);
  return ms;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1];

/** `bin` is the path of bin/spillway.mjs; `example` a project file to validate. */
export function startupTable(bin: string, example: string): StartupTable {
  const commands = [
    { name: 'node -e 0 (bare Node)', command: process.execPath, args: ['-e', '0'] },
    { name: 'spillway --version', command: bin, args: ['--version'] },
    { name: `spillway validate ${example}`, command: bin, args: ['validate', example] },
  ];
  const times = commands.map(() => [] as number[]);
  for (let i = 0; i < RUNS; i++)
    commands.forEach((c, j) => times[j].push(wallMs(c.command, c.args)));
  const bare = Math.min(...times[0]);
  const rows = commands.map((c, j) => {
    const best = Math.min(...times[j]);
    return [
      c.name,
      fmt(Math.round(best)),
      fmt(Math.round(median(times[j]))),
      j === 0 ? '' : `+${fmt(Math.round(best - bare))}`,
    ];
  });
  const state = bundleState(dirname(dirname(bin)));
  const which =
    state === 'fresh' || state === 'installed'
      ? `the precompiled bundle (${join('dist-cli', 'main.mjs')})`
      : `the TypeScript sources through tsx (the bundle is ${state}: npm run build:cli)`;
  return {
    header: ['start-up, wall ms', 'best', 'median', 'over bare node (best)'],
    rows,
    note: `start-up: ${RUNS} interleaved runs each of ${bin} as an installed command runs; it ran ${which}`,
  };
}
