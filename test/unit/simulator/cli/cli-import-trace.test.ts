import {
  mkdtempSync,
  rmSync,
  writeFileSync,
  openSync,
  writeSync,
  closeSync,
  readFileSync,
  truncateSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { main } from '../../../../simulator/cli/main';
import { loadProject } from '../../../../models/load';
import { generateShopSpans } from '../../../fixtures/traces/generate-spans';
import { jaegerChunks } from '../../../fixtures/traces/write-formats';

const dir = mkdtempSync(join(tmpdir(), 'spillway-import-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const fixture = (name: string): string => join(__dirname, '../../../fixtures/traces', name);

async function cli(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(args, { out: (t) => (out += t), err: (t) => (err += `${t}\n`) });
  return { code, out, err };
}

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

describe('spillway import-trace', () => {
  test('prints a valid project on stdout and the summary on stderr', async () => {
    const { code, out, err } = await cli('import-trace', fixture('shop.otlp.json'));
    expect(code).toBe(0);
    const loaded = loadProject(out);
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
    const project = loaded.project;
    expect(project.variants[0]?.nodes).toHaveLength(11);
    expect(err).toMatch(/^Imported 168 spans in 12 traces \(OpenTelemetry OTLP JSON\)/);
    expect(err).toMatch(/call pricing → tax/);
  });

  test('--service-time empirical fits empirical distributions', async () => {
    const { code, out } = await cli(
      'import-trace',
      fixture('shop.zipkin.json'),
      '--service-time',
      'empirical',
      '--name',
      'Shop',
    );
    expect(code).toBe(0);
    const loaded = loadProject(out);
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
    const project = loaded.project;
    expect(project.name).toBe('Shop');
    const gateway = project.variants[0]?.nodes.find((n) => n.id === 'gateway');
    expect(gateway && 'serviceTimeMs' in gateway ? gateway.serviceTimeMs.type : null).toBe(
      'empirical',
    );
  });

  test('bad input exits 2 with a message that says where and why, nothing on stdout', async () => {
    const text = readFileSync(fixture('shop.jaeger.json'), 'utf8');
    const cases: [string, RegExp][] = [
      [
        file('truncated.json', text.slice(0, 5000)),
        /truncated\.json: data\[0\]: the file ends early/,
      ],
      [file('other.json', '{"hello": "world"}'), /none of the supported trace formats/],
      [file('garbage.json', 'PK\u0003\u0004 binary'), /unexpected "P" at character 0/],
      [join(dir, 'missing.json'), /cannot read .*missing\.json/],
    ];
    for (const [path, message] of cases) {
      const { code, out, err } = await cli('import-trace', path);
      expect(code, path).toBe(2);
      expect(out).toBe('');
      expect(err).toMatch(message);
    }
    expect((await cli('import-trace')).code).toBe(2);
    expect((await cli('import-trace', 'a', '--service-time', 'normal')).code).toBe(2);
  });

  test('a multi-megabyte file is read in chunks with progress', async () => {
    const path = join(dir, 'big.jaeger.json');
    const fd = openSync(path, 'w');
    const batches = [0, 1, 2, 3, 4, 5].map((i) =>
      generateShopSpans({ traces: 400, seed: 50 + i, startMs: Date.UTC(2026, 0, 1) + i * 8000 }),
    );
    for (const chunk of jaegerChunks(batches)) writeSync(fd, chunk);
    closeSync(fd);
    const { code, out, err } = await cli('import-trace', path, '--progress');
    expect(code).toBe(0);
    expect(err).toMatch(/reading 50% \(\d+ spans\)/);
    expect(err).toMatch(/in 2400 traces/);
    expect(loadProject(out).ok).toBe(true);
  });
  test('a file over the size limit is refused before it is read: exit 2, its size and the limit', async () => {
    // A sparse file: 1 GB long on paper, nothing on disk.
    const big = file('big.json', '');
    truncateSync(big, 1_000_000_001);
    const { code, out, err } = await cli('import-trace', big);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toContain(
      'big.json: (document): the file is 1,000,000,001 bytes, more than the 1,000,000,000 a trace import takes (docs/interop.md, "Limits")',
    );
  });

  test('brackets nested past the limit end in exit 2 (20 MB of them aborted the process)', async () => {
    const { code, err } = await cli('import-trace', file('deep.json', `{"x":${'['.repeat(5000)}`));
    expect(code).toBe(2);
    expect(err).toMatch(
      /deep\.json: \(document\): arrays and objects are nested more than 1,000 levels/,
    );
  });
});
