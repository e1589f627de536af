// A command that edits is unavailable, with the read-only reason, while a file link's project is
// open; one that does not edit keeps its own `enabled`.
import { afterEach, expect, test } from 'vitest';
import {
  blockedReason,
  commandTitle,
  isAvailable,
} from '../../../../src/commands/command-availability';
import { registerCommands, runCommand, type Command } from '../../../../src/commands/registry';
import { READ_ONLY_REFUSAL } from '../../../../src/store/project-store';
import { useReadOnlyStore } from '../../../../src/store/read-only-store';

let ran: string[] = [];
const command = (name: string, edits: boolean): Command => ({
  name,
  label: name,
  group: 'edit',
  edits,
  description: `${name} it`,
  enabled: () => true,
  perform: () => void ran.push(name),
});
const edit = command('test.edit', true);
const look = command('test.look', false);
registerCommands([edit, look]);

afterEach(() => {
  useReadOnlyStore.getState().release();
  ran = [];
});

test('read-only: the editing command is off with the reason; the other runs', () => {
  useReadOnlyStore.getState().open('https://files.example.test/p.json');
  expect([isAvailable(edit), isAvailable(look)]).toEqual([false, true]);
  expect([blockedReason(edit), blockedReason(look)]).toEqual([READ_ONLY_REFUSAL, null]);
  expect([commandTitle(edit, 'hint'), commandTitle(look, 'hint')]).toEqual([
    READ_ONLY_REFUSAL,
    'hint',
  ]);
  expect([runCommand('test.edit'), runCommand('test.look')]).toEqual([false, true]);
  expect(ran).toEqual(['test.look']);
});

test('the user’s own project: both run', () => {
  expect([isAvailable(edit), isAvailable(look)]).toEqual([true, true]);
  expect([runCommand('test.edit'), runCommand('test.look')]).toEqual([true, true]);
  expect(ran).toEqual(['test.edit', 'test.look']);
});
