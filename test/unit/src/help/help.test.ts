import { readdirSync } from 'node:fs';
import { expect, test } from 'vitest';
import type { Command } from '../../../../src/commands/registry';
import { GUIDES } from '../../../../src/help/docs';
import { searchCommands } from '../../../../src/help/palette-search';

const command = (name: string, label: string, enabled = true, description?: string): Command => ({
  name,
  label,
  group: 'edit',
  description,
  enabled: () => enabled,
  perform: () => undefined,
});

const commands = [
  command('a', 'Zoom to fit'),
  command('b', 'Auto-layout', true, 'Arrange the nodes left to right'),
  command('c', 'Fit nothing', false),
  command('d', 'Fan out through a topic'),
];

test('the palette finds enabled commands holding every word typed, label starts first', () => {
  expect(searchCommands(commands, '').map((c) => c.name)).toEqual(['a', 'b', 'd']);
  expect(searchCommands(commands, 'FIT').map((c) => c.name)).toEqual(['a']);
  expect(searchCommands(commands, 'nodes arrange').map((c) => c.name)).toEqual(['b']);
  expect(searchCommands(commands, 'fan').map((c) => c.name)).toEqual(['d']);
  expect(searchCommands(commands, 't').map((c) => c.name)).toEqual(['a', 'b', 'd']);
  expect(searchCommands(commands, 'f').map((c) => c.name)).toEqual(['d', 'a', 'b']);
  expect(searchCommands(commands, 'zoom zzz')).toEqual([]);
});

test('the Help menu offers every guide of docs/, each once', () => {
  const files = readdirSync('docs')
    .filter((f) => f.endsWith('.md'))
    .map((f) => f.slice(0, -3))
    .sort();
  expect(GUIDES.map((g) => g.file).sort()).toEqual(files);
});
