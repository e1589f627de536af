// Removing and renaming scenarios: the pure operations behind the scenario commands.
import { describe, expect, test } from 'vitest';
import { findExample } from '../../../../models/examples';
import type { Project } from '../../../../models/types';
import { checkProject } from '../../../../models/validate';
import { removeScenario } from '../../../../models/scenarios/remove-scenario';
import { renameScenario } from '../../../../models/scenarios/rename-scenario';

const portal = (): Project => structuredClone(findExample('client-portal')!.project);
const ids = (p: Project): string[] => p.scenarios.map((s) => s.id);

describe('removeScenario', () => {
  test('removes one scenario and shows its right neighbour next; nothing else changes', () => {
    const p = portal();
    const out = removeScenario(p, 'normal-day');
    if (!out.ok) throw new Error(out.reason);
    expect(ids(out.project)).toEqual(['quarterly-peak', 'statement-slowdown']);
    expect(out.next).toBe('quarterly-peak');
    const { scenarios: _a, ...restAfter } = out.project;
    const { scenarios: _b, ...restBefore } = p;
    expect(restAfter).toEqual(restBefore);
    expect(checkProject(out.project).errors).toEqual([]);
    expect(ids(p)).toHaveLength(3);
  });

  test('the last in the list hands over to its left neighbour', () => {
    const out = removeScenario(portal(), 'statement-slowdown');
    expect(out.ok && out.next).toBe('quarterly-peak');
  });

  test('the only scenario is refused, saying why', () => {
    let p = portal();
    for (const id of ['normal-day', 'quarterly-peak']) {
      const out = removeScenario(p, id);
      if (!out.ok) throw new Error(out.reason);
      p = out.project;
    }
    expect(removeScenario(p, 'statement-slowdown')).toEqual({
      ok: false,
      reason:
        '“Statement generator slows down in the peak” is the only scenario: a project keeps at least one to simulate. Add another first.',
    });
  });

  test('an unknown id is refused', () => {
    expect(removeScenario(portal(), 'nope')).toEqual({
      ok: false,
      reason: 'There is no scenario “nope”.',
    });
  });
});

describe('renameScenario', () => {
  test('renames by id, trimmed, keeping the id and the rest', () => {
    const p = portal();
    const out = renameScenario(p, 'normal-day', '  Quiet Tuesday ');
    if (!out.ok) throw new Error(out.reason);
    expect(out.name).toBe('Quiet Tuesday');
    const renamed = out.project.scenarios[0]!;
    expect(renamed).toEqual({ ...p.scenarios[0], name: 'Quiet Tuesday' });
    expect(p.scenarios[0]!.name).toBe('Normal day');
  });

  test('keeping its own name is fine', () => {
    expect(renameScenario(portal(), 'normal-day', 'Normal day').ok).toBe(true);
  });

  test('refuses an empty name, another scenario’s name and a name too long, saying why', () => {
    const p = portal();
    expect(renameScenario(p, 'normal-day', '   ')).toEqual({
      ok: false,
      reason: 'A scenario needs a name.',
    });
    expect(renameScenario(p, 'normal-day', 'Quarterly peak ')).toEqual({
      ok: false,
      reason: 'Another scenario is already called “Quarterly peak”.',
    });
    expect(renameScenario(p, 'normal-day', 'x'.repeat(501))).toEqual({
      ok: false,
      reason: 'A name may have at most 500 characters.',
    });
    expect(renameScenario(p, 'nope', 'A').ok).toBe(false);
  });
});
