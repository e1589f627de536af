// @ts-check
// Where the precompiled CLI lives and whether it may be used. scripts/build-cli.mjs writes it
// (`npm ci` runs it as the `prepare` script, `npm run build` too); bin/spillway.mjs reads it.
// Plain JavaScript: it runs before anything is compiled, at every start of the command.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The bundle's folder, relative to the package root. */
export const BUNDLE_DIR = 'dist-cli';
/** The bundle's entry module: exports `main(argv)` of simulator/cli/main.ts. */
export const BUNDLE_ENTRY = 'main.mjs';
/** What the build records: when it started and which files it read (relative paths). */
export const MANIFEST = 'manifest.json';
/** The CLI's TypeScript entry: the bundle is built from it, tsx runs it when there is no bundle. */
export const SOURCE_ENTRY = 'simulator/cli/main.ts';
/** The worker threads' entry in the bundle (beside main.mjs), built from WORKER_SOURCE. */
export const WORKER_ENTRY = 'run-worker.mjs';
/** What a worker thread of `--workers N` runs: simulator/cli/pool/thread-pool.ts starts it. */
export const WORKER_SOURCE = 'simulator/cli/pool/run-worker.ts';

/**
 * @typedef {object} Manifest
 * @property {number} builtAt ms since the epoch when the build started reading sources
 * @property {string[]} inputs the files the bundle was built from, relative to the package root
 */

/**
 * - `installed`: no TypeScript sources beside the bundle (a packed or published install): use it.
 * - `fresh`: a checkout whose bundle was built after every file it was built from last changed.
 * - `stale`: a checkout where a source changed (or vanished) since the build: run the sources.
 * - `missing`: a checkout without a bundle (or an unreadable one): run the sources.
 * - `broken`: neither a bundle nor sources (an install that lost its bundle).
 * @param {string} root the package root (the folder holding package.json)
 * @param {string} [dir] the bundle's folder, if not the usual one
 * @returns {'installed' | 'fresh' | 'stale' | 'missing' | 'broken'}
 */
export function bundleState(root, dir = join(root, BUNDLE_DIR)) {
  const hasSources = exists(join(root, SOURCE_ENTRY));
  /** @type {Manifest} */
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(join(dir, MANIFEST), 'utf8'));
  } catch {
    return hasSources ? 'missing' : 'broken';
  }
  if (!hasSources) return 'installed';
  for (const input of manifest.inputs) {
    let mtimeMs;
    try {
      mtimeMs = statSync(join(root, input)).mtimeMs;
    } catch {
      return 'stale';
    }
    if (mtimeMs >= manifest.builtAt) return 'stale';
  }
  return 'fresh';
}

/** @param {string} path */
function exists(path) {
  try {
    statSync(path);
    return true;
  } catch {
    return false;
  }
}
