// Text XML cannot hold (control characters, U+FFFE/U+FFFF, lone surrogates) becomes U+FFFD in
// the exported SVG, so a name holding one no longer breaks the canvas and chart images.
import { expect, test } from 'vitest';
import { JSDOM } from 'jsdom';
import { xmlSafe } from '../../../../src/export/xml-safe';

test('characters XML forbids become U+FFFD; tab, line breaks and astral characters stay', () => {
  expect(xmlSafe('a\u0000b\u0007c\u000Bd\u001Fe\uFFFEf\uFFFF')).toBe(
    'a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\uFFFDf\uFFFD',
  );
  expect(xmlSafe('x\uD800y\uDC00z')).toBe('x\uFFFDy\uFFFDz');
  expect(xmlSafe('tab\there\nline\r🚀 Zürich \u202e\u2028\u2029')).toBe(
    'tab\there\nline\r🚀 Zürich \u202e\u2028\u2029',
  );
});

test('an SVG with a hostile name parses once made safe, and not before', () => {
  const { window } = new JSDOM('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg"><text>name \u0000\u0007</text></svg>`;
  const parse = (text: string): boolean =>
    new window.DOMParser()
      .parseFromString(text, 'image/svg+xml')
      .getElementsByTagName('parsererror').length === 0;
  expect(parse(svg)).toBe(false);
  expect(parse(xmlSafe(svg))).toBe(true);
  window.close();
});
