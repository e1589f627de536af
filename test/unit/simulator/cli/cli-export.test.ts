import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, describe, expect, test } from 'vitest';
import { main } from '../../../../simulator/cli/main';
import { projectSchema, CURRENT_VERSION } from '../../../../models/schema/project';

const dir = mkdtempSync(join(tmpdir(), 'spillway-export-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function cli(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(args, { out: (t) => (out += t), err: (t) => (err += `${t}\n`) });
  return { code, out, err };
}

function file(name: string, value: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof value === 'string' ? value : JSON.stringify(value));
  return path;
}

const project = {
  format: 'spillway',
  version: CURRENT_VERSION,
  name: 'Shop',
  variants: [
    {
      id: 'as-is',
      name: 'As-is',
      nodes: [
        { id: 'client', name: 'Shoppers', kind: 'client' },
        { id: 'orders', name: 'Orders', kind: 'service' },
        { id: 'mailer', name: 'Mailer', kind: 'service' },
      ],
      edges: [
        { id: 'c1', kind: 'call', from: 'client', to: 'orders' },
        { id: 'c2', kind: 'call', from: 'orders', to: 'mailer' },
      ],
    },
    {
      id: 'to-be',
      name: 'To-be',
      nodes: [
        { id: 'client', name: 'Shoppers', kind: 'client' },
        { id: 'orders', name: 'Orders', kind: 'service' },
        { id: 'mailer', name: 'Mailer', kind: 'service' },
        { id: 'mail-jobs', name: 'mail.jobs', kind: 'queue' },
      ],
      edges: [
        { id: 'c1', kind: 'call', from: 'client', to: 'orders' },
        { id: 'p1', kind: 'publish', from: 'orders', to: 'mail-jobs', message: 'MailRequested' },
        { id: 's1', kind: 'consume', from: 'mail-jobs', to: 'mailer' },
      ],
    },
  ],
};

describe('spillway export / import-asyncapi', () => {
  const path = file('shop.json', project);

  test('export --format mermaid prints the as-is flowchart by default', async () => {
    const { code, out } = await cli('export', '--format', 'mermaid', path);
    expect(code).toBe(0);
    expect(out).toMatch(/^flowchart LR\n/);
    expect(out).toContain('n1 --> n2');
    const toBe = await cli('export', '--format', 'mermaid', path, '--variant', 'to-be');
    expect(toBe.out).toContain('n3(["mail.jobs"])');
  });

  test('export --format asyncapi prints YAML (or JSON) of the to-be', async () => {
    const yaml = await cli('export', '--format', 'asyncapi', path);
    expect(yaml.code).toBe(0);
    const doc = parse(yaml.out) as { asyncapi: string; channels: Record<string, unknown> };
    expect(doc.asyncapi).toBe('3.0.0');
    expect(Object.keys(doc.channels)).toEqual(['mail-jobs']);
    const json = await cli('export', '--format', 'asyncapi', path, '--json');
    expect(JSON.parse(json.out)).toEqual(doc);
  });

  test('import-asyncapi merges the exported messaging into the as-is', async () => {
    const doc = file('shop.asyncapi.yaml', (await cli('export', '--format', 'asyncapi', path)).out);
    const { code, out, err } = await cli('import-asyncapi', doc, path, '--variant', 'as-is');
    expect(code).toBe(0);
    const merged = projectSchema.parse(JSON.parse(out));
    const asIs = merged.variants.find((v) => v.id === 'as-is');
    expect(asIs?.edges.map((e) => `${e.kind}:${e.from}->${e.to}`).sort()).toEqual([
      'call:client->orders',
      'call:orders->mailer',
      'consume:mail-jobs->mailer',
      'publish:orders->mail-jobs',
    ]);
    expect(err).toContain('added queue mail-jobs');
  });

  test('bad input exits 2 with a clear message', async () => {
    const cases: [string[], RegExp][] = [
      [['export', path], /--format must be asyncapi or mermaid/],
      [['export', '--format', 'svg', path], /--format must be asyncapi or mermaid/],
      [['export', '--format', 'mermaid', join(dir, 'none.json')], /cannot read/],
      [
        ['export', '--format', 'mermaid', file('bad.json', '{"format": "spillway"')],
        /malformed JSON at line 1/,
      ],
      [
        ['export', '--format', 'mermaid', file('invalid.json', { ...project, variants: [] })],
        /variants: /,
      ],
      [
        ['export', '--format', 'mermaid', path, '--variant', 'nope'],
        /unknown variant "nope"; the project has: as-is, to-be/,
      ],
      [['import-asyncapi', file('v2.yaml', 'asyncapi: 2.6.0'), path], /only AsyncAPI 3\.x/],
    ];
    for (const [args, message] of cases) {
      const { code, out, err } = await cli(...args);
      expect(code, args.join(' ')).toBe(2);
      expect(out).toBe('');
      expect(err).toMatch(message);
    }
  });
});
