// models/ and simulator/ are pure: no React, no DOM, nothing of src/. ESLint enforces it while
// editing; this test keeps it true even when someone skips the linter.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';

const FORBIDDEN_IMPORT =
  /from\s+['"](react|react-dom|@xyflow\/react|zustand|zundo|d3|d3-(?:selection|transition|zoom|drag|brush)|html-to-image)(\/[^'"]*)?['"]|from\s+['"][./]*\/?src\//;
const FORBIDDEN_GLOBAL = /\b(window|document|localStorage|indexedDB|navigator)\s*\./;
const HOST_FILES = new Set(['simulator/worker.ts']);

function* tsFiles(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* tsFiles(path);
    else if (path.endsWith('.ts')) yield path;
  }
}

for (const dir of ['models', 'simulator']) {
  test(`${dir}/ imports no React, DOM or app code`, () => {
    const offenders: string[] = [];
    for (const file of tsFiles(dir)) {
      if (HOST_FILES.has(file)) continue;
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          if (FORBIDDEN_IMPORT.test(line) || FORBIDDEN_GLOBAL.test(line))
            offenders.push(`${file}:${i + 1}: ${line.trim()}`);
        });
    }
    expect(offenders).toEqual([]);
  });
}

test('models/ does not import simulator/', () => {
  const offenders = [...tsFiles('models')].filter((f) =>
    /from\s+['"][./]*simulator\//.test(readFileSync(f, 'utf8')),
  );
  expect(offenders).toEqual([]);
});
