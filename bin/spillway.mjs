#!/usr/bin/env node
// The command-line entry. It runs the precompiled CLI (dist-cli/, bundled by esbuild from the
// very TypeScript sources the worker and the tests run) when that bundle is up to date, so a
// command starts in about the time Node itself needs. In a checkout whose sources changed since
// the bundle was built, or that has no bundle, it runs the sources through tsx instead (slower to
// start, never out of date). See docs/cli.md.
import { setFlagsFromString } from 'node:v8';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { BUNDLE_DIR, BUNDLE_ENTRY, SOURCE_ENTRY, bundleState } from './cli-bundle.mjs';

// A larger inlining budget for V8's optimiser, set before any simulator code is compiled. Each
// of the engine's event handlers inlines the sampling and event-list code (~740 bytes of
// bytecode) and, at V8's default of 920 bytes, then calls the rest of its work out of line.
// At 3 000 the to-be peak benchmark runs ~10 % faster and M/M/8 ~13 % (docs/performance.md).
setFlagsFromString('--max-inlined-bytecode-size-cumulative=3000');

const root = fileURLToPath(new URL('..', import.meta.url));
const state = bundleState(root);
let entry;
if (state === 'installed' || state === 'fresh') {
  entry = pathToFileURL(join(root, BUNDLE_DIR, BUNDLE_ENTRY)).href;
} else if (state === 'broken') {
  process.stderr.write(
    `spillway: internal error: the precompiled CLI (${join(root, BUNDLE_DIR)}) is missing; reinstall the package\n`,
  );
  process.exit(1);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  entry = pathToFileURL(join(root, SOURCE_ENTRY)).href;
}
const { main } = await import(entry);
process.exitCode = await main(process.argv.slice(2));
