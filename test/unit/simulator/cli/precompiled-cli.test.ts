// The precompiled CLI (scripts/build-cli.mjs, bin/cli-bundle.mjs, bin/spillway.mjs): the bundle
// runs the very simulator the sources do, keeps the exit-code contract, and is used only while
// no file it was built from has changed.
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  BUNDLE_DIR,
  MANIFEST,
  SOURCE_ENTRY,
  WORKER_ENTRY,
  bundleState,
} from '../../../../bin/cli-bundle.mjs';
import { buildCli } from '../../../../scripts/build-cli.mjs';
import { main } from '../../../../simulator/cli/main';
import { EXAMPLES } from '../../../../models/examples';
import { shortenedFile } from '../../../helpers/shorten';

const work = mkdtempSync(join(tmpdir(), 'spillway-bundle-'));
const bundle = join(work, 'bundle');
/** What bin/spillway.mjs does with a bundle, minus choosing one. */
const runner = join(work, 'run.mjs');
writeFileSync(
  runner,
  `const { main } = await import(${JSON.stringify(pathToFileURL(join(bundle, 'main.mjs')).href)});\n` +
    'process.exitCode = await main(process.argv.slice(2));\n',
);
afterAll(() => rmSync(work, { recursive: true, force: true }));

interface Outcome {
  code: number;
  out: string;
  err: string;
}

/** The command through a freshly built bundle, in a process of its own. */
function viaBundle(...argv: string[]): Outcome {
  const child = spawnSync(process.execPath, [runner, ...argv], { encoding: 'utf8' });
  return { code: child.status ?? -1, out: child.stdout, err: child.stderr };
}

/** The same command through the TypeScript sources, in this process. */
async function viaSources(...argv: string[]): Promise<Outcome> {
  let out = '';
  let err = '';
  const code = await main(argv, {
    out: (t) => (out += t.endsWith('\n') ? t : `${t}\n`),
    err: (t) => (err += t.endsWith('\n') ? t : `${t}\n`),
  });
  return { code, out, err };
}

/** The numbers, without the wall-clock times (which measure the machine, not the model). */
const withoutWallMs = (json: string): unknown =>
  JSON.parse(json, (key, value: unknown) => (key === 'wallMs' ? undefined : value));

beforeAll(async () => {
  await buildCli(bundle);
}, 120_000);

describe('the bundle built from the sources', () => {
  test('is fresh right after the build: every file it lists exists and is older', () => {
    const manifest = JSON.parse(readFileSync(join(bundle, MANIFEST), 'utf8'));
    expect(manifest.inputs).toContain(SOURCE_ENTRY);
    expect(manifest.inputs).toContain('simulator/engine.ts');
    expect(bundleState(resolve('.'), bundle)).toBe('fresh');
  });

  test("simulates every example's variants to the same numbers as the sources", async () => {
    for (const { id } of EXAMPLES) {
      // `compare` runs the as-is and the to-be: synchronous chains and messaging both. The
      // scenarios at a quarter of their length: the same shapes and faults, a quarter of the runs.
      const file = shortenedFile(resolve(`models/examples/${id}.json`), 0.25);
      const args = ['compare', file, '--json'];
      const bundled = viaBundle(...args);
      const sourced = await viaSources(...args);
      expect(bundled.code, `${id}: ${bundled.err}`).toBe(0);
      expect(withoutWallMs(bundled.out), id).toEqual(withoutWallMs(sourced.out));
      expect(bundled.out.length, id).toBeGreaterThan(1000);
    }
  }, 300_000);

  test('starts its worker threads on its own run-worker.mjs: a sweep and its shards as the sources give them', async () => {
    expect(existsSync(join(bundle, WORKER_ENTRY))).toBe(true);
    const file = resolve('models/examples/client-portal.json');
    const args = ['sweep', file, '--scenario', 'normal-day', '--from', '0.5', '--to', '1'];
    const more = ['--steps', '2', '--replications', '2', '--json'];
    const threads = viaBundle(...args, ...more, '--workers', '2');
    expect(threads.code, threads.err).toBe(0);
    expect(threads.out).toBe((await viaSources(...args, ...more, '--workers', '1')).out);
    const shard = viaBundle(...args, ...more, '--shard', '1/2', '--workers', '2');
    expect(shard.code, shard.err).toBe(0);
    expect(shard.out).toBe(
      (await viaSources(...args, ...more, '--shard', '1/2', '--workers', '1')).out,
    );
  }, 120_000);

  test('keeps the exit codes and messages: 0, 2 with the reason on stderr', async () => {
    const cases = [
      ['--version'],
      ['validate', resolve('models/examples/client-portal.json')],
      ['validate', resolve('test/fixtures/invalid/bad-id-characters.json')],
      ['validate', join(work, 'none.json')],
      ['simulate', resolve('models/examples/client-portal.json'), '--variant', 'nope'],
      ['frobnicate'],
      [],
    ];
    for (const argv of cases) {
      const bundled = viaBundle(...argv);
      expect(bundled, argv.join(' ')).toEqual(await viaSources(...argv));
    }
    expect(viaBundle('--version').out.trim()).toBe(
      JSON.parse(readFileSync('package.json', 'utf8')).version,
    );
    expect(viaBundle('frobnicate').code).toBe(2);
  });
});

