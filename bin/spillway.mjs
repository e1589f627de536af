#!/usr/bin/env node
// The command-line entry. It runs the precompiled CLI (dist-cli/, bundled by esbuild from the
// very TypeScript sources the worker and the tests run) when that bundle is up to date, so a
// command starts in about the time Node itself needs. In a checkout whose sources changed since
// the bundle was built, or that has no bundle, it runs the sources through tsx instead (slower to
// start, never out of date). See docs/cli.md.
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { BUNDLE_DIR, BUNDLE_ENTRY, SOURCE_ENTRY, bundleState } from './cli-bundle.mjs';

// No V8 flags: the CLI compiles the engine as the app's worker does. A larger inlining budget
// (--max-inlined-bytecode-size-cumulative=3000, set here until 6 Dec 2026) made repeated runs of
// one model in a process ~8-20 % faster but doubled the optimiser's work in the first run, which
// is all one `spillway simulate` is, and left sweep and advise unchanged (docs/performance.md).

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
