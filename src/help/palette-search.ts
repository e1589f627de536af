// Which commands the palette offers for what was typed.
import { isAvailable } from '../commands/command-availability';
import type { Command } from '../commands/registry';

/**
 * The enabled commands whose label (or description) holds every word typed, in any order and
 * case; those whose label starts with the first word come first, the registry's order otherwise.
 */
export function searchCommands(commands: readonly Command[], query: string): Command[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const found = commands.filter((c) => {
    if (!isAvailable(c)) return false;
    const text = `${c.label} ${c.description ?? ''}`.toLowerCase();
    return words.every((w) => text.includes(w));
  });
  const first = words[0];
  if (!first) return found;
  const leads = (c: Command): number => (c.label.toLowerCase().startsWith(first) ? 0 : 1);
  return found
    .map((c, i) => ({ c, i }))
    .sort((a, b) => leads(a.c) - leads(b.c) || a.i - b.i)
    .map(({ c }) => c);
}
