// `npm test`: the unit project and the browser (e2e) project run side by side, in two vitest
// processes, instead of one after the other. Vitest runs a project whose files may not run in
// parallel (the browser tests share one machine's Chromium and must not race each other's
// timing) in a group of its own, after every other group, so in one process the ~3 minutes of
// unit tests and the ~10 minutes of browser tests never overlap. Two processes let them.
// Arguments (`npm test -- test/unit/foo.test.ts`) go to a single plain `vitest run`.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const vitest = fileURLToPath(new URL('../node_modules/vitest/vitest.mjs', import.meta.url));
const args = process.argv.slice(2);

/** Runs vitest with the arguments; each output line is prefixed with the label, if any. */
function run(label, vitestArgs) {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [vitest, 'run', ...vitestArgs], {
      stdio: label ? ['ignore', 'pipe', 'pipe'] : 'inherit',
      env: process.env,
    });
    if (label) {
      for (const [stream, sink] of [
        [child.stdout, process.stdout],
        [child.stderr, process.stderr],
      ]) {
        createInterface({ input: stream }).on('line', (line) => sink.write(`[${label}] ${line}\n`));
      }
    }
    child.on('close', (code, signal) =>
      resolve({ label, code: code ?? 1, signal, seconds: (Date.now() - started) / 1000 }),
    );
  });
}

if (args.length > 0) {
  process.exitCode = (await run(null, args)).code;
} else {
  const results = await Promise.all([
    run('unit', ['--project', 'unit']),
    run('e2e', ['--project', 'e2e']),
  ]);
  console.log('');
  for (const r of results) {
    const verdict =
      r.code === 0 ? 'passed' : `FAILED (exit ${r.code}${r.signal ? `, ${r.signal}` : ''})`;
    console.log(`${r.label}: ${verdict} in ${r.seconds.toFixed(0)} s`);
  }
  process.exitCode = results.some((r) => r.code !== 0) ? 1 : 0;
}
