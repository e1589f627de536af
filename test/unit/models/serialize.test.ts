import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { loadProject } from '../../../models/load';
import { serializeProject } from '../../../models/serialize';
import type { Project } from '../../../models/types';

function load(text: string): Project {
  const result = loadProject(text);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.project;
}

test('keys are sorted at every depth, indented by two spaces, with a trailing newline', () => {
  const text = serializeProject(load(readFileSync('test/fixtures/valid/minimal.json', 'utf8')));
  expect(text.endsWith('}\n')).toBe(true);
  expect(text.endsWith('\n\n')).toBe(false);
  expect(text.split('\n')[1]).toBe('  "format": "spillway",');
  const check = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(check);
    else if (value && typeof value === 'object') {
      const keys = Object.keys(value);
      expect(keys).toEqual([...keys].sort());
      Object.values(value).forEach(check);
    }
  };
  check(JSON.parse(text));
  expect(text).toMatch(/^\{\n {2}"/);
  expect(text).not.toMatch(/\t/);
});

test('parse → serialize → parse → serialize is byte-stable and loses nothing', () => {
  const first = load(readFileSync('test/fixtures/valid/minimal.json', 'utf8'));
  const text1 = serializeProject(first);
  const second = load(text1);
  expect(second).toEqual(first);
  expect(serializeProject(second)).toBe(text1);
});

test('optional fields left out stay out (no "undefined" written)', () => {
  const project = load(readFileSync('test/fixtures/valid/minimal.json', 'utf8'));
  expect(project.description).toBeUndefined();
  expect(serializeProject(project)).not.toContain('"description"');
  expect(serializeProject(project)).not.toContain('undefined');
});
