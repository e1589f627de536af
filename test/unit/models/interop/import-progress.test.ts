import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { TraceImporter, type ImportProgress } from '../../../../models/interop/import-traces';

test('progress: characters and spans grow while reading, then the building phase counts traces', () => {
  const text = readFileSync(join(__dirname, '../../../fixtures/traces/shop.otlp.json'), 'utf8');
  const seen: ImportProgress[] = [];
  const importer = new TraceImporter({ onProgress: (p) => seen.push(p) });
  for (let i = 0; i < text.length; i += 4096) importer.feed(text.slice(i, i + 4096));
  const { summary } = importer.finish();
  const reading = seen.filter((p) => p.phase === 'reading');
  expect(reading).toHaveLength(Math.ceil(text.length / 4096));
  expect(reading.at(-1)).toMatchObject({ characters: text.length, spans: summary.spans });
  for (let i = 1; i < reading.length; i++) {
    expect(reading[i]!.characters).toBeGreaterThan(reading[i - 1]!.characters);
    expect(reading[i]!.spans).toBeGreaterThanOrEqual(reading[i - 1]!.spans);
  }
  expect(seen.at(-1)).toMatchObject({ phase: 'building', traces: 12, spans: 168 });
});
