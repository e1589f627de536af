// One entry (a variant, a scenario) taken out of a project's list, which keeps at least one: the
// list without it and the entry to show next (its right neighbour, else its left), or why it
// cannot go.
export type WithoutEntry<T> = { ok: true; rest: T[]; next: string } | { ok: false; reason: string };

/**
 * `entries` without the one of id `id`. `noun` names an entry in messages ("scenario");
 * `keepsOne` says why the last one stays ("a project keeps at least one.").
 */
export function withoutEntry<T extends { id: string; name: string }>(
  entries: readonly T[],
  id: string,
  noun: string,
  keepsOne: string,
): WithoutEntry<T> {
  const index = entries.findIndex((e) => e.id === id);
  if (index < 0) return { ok: false, reason: `There is no ${noun} “${id}”.` };
  const entry = entries[index]!;
  if (entries.length === 1)
    return { ok: false, reason: `“${entry.name}” is the only ${noun}: ${keepsOne}` };
  const rest = entries.filter((e) => e.id !== id);
  const next = (entries[index + 1] ?? entries[index - 1])!.id;
  return { ok: true, rest, next };
}
