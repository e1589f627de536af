// The fuzz campaign: `npm run fuzz` (20 000 cases), `npm run fuzz -- --cases 10000 --seed 7`,
// `npm run fuzz -- --seed 7 --case 1234` to replay one case. Cases run in child processes with a
// bounded heap and a per-case time limit; a case that hangs or kills its process is a failure.
// Prints the figures a closing note quotes and writes them (with every failing case's file) to
// fuzz-findings/.
import { fork, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { caseAt } from '../test/helpers/fuzz/fuzz-cases';
import type { CaseResult, RunOptions } from '../test/helpers/fuzz/run-case';

interface Args {
  cases: number;
  seed: number;
  first: number;
  workers: number;
  caseTimeoutMs: number;
  heapMb: number;
  options: RunOptions;
}

function parse(argv: string[]): Args {
  const get = (name: string, fallback: number): number => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? Number(argv[i + 1]) : fallback;
  };
  const one = argv.includes('--case');
  return {
    cases: one ? 1 : get('cases', 20_000),
    seed: get('seed', 1),
    first: get('case', 0),
    workers: one ? 1 : get('workers', 2),
    caseTimeoutMs: get('case-timeout-s', 120) * 1000,
    heapMb: get('heap-mb', 1024),
    options: { timeLimitS: get('time-limit', 1), maxCommandMs: get('max-command-s', 60) * 1000 },
  };
}

interface Reply {
  index: number;
  result: CaseResult;
  textChars: number;
  maxRssMb: number;
  raisedPeakMb: number;
}

interface Failure {
  index: number;
  kind: string;
  label: string;
  failures: string[];
}

async function main(): Promise<void> {
  const args = parse(process.argv.slice(2));
  const started = Date.now();
  const byCode: Record<string, number> = {};
  const byKind: Record<string, number> = {};
  const located = { path: 0, file: 0 };
  const failures: Failure[] = [];
  let slowest = { ms: 0, index: -1, label: '' };
  let peak = { mb: 0, index: -1, label: '' };
  let done = 0;
  let next = args.first;
  const last = args.first + args.cases;

  const summary = (): object => ({
    seed: args.seed,
    cases: done,
    byKind,
    exitsByCommand: Object.fromEntries(Object.entries(byCode).sort()),
    internalErrors: Object.entries(byCode)
      .filter(([k]) => / exit (?![02]$)/.test(k))
      .reduce((n, [, v]) => n + v, 0),
    rejectionsLocated: located,
    slowestCase: slowest,
    peakRss: peak,
    failing: failures.length,
    failures,
    wallS: Math.round((Date.now() - started) / 1000),
    options: {
      ...args.options,
      caseTimeoutMs: args.caseTimeoutMs,
      heapMb: args.heapMb,
      workers: args.workers,
    },
  });

  const record = (r: Reply): void => {
    done++;
    const { result } = r;
    byKind[result.kind] = (byKind[result.kind] ?? 0) + 1;
    for (const o of result.outcomes) {
      const key = `${o.command} exit ${o.code}`;
      byCode[key] = (byCode[key] ?? 0) + 1;
      if (o.located) located[o.located]++;
    }
    if (result.ms > slowest.ms) slowest = { ms: result.ms, index: r.index, label: result.label };
    if (r.maxRssMb > peak.mb) peak = { mb: r.maxRssMb, index: r.index, label: result.label };
    if (result.failures.length > 0) failure(r.index, result.kind, result.label, result.failures);
    if (done % 250 === 0 || done === args.cases) {
      console.error(
        `${done}/${args.cases} cases, ${failures.length} failing, ${Math.round((Date.now() - started) / 1000)} s`,
      );
      // The figures so far, so a campaign stopped early still has them.
      mkdirSync('fuzz-findings', { recursive: true });
      writeFileSync(
        `fuzz-findings/campaign-seed${args.seed}.partial.json`,
        `${JSON.stringify(summary(), null, 2)}\n`,
      );
    }
  };

  const failure = (index: number, kind: string, label: string, what: string[]): void => {
    failures.push({ index, kind, label, failures: what });
    mkdirSync('fuzz-findings', { recursive: true });
    writeFileSync(`fuzz-findings/seed${args.seed}-case${index}.txt`, caseAt(args.seed, index).text);
    console.error(`FAIL case ${index} (${label}): ${what.join(' | ').slice(0, 500)}`);
  };

  await new Promise<void>((finish) => {
    let running = 0;
    const start = (): void => {
      const child: ChildProcess = fork('test/helpers/fuzz/fuzz-worker.ts', [], {
        execArgv: ['--import', 'tsx', `--max-old-space-size=${args.heapMb}`],
        stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
      });
      running++;
      let current = -1;
      let timer: NodeJS.Timeout | undefined;
      const send = (): void => {
        if (next >= last) {
          child.kill();
          return;
        }
        current = next++;
        child.send({ seed: args.seed, index: current, options: args.options });
        timer = setTimeout(() => {
          failure(current, caseAt(args.seed, current).kind, caseAt(args.seed, current).label, [
            `hang: no answer in ${args.caseTimeoutMs} ms`,
          ]);
          done++;
          current = -1;
          child.kill('SIGKILL');
        }, args.caseTimeoutMs);
      };
      child.on('message', (m: Reply | { ready: true }) => {
        if ('ready' in m) return send();
        clearTimeout(timer);
        current = -1;
        record(m);
        send();
      });
      child.on('exit', (code, signal) => {
        clearTimeout(timer);
        running--;
        if (current >= 0) {
          const c = caseAt(args.seed, current);
          failure(current, c.kind, c.label, [
            `the process died (${signal ?? `exit ${code}`}): a crash or an exhausted heap`,
          ]);
          done++;
        }
        if (next < last) start();
        else if (running === 0) finish();
      });
    };
    for (let w = 0; w < Math.min(args.workers, args.cases); w++) start();
  });

  const figures = summary();
  mkdirSync('fuzz-findings', { recursive: true });
  writeFileSync(
    `fuzz-findings/campaign-seed${args.seed}.json`,
    `${JSON.stringify(figures, null, 2)}\n`,
  );
  console.log(
    JSON.stringify(
      { ...figures, failures: failures.map((f) => `${f.index}: ${f.label}`) },
      null,
      2,
    ),
  );
  process.exitCode = failures.length > 0 ? 1 : 0;
}

await main();
