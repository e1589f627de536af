// Import benchmark: writes a generated trace file of about MB megabytes (default 100; format
// otlp, jaeger or zipkin, default otlp) into a temporary directory, imports it through the CLI's
// streaming path and reports spans per second and peak memory.
// `npm run bench:import [-- MB [FORMAT]]`. Runs with a capped heap (see package.json) to show
// that memory does not follow the file's size.
import { mkdtempSync, rmSync, statSync, writeSync, openSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importTraceFile } from '../simulator/cli/commands/import-trace';
import { generateShopSpans } from '../test/fixtures/traces/generate-spans';
import { jaegerChunks, otlpChunks, zipkinChunks } from '../test/fixtures/traces/write-formats';

const targetMb = Number(process.argv[2] ?? 100);
const format = process.argv[3] ?? 'otlp';
const writers = { otlp: otlpChunks, jaeger: jaegerChunks, zipkin: zipkinChunks } as const;
if (!(format in writers)) throw new Error(`format must be otlp, jaeger or zipkin, not ${format}`);
const write = writers[format as keyof typeof writers];
const dir = mkdtempSync(join(tmpdir(), 'spillway-bench-'));
const file = join(dir, `traces.${format}.json`);

function* batches(): Generator<ReturnType<typeof generateShopSpans>> {
  let written = 0;
  for (let i = 0; written < targetMb * 1e6; i++) {
    const batch = generateShopSpans({
      traces: 500,
      seed: 1000 + i,
      startMs: Date.UTC(2026, 0, 5) + i * 10_000,
    });
    yield batch;
    written = statSync(file).size;
  }
}

try {
  const fd = openSync(file, 'w');
  for (const chunk of write(batches())) writeSync(fd, chunk);
  closeSync(fd);
  const bytes = statSync(file).size;
  console.log(`generated ${(bytes / 1e6).toFixed(1)} MB; importing…`);
  global.gc?.();
  const base = process.memoryUsage();
  let peakHeap = base.heapUsed;
  let peakRss = base.rss;
  const sample = (): void => {
    const m = process.memoryUsage();
    peakHeap = Math.max(peakHeap, m.heapUsed);
    peakRss = Math.max(peakRss, m.rss);
  };
  const timer = setInterval(sample, 20);
  const started = performance.now();
  let progressCalls = 0;
  const { summary } = await importTraceFile(file, {
    onProgress: () => (progressCalls++, sample()),
  });
  const seconds = (performance.now() - started) / 1000;
  clearInterval(timer);
  sample();
  const mb = (n: number): string => (n / 1e6).toFixed(1);
  console.log(
    `file: ${mb(bytes)} MB ${summary.format} JSON, ${summary.spans} spans in ${summary.traces} traces`,
  );
  console.log(
    `import: ${seconds.toFixed(2)} s, ${Math.round(summary.spans / seconds)} spans/s, ${(bytes / 1e6 / seconds).toFixed(1)} MB/s, ${progressCalls} progress callbacks`,
  );
  console.log(
    `memory: heap before ${mb(base.heapUsed)} MB, peak heap ${mb(peakHeap)} MB, peak RSS ${mb(peakRss)} MB (heap limit ${process.execArgv.join(' ') || 'default'})`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
