// The fuzz suite's own checks: a check that is wrong either hides a finding or reports one
// that is not there (a garbled key in a trace path read as "no location").
import { expect, test } from 'vitest';
import { executableContent, rejectionLocation } from '../../../helpers/fuzz/checks';

test('a trace rejection names its place: a path (keys of any text in ["…"]), (document) or (model)', () => {
  const at = (where: string): string =>
    `spillway import-trace: /tmp/spillway-fuzz-x/trace.json: ${where}: unexpected "t" at character 12`;
  expect(rejectionLocation(at('["data\\\\\\":[{"]'))).toBe('path');
  expect(rejectionLocation(at('data[0].spans[3].duration'))).toBe('path');
  expect(rejectionLocation(at('(document)'))).toBe('path');
  expect(rejectionLocation(at('(model)'))).toBe('path');
  expect(rejectionLocation('spillway import-trace: /tmp/x/trace.json: something broke')).toBeNull();
  expect(rejectionLocation('spillway validate: malformed JSON at line 3, column 7: x')).toBe(
    'file',
  );
});

test('executable content is found in every document, also after the parsing window is replaced', () => {
  for (let i = 0; i < 12; i++) {
    expect(executableContent(`<p>text ${i}</p>`)).toEqual([]);
    expect(executableContent(`<img src=x onerror="alert(${i})">`)).toEqual([
      '<img>',
      'img[onerror]',
    ]);
  }
});
