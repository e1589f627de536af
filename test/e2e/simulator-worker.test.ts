// The simulator's Web Worker entry (simulator/worker.ts), bundled by Vite and run in Chromium:
// the same comlink messages the app's worker client sends, the same result as in Node.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { simulate } from '../../simulator/simulate';
import { loadProject } from '../../models/load';
import type { Project } from '../../models/types';
import { launchBrowser, openApp } from './browser';

let browser: Browser;
let workerJs = '';
let project: Project;

beforeAll(async () => {
  const outDir = mkdtempSync(join(tmpdir(), 'spillway-worker-'));
  await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      outDir,
      emptyOutDir: true,
      minify: false,
      target: 'es2022',
      lib: {
        entry: resolve('simulator/worker.ts'),
        formats: ['es'],
        fileName: () => 'sim-worker.js',
      },
    },
  });
  workerJs = readFileSync(join(outDir, 'sim-worker.js'), 'utf8');
  const loaded = loadProject(readFileSync('models/examples/client-portal.json', 'utf8'));
  if (!loaded.ok) throw new Error('the client portal example does not load');
  project = loaded.project;
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

test('the bundled worker runs a simulation in the browser and answers through comlink', async () => {
  const { context, page } = await openApp(browser);
  await page.route('**/__spillway-test/sim-worker.js', (route) =>
    route.fulfill({ body: workerJs, contentType: 'text/javascript' }),
  );
  const options = { variant: 'to-be', scenario: 'normal-day', seed: 3, replications: 2 };
  // comlink's wire protocol: an APPLY of `run` with raw arguments; the answer carries the same id.
  const answer = await page.evaluate(
    ({ project, options }) =>
      new Promise<{
        type: string;
        value: { result: { wallMs: number }; replicated: { runs: unknown[] } | null };
      }>((resolveAnswer, reject) => {
        const worker = new Worker('/__spillway-test/sim-worker.js', { type: 'module' });
        worker.onerror = (e) => reject(new Error(e.message));
        worker.onmessage = (e) => {
          if (e.data?.id === 'run-1') resolveAnswer(e.data);
        };
        worker.postMessage({
          id: 'run-1',
          type: 'APPLY',
          path: ['run'],
          argumentList: [
            { type: 'RAW', value: project },
            { type: 'RAW', value: options },
          ],
        });
      }),
    { project, options },
  );
  expect(answer.type).toBe('RAW');
  const direct = simulate(project, { variant: 'to-be', scenario: 'normal-day', seed: 3 });
  expect({ ...answer.value.result, wallMs: 0 }).toEqual({ ...direct, wallMs: 0 });
  expect(answer.value.replicated?.runs).toHaveLength(2);
  await context.close();
});
