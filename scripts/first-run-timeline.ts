// Where a process's first run spends its time: the run's progress every 10 ms of wall time, and
// between two progress lines what V8's optimiser did (functions optimised, deoptimised, code
// thrown away because an assumption broke). docs/performance.md, "The first run in a process".
// `npm run bench:first-run [-- FILE VARIANT SCENARIO]` (default: order-placement, as-is,
// payment-provider-slowdown). The run happens in a child process started with V8's
// --trace-opt --trace-deopt, writing into a file (a pipe would make its synchronous writes fail
// when full); this process then condenses it.
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const CHILD = '--child';
const PROGRESS = '### ';

if (process.argv[2] === CHILD) await child(process.argv.slice(3));
else parent(process.argv.slice(2));

/** Runs the simulation once, printing its progress on the stdout V8 prints its traces to. */
async function child([file, variant, scenario]: string[]): Promise<void> {
  const { loadProjectFile } = await import('../simulator/cli/load-file');
  const { runSimulation } = await import('../simulator/simulate');
  const project = loadProjectFile(file!);
  // Synchronous writes, so that the lines keep their order among V8's own.
  const say = (line: string): void => void writeSync(1, `${line}\n`);
  const t0 = performance.now();
  say(`${PROGRESS}0 0`);
  const { result } = runSimulation(project, {
    variant: variant!,
    scenario: scenario!,
    progressEveryMs: 10,
    onProgress: (p) => say(`${PROGRESS}${Math.round(performance.now() - t0)} ${p.events}`),
  });
  say(`${PROGRESS}${Math.round(performance.now() - t0)} ${result.events} end`);
}

/** What one line of V8's trace says, in a few words, or null for the lines not worth showing. */
function condense(line: string): string | null {
  const name = /<JSFunction ([^ >]*)/.exec(line)?.[1] ?? '';
  const fn = name === '' || name.startsWith('(') ? '(anonymous)' : name;
  if (line.startsWith('[completed optimizing'))
    return `opt ${fn}${/ OSR\]/.test(line) ? ' (loop)' : ''}`;
  if (line.startsWith('[bailout (kind:')) {
    const reason = /reason: ([^)]*)\)/.exec(line)?.[1] ?? '?';
    return `DEOPT ${fn}: ${reason}`;
  }
  if (line.startsWith('[marking dependent code')) {
    const owner = /SharedFunctionInfo ([^>]*)>/.exec(line)?.[1] ?? '?';
    return `thrown away ${owner} (an assumption broke)`;
  }
  return null;
}

function parent(args: string[]): void {
  const [file, variant, scenario] =
    args.length === 3
      ? args
      : ['models/examples/order-placement.json', 'as-is', 'payment-provider-slowdown'];
  const self = fileURLToPath(import.meta.url);
  const dir = mkdtempSync(join(tmpdir(), 'spillway-first-run-'));
  const out = join(dir, 'trace.txt');
  const fd = openSync(out, 'w');
  const { status } = spawnSync(
    process.execPath,
    ['--trace-opt', '--trace-deopt', '--import', 'tsx', self, CHILD, file!, variant!, scenario!],
    { stdio: ['ignore', fd, 'inherit'] },
  );
  closeSync(fd);
  const lines = readFileSync(out, 'utf8').split('\n');
  rmSync(dir, { recursive: true, force: true });
  if (status !== 0) throw new Error(`the run's process ended with ${status}`);
  let started = false;
  let pending: string[] = [];
  let last = { ms: 0, events: 0 };
  console.log(`${file} ${variant} ${scenario}: the first run in a fresh process`);
  console.log('   ms     events  events/s   what the optimiser did since the line before');
  for (const line of lines) {
    if (line.startsWith(PROGRESS)) {
      const [ms, events] = line.slice(PROGRESS.length).split(' ').map(Number) as [number, number];
      if (started) {
        const rate = ms > last.ms ? ((events - last.events) / (ms - last.ms)) * 1000 : 0;
        const what = pending.length > 0 ? pending.join(', ') : '';
        console.log(
          `${String(ms).padStart(5)} ${events.toLocaleString('en-US').padStart(10)} ${`${(rate / 1e6).toFixed(1)} M`.padStart(9)}   ${what}`,
        );
      }
      started = true;
      pending = [];
      last = { ms, events };
    } else if (started) {
      const what = condense(line);
      if (what) pending.push(what);
    }
  }
}