describe('which CLI bin/spillway.mjs runs', () => {
  /** A package root with a source entry, a bundle folder and one source file, as asked. */
  function fakeRoot(name: string, opts: { sources: boolean; bundle: boolean }): string {
    const root = join(work, name);
    mkdirSync(join(root, 'simulator/cli'), { recursive: true });
    if (opts.sources) {
      writeFileSync(join(root, SOURCE_ENTRY), '');
      writeFileSync(join(root, 'simulator/engine.ts'), '');
      const past = new Date(Date.now() - 60_000);
      for (const f of [SOURCE_ENTRY, 'simulator/engine.ts']) utimesSync(join(root, f), past, past);
    }
    if (opts.bundle) {
      mkdirSync(join(root, BUNDLE_DIR));
      const inputs = opts.sources ? [SOURCE_ENTRY, 'simulator/engine.ts'] : ['gone.ts'];
      writeFileSync(
        join(root, BUNDLE_DIR, MANIFEST),
        JSON.stringify({ builtAt: Date.now(), inputs }),
      );
    }
    return root;
  }

  test('a checkout with a bundle newer than its sources: the bundle', () => {
    expect(bundleState(fakeRoot('fresh', { sources: true, bundle: true }))).toBe('fresh');
  });

  test('a source edited after the build: the sources', () => {
    const root = fakeRoot('edited', { sources: true, bundle: true });
    const later = new Date(Date.now() + 5_000);
    utimesSync(join(root, 'simulator/engine.ts'), later, later);
    expect(bundleState(root)).toBe('stale');
  });

  test('a source deleted after the build: the sources', () => {
    const root = fakeRoot('deleted', { sources: true, bundle: true });
    rmSync(join(root, 'simulator/engine.ts'));
    expect(bundleState(root)).toBe('stale');
  });

  test('a checkout without a bundle: the sources', () => {
    expect(bundleState(fakeRoot('unbuilt', { sources: true, bundle: false }))).toBe('missing');
  });

  test('an installed package (no sources): the bundle, whatever its manifest lists', () => {
    expect(bundleState(fakeRoot('installed', { sources: false, bundle: true }))).toBe('installed');
    expect(bundleState(fakeRoot('lost', { sources: false, bundle: false }))).toBe('broken');
  });

  test('this checkout, as the test suite runs it: the bundle npm ci built, or the sources', () => {
    // Either is right (the bundle after `npm ci`, the sources while someone edits them); what
    // matters is that the command runs and reports the package's version.
    expect(['fresh', 'stale', 'missing']).toContain(bundleState(resolve('.')));
    const child = spawnSync(process.execPath, ['bin/spillway.mjs', '--version'], {
      encoding: 'utf8',
    });
    expect(child.status).toBe(0);
    expect(child.stdout.trim()).toBe(JSON.parse(readFileSync('package.json', 'utf8')).version);
  });
});
