// File links: the address round-trips through the hash; a good file is read like any file; a
// missing, unreachable, oversized or non-http address is refused with the address and the reason.
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { LIMITS } from '../../../../models/limits';
import {
  checkFileUrl,
  fileLink,
  isFileHash,
  readFileHash,
} from '../../../../src/project/file-link';

const example = readFileSync(
  new URL('../../../../models/examples/client-portal.json', import.meta.url),
  'utf8',
);
const ADDRESS = 'https://files.example.test/a b/portal.json?v=1&x=#y';

const answering =
  (status: number, body: string, headers: Record<string, string> = {}): typeof fetch =>
  async () =>
    new Response(body, { status, headers });

const messages = (r: Awaited<ReturnType<typeof readFileHash>>): string[] =>
  r && !r.result.ok ? r.result.errors.map((e) => `${e.path}: ${e.message}`) : [];

test('the address goes into the hash and comes back exactly', async () => {
  const link = fileLink(ADDRESS, 'https://app.example.test/spillway/?workers=2#old');
  const hash = new URL(link).hash;
  expect(isFileHash(hash)).toBe(true);
  expect(link.startsWith('https://app.example.test/spillway/?workers=2#file=')).toBe(true);
  const read = await readFileHash(hash, answering(200, example));
  expect(read?.url).toBe(ADDRESS);
  expect(read?.result.ok && read.result.project.name).toBe('Client portal (financial services)');
  expect(await readFileHash('#project-z=abc', answering(200, example))).toBeNull();
});

test('refusals name the address and the reason', async () => {
  const hash = new URL(fileLink(ADDRESS, 'https://app.example.test/')).hash;
  expect(messages(await readFileHash(hash, answering(404, 'gone')))).toEqual([
    `(file link): ${ADDRESS} answered HTTP 404`,
  ]);
  const offline: typeof fetch = async () => {
    throw new TypeError('Failed to fetch');
  };
  expect(messages(await readFileHash(hash, offline))[0]).toContain(
    `${ADDRESS} could not be fetched`,
  );
  expect(
    messages(
      await readFileHash(
        hash,
        answering(200, 'x', { 'content-length': String(LIMITS.textChars * 5) }),
      ),
    )[0],
  ).toContain('more than a project may hold');
  expect(
    messages(await readFileHash(hash, answering(200, '{"format":"spillway"'))).length,
  ).toBeGreaterThan(0);
  expect(messages(await readFileHash('#file=%E0%A4%A', answering(200, example)))[0]).toContain(
    'not well encoded',
  );
  expect(checkFileUrl('file:///etc/passwd')).toBe(
    'a link may name an http or https address, not file:',
  );
  expect(checkFileUrl('portal.json')).toContain('not an address');
  expect(checkFileUrl(' https://x.test/p.json ')).toBeNull();
});
