import { expect, test } from 'vitest';
import { fileSlug } from '../../../../src/export/file-name';

test('file names keep letters and digits, join the rest with single hyphens', () => {
  expect(fileSlug('Client portal (financial services)')).toBe('client-portal-financial-services');
  expect(fileSlug('User latency, 99th percentile')).toBe('user-latency-99th-percentile');
  expect(fileSlug('  --to-be--  ')).toBe('to-be');
});

test('a name with nothing usable falls back, so no file is named ".png"', () => {
  expect(fileSlug('<script>…</script>', 'chart')).toBe('script-script');
  expect(fileSlug('⚙︎ ✓', 'chart')).toBe('chart');
  expect(fileSlug('')).toBe('export');
});
