// @ts-check
// The package as a user gets it: `npm pack` (which runs `prepare`, building the CLI bundle),
// install the tarball into an empty folder, and run the installed command there. Checks that it
// needs nothing but Node (no dependencies to fetch, no TypeScript sources, no tsx), keeps the
// exit-code contract, and simulates an example to the same numbers as the checkout's CLI.
// `npm run test:package`; a step of .ci/run.
import { execFileSync, spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const EXAMPLE = 'models/examples/client-portal.json';
const work = mkdtempSync(join(tmpdir(), 'spillway-package-'));
let failures = 0;
// Every step is bounded: a hung npm or command fails the check instead of stalling CI. Generous
// (a loaded machine): `npm pack` builds the bundle, the simulate runs a peak.
const TIMEOUT_MS = 180_000;

/** @param {boolean} ok @param {string} what */
function check(ok, what) {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
  if (!ok) failures++;
}

/** The results contract without the one field that measures this machine, not the model. */
function withoutWallMs(/** @type {string} */ json) {
  const result = JSON.parse(json);
  delete result.wallMs;
  return JSON.stringify(result);
}

try {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  check(!pkg.dependencies, 'package.json lists no dependencies (the CLI bundle carries its own)');

  const [packed] = JSON.parse(
    execFileSync(npm, ['pack', '--json', '--pack-destination', work], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
      timeout: TIMEOUT_MS,
    }),
  );
  const files = packed.files.map((/** @type {{ path: string }} */ f) => f.path);
  console.log(`packed ${packed.filename}: ${files.length} files, ${packed.size} bytes`);
  check(files.includes('dist-cli/main.mjs'), 'the tarball holds the CLI bundle');
  check(!files.some((/** @type {string} */ f) => f.endsWith('.ts')), 'and no TypeScript');

  const app = join(work, 'app');
  mkdirSync(app);
  writeFileSync(join(app, 'package.json'), '{ "private": true }\n');
  execFileSync(
    npm,
    ['install', '--no-audit', '--no-fund', '--offline', join(work, packed.filename)],
    { cwd: app, stdio: 'inherit', timeout: TIMEOUT_MS },
  );
  check(
    readdirSync(join(app, 'node_modules'))
      .filter((d) => !d.startsWith('.'))
      .join() === 'spillway',
    'installing it installs nothing else',
  );

  /** @param {string[]} args */
  const npx = (...args) =>
    spawnSync(npm, ['exec', '--offline', '--', 'spillway', ...args], {
      cwd: app,
      encoding: 'utf8',
      timeout: TIMEOUT_MS,
    });
  const installed = join(app, 'node_modules', 'spillway');
  const example = join(installed, EXAMPLE);
  check(existsSync(example), `the examples ship (${EXAMPLE})`);

  const version = npx('--version');
  check(
    version.status === 0 && version.stdout.trim() === pkg.version,
    `--version prints ${pkg.version}`,
  );
  const valid = npx('validate', example);
  check(
    valid.status === 0 && valid.stdout === '' && valid.stderr === '',
    'validate: exit 0, silent',
  );
  const missing = npx('validate', join(app, 'none.json'));
  check(
    missing.status === 2 &&
      missing.stdout === '' &&
      /cannot read .*no such file/.test(missing.stderr),
    `validate of a missing file: exit 2 and why (${missing.stderr.trim()})`,
  );
  const unknown = npx('frobnicate');
  check(
    unknown.status === 2 && /unknown command/.test(unknown.stderr),
    'an unknown command: exit 2',
  );

  const args = ['simulate', '--variant', 'to-be', '--scenario', 'quarterly-peak', '--json'];
  const simulated = npx(args[0], example, ...args.slice(1));
  const reference = execFileSync(
    process.execPath,
    [join(root, 'bin/spillway.mjs'), args[0], join(root, EXAMPLE), ...args.slice(1)],
    { encoding: 'utf8', timeout: TIMEOUT_MS },
  );
  check(
    simulated.status === 0 && withoutWallMs(simulated.stdout) === withoutWallMs(reference),
    'simulate --json from the installed package gives the checkout’s numbers',
  );

  // --workers 2 starts worker threads on the bundle's own run-worker.mjs: the installed package
  // must carry it, and the threads must give what one thread gives.
  const sweep = ['sweep', example, '--scenario', 'normal-day', '--from', '0.5', '--to', '1'];
  const sweep2 = npx(...sweep, '--steps', '2', '--replications', '1', '--json', '--workers', '2');
  const sweep1 = npx(...sweep, '--steps', '2', '--replications', '1', '--json', '--workers', '1');
  check(
    sweep2.status === 0 &&
      sweep2.stdout === sweep1.stdout &&
      sweep2.stdout.includes('"breakingPoint"'),
    `sweep --workers 2 (worker threads of the installed bundle) prints what --workers 1 prints${sweep2.status === 0 ? '' : ` (${sweep2.stderr.trim()})`}`,
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}
if (failures > 0) {
  console.error(`${failures} check(s) failed`);
  process.exit(1);
}
console.log('the packed package installs and runs');
