// The bounded share-link decoder reads what lz-string writes, agrees with lz-string on damaged
// links, and stops at its bound instead of growing without end.
import fc from 'fast-check';
import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';
import { expect, test } from 'vitest';
import { decompressLink } from '../../../../src/project/lz-decompress';

test('round trip: whatever lz-string compresses reads back exactly', () => {
  fc.assert(
    fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.json()), (text) => {
      const link = compressToEncodedURIComponent(text);
      expect(decompressLink(link, 1e9)).toEqual(
        text === '' ? { ok: false, reason: 'damaged' } : { ok: true, text },
      );
    }),
    { numRuns: 3000 },
  );
});

test('a real project link, and spaces where mail clients put them for "+"', () => {
  const text = JSON.stringify({
    name: 'x'.repeat(5000),
    list: Array.from({ length: 500 }, (_, i) => i),
  });
  const link = compressToEncodedURIComponent(text);
  expect(decompressLink(link.replace(/\+/g, ' '), 1e9)).toEqual({ ok: true, text });
});

test('damaged links: refused, or read as lz-string reads them (which may also throw)', () => {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$'.split('');
  const damaged = fc.oneof(
    fc.string({ unit: fc.constantFrom(...alphabet, '%', '#', '='), maxLength: 200 }),
    fc.tuple(fc.json(), fc.nat(), fc.constantFrom(...alphabet)).map(([t, at, c]) => {
      const link = compressToEncodedURIComponent(t);
      const i = at % (link.length + 1);
      return at % 2 === 0 ? link.slice(0, i) : `${link.slice(0, i)}${c}${link.slice(i + 1)}`;
    }),
  );
  fc.assert(
    fc.property(damaged, (link) => {
      const ours = decompressLink(link, 1e7);
      if (!ours.ok) return;
      let theirs: string | null | undefined;
      try {
        theirs = decompressFromEncodedURIComponent(link);
      } catch {
        theirs = undefined;
      }
      expect(ours.text).toBe(theirs);
    }),
    { numRuns: 3000 },
  );
});

test('a link crafted to grow without end stops at the bound, at once', () => {
  // Each code names the entry about to be added: the output doubles its growth every step.
  const text = 'a'.repeat(200_000);
  const link = compressToEncodedURIComponent(text);
  expect(link.length).toBeLessThan(2000);
  expect(decompressLink(link, 100_000)).toEqual({ ok: false, reason: 'too-long' });
  expect(decompressLink(link, 200_000)).toEqual({ ok: true, text });
});

test('a link lz-string itself throws on ("z") is refused as damaged', () => {
  expect(() => decompressFromEncodedURIComponent('z')).toThrow();
  expect(decompressLink('z', 1e6)).toEqual({ ok: false, reason: 'damaged' });
});
