// Share links in raw DEFLATE and base64url: exact round trips, shorter than lz-string's, damaged
// links refused, a decompression bomb stopped at the bound; and the hash reader still opens the
// lz-string links written before.
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { compressToEncodedURIComponent } from 'lz-string';
import { expect, test } from 'vitest';
import { deflateLink, inflateLink } from '../../../../src/project/deflate-link';
import { isShareHash, readShareHash } from '../../../../src/project/share-link';

const example = readFileSync(
  new URL('../../../../models/examples/client-portal.json', import.meta.url),
  'utf8',
);

test('round trip: any well-formed text reads back exactly, in URL-safe characters', async () => {
  await fc.assert(
    fc.asyncProperty(fc.oneof(fc.string({ unit: 'grapheme' }), fc.json()), async (text) => {
      const link = await deflateLink(text);
      expect(link).toMatch(/^[A-Za-z0-9_-]*$/);
      expect(await inflateLink(link, 1e9)).toEqual({ ok: true, text });
    }),
    { numRuns: 500 },
  );
});

test('the Client portal example: under half the length of its lz-string link', async () => {
  const link = await deflateLink(example);
  expect(link.length).toBeLessThan(compressToEncodedURIComponent(example).length / 2);
  expect(await inflateLink(link, 1e9)).toEqual({ ok: true, text: example });
});

test('damaged links are refused: not base64url, not DEFLATE, cut short, empty', async () => {
  const link = await deflateLink(example);
  // Characters too many for any base64url text (length 1 mod 4), whatever the link's own length:
  // one 'x' alone made a valid length for some texts (the example at version 5), and DEFLATE
  // decoders may ignore whole bytes after the end of the stream.
  const extra = 'x'.repeat((((1 - link.length) % 4) + 4) % 4 || 4);
  for (const bad of [
    '',
    'garbage!*%',
    'A',
    'AAAAAAAA',
    link.slice(0, link.length >> 1),
    `${link}${extra}`,
  ])
    expect(await inflateLink(bad, 1e9)).toEqual({ ok: false, reason: 'damaged' });
});

test('a link that unpacks past the bound stops there (a 50 MB text in a few kB of link)', async () => {
  const link = await deflateLink(' '.repeat(50_000_000));
  expect(link.length).toBeLessThan(100_000);
  expect(await inflateLink(link, 1_000_000)).toEqual({ ok: false, reason: 'too-long' });
});

test('the hash reader opens both encodings, and says why a damaged link is refused', async () => {
  expect(isShareHash('#project-z=abc')).toBe(true);
  expect(isShareHash('#project=abc')).toBe(true);
  expect(isShareHash('#other=abc')).toBe(false);
  expect(await readShareHash('#other=abc')).toBeNull();
  const fromDeflate = await readShareHash(`#project-z=${await deflateLink(example)}`);
  const fromLz = await readShareHash(`#project=${compressToEncodedURIComponent(example)}`);
  expect(fromDeflate?.ok && fromDeflate.project.name).toBe('Client portal (financial services)');
  expect(fromDeflate).toEqual(fromLz);
  expect(await readShareHash('#project-z=garbage!')).toEqual({
    ok: false,
    errors: [{ path: '(link)', message: 'the link is damaged or incomplete' }],
    warnings: [],
  });
});
