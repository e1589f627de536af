// `npm ci` on the Node the project declares prints no EBADENGINE warning: every locked package
// accepts the lowest Node that package.json's engines allows, and direct dependencies are exact.
import { readFileSync } from 'node:fs';
import semver from 'semver';
import { expect, test } from 'vitest';

interface LockEntry {
  version?: string;
  engines?: { node?: string } | string[];
}
const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as {
  engines: { node: string };
  devDependencies: Record<string, string>;
  dependencies?: Record<string, string>;
};
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as {
  packages: Record<string, LockEntry>;
};

const lowestNode = semver.minVersion(manifest.engines.node)!.version;

test('the declared engine is Node 20.19 or later, and the lowest such Node is what every package is checked against', () => {
  expect(lowestNode).toBe('20.19.0');
});

test('every package in package-lock.json accepts the lowest declared Node (no EBADENGINE)', () => {
  const refusing = Object.entries(lock.packages)
    .filter(([path]) => path !== '')
    .flatMap(([path, entry]) => {
      const range = Array.isArray(entry.engines) ? undefined : entry.engines?.node;
      return range && !semver.satisfies(lowestNode, range) ? [`${path} needs node ${range}`] : [];
    });
  expect(refusing).toEqual([]);
});

test('direct dependencies are pinned to exact versions, and the lock has those versions', () => {
  const direct = { ...manifest.dependencies, ...manifest.devDependencies };
  for (const [name, version] of Object.entries(direct)) {
    expect(semver.valid(version), `${name}@${version} is not an exact version`).toBe(version);
    expect(lock.packages[`node_modules/${name}`]?.version, name).toBe(version);
  }
});
