// Structural damage to a JSON document: the mutations a fuzzing campaign applies to the
// examples and to generated files. Deterministic: the same document and mutation give the same text.
import fc from 'fast-check';
import { EXTREME_NUMBERS, HOSTILE_STRINGS, ODD_VALUES, PROTOTYPE_NAMES } from './hostile';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export const MUTATION_OPS = [
  'delete',
  'extremeNumber',
  'oddValue',
  'hostileString',
  'longString',
  'duplicate',
  'deepen',
  'prototypeKey',
  'prototypeId',
  'scale',
  'truncateText',
  'garbleText',
] as const;
export type MutationOp = (typeof MUTATION_OPS)[number];

export interface Mutation {
  op: MutationOp;
  /** Which value of the document (modulo their number). */
  at: number;
  /** Which variant of the operation (modulo the choices). */
  pick: number;
}

export const mutationArb: fc.Arbitrary<Mutation> = fc.record({
  op: fc.constantFrom(...MUTATION_OPS),
  at: fc.nat(),
  pick: fc.nat(),
});

interface Slot {
  parent: Json[] | { [key: string]: Json };
  key: number | string;
}

/** Every value of the document as (container, key), walked with a stack of its own. */
function slots(root: Json): Slot[] {
  const out: Slot[] = [];
  const stack: Json[] = [root];
  while (stack.length > 0) {
    const v = stack.pop() as Json;
    if (Array.isArray(v)) {
      v.forEach((c, i) => {
        out.push({ parent: v, key: i });
        stack.push(c);
      });
    } else if (v !== null && typeof v === 'object') {
      for (const k of Object.keys(v)) {
        out.push({ parent: v, key: k });
        stack.push(v[k] as Json);
      }
    }
  }
  return out;
}

const set = (slot: Slot, value: Json): void => {
  if (Array.isArray(slot.parent)) slot.parent[slot.key as number] = value;
  else
    Object.defineProperty(slot.parent, slot.key, {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
};
const get = (slot: Slot): Json =>
  Array.isArray(slot.parent)
    ? (slot.parent[slot.key as number] as Json)
    : (slot.parent[slot.key as string] as Json);

const choose = <T>(list: readonly T[], pick: number): T => list[pick % list.length] as T;

/** Applies the mutations in order to a copy of `doc`; returns the text and what was done. */
export function mutateDocument(
  doc: Json,
  mutations: readonly Mutation[],
): { text: string; label: string } {
  const copy = JSON.parse(JSON.stringify(doc)) as Json;
  const room = { chars: MAX_TEXT_CHARS - JSON.stringify(doc).length };
  const labels: string[] = [];
  const deepened: { depth: number; value: Json }[] = [];
  const textOps: Mutation[] = [];
  for (const m of mutations) {
    if (m.op === 'truncateText' || m.op === 'garbleText') {
      textOps.push(m);
      continue;
    }
    const all = slots(copy);
    if (all.length === 0) continue;
    const slot = all[m.at % all.length] as Slot;
    labels.push(`${m.op}@${String(slot.key)}`);
    applyOne(copy, slot, m, deepened, room);
  }
  let text = JSON.stringify(copy).replace(/"\\u0001deepen:(\d+)"/g, (_, i: string) => {
    const { depth, value } = deepened[Number(i)]!;
    return `${'['.repeat(depth)}${JSON.stringify(value)}${']'.repeat(depth)}`;
  });
  for (const m of textOps) {
    labels.push(m.op);
    const cut = m.at % Math.max(1, text.length);
    text =
      m.op === 'truncateText'
        ? text.slice(0, cut)
        : `${text.slice(0, cut)}${choose(['"', ',', '}', ']', '{', '[', "'", '\\', ':', '\u0000'], m.pick)}${text.slice(cut)}`;
  }
  return { text, label: labels.join(' ') };
}

const DEEP_MARK = '\u0001deepen:';

/**
 * The longest text a mutated document may grow to: past the 50 MB an entry point reads (so that
 * refusal is still exercised), far below the 536 M characters a JavaScript string can hold. A
 * duplicate of a duplicate of a long string would pass that and crash the campaign itself.
 */
export const MAX_TEXT_CHARS = 64_000_000;

const textLength = (value: Json): number => JSON.stringify(value)?.length ?? 4;

function applyOne(
  root: Json,
  slot: Slot,
  m: Mutation,
  deepened: { depth: number; value: Json }[],
  room: { chars: number },
): void {
  const value = get(slot);
  switch (m.op) {
    case 'delete':
      if (Array.isArray(slot.parent)) slot.parent.splice(slot.key as number, 1);
      else delete slot.parent[slot.key as string];
      return;
    case 'extremeNumber':
      set(slot, choose(EXTREME_NUMBERS, m.pick));
      return;
    case 'oddValue':
      set(slot, choose(ODD_VALUES, m.pick) as Json);
      return;
    case 'hostileString':
      set(slot, choose(HOSTILE_STRINGS, m.pick));
      return;
    case 'longString': {
      const length = Math.min(choose([501, 20_001, 1_000_000], m.pick), Math.max(0, room.chars));
      room.chars -= length;
      set(slot, 'x'.repeat(length));
      return;
    }
    case 'duplicate':
      // A list grown past a limit (or just big): the same item many times.
      if (Array.isArray(slot.parent)) {
        const each = textLength(value) + 1;
        const n = Math.min(choose([2, 100, 5_001], m.pick), Math.floor(room.chars / each));
        if (n <= 0) return;
        room.chars -= n * each;
        // Copies, not the same object n times: a later mutation inside one would change them all.
        const text = JSON.stringify(value) ?? 'null';
        slot.parent.splice(
          slot.key as number,
          0,
          ...Array.from({ length: n }, () => JSON.parse(text) as Json),
        );
      }
      return;
    case 'deepen': {
      // JSON.stringify recurses, so the nesting is spliced into the text afterwards.
      const depth = choose([2, 70, 5_000], m.pick);
      deepened.push({ depth, value });
      room.chars -= 2 * depth;
      set(slot, `${DEEP_MARK}${deepened.length - 1}`);
      return;
    }
    case 'prototypeKey':
      room.chars -= textLength(value);
      if (!Array.isArray(slot.parent))
        Object.defineProperty(slot.parent, choose(PROTOTYPE_NAMES, m.pick), {
          value,
          enumerable: true,
          writable: true,
          configurable: true,
        });
      return;
    case 'prototypeId':
      // Renames an id everywhere it is used, so references still resolve.
      if (typeof value === 'string' && /^[A-Za-z0-9_-]+$/.test(value))
        renameEverywhere(root, value, choose(PROTOTYPE_NAMES, m.pick));
      return;
    case 'scale':
      if (typeof value === 'number') set(slot, value * choose([1000, 1e6, -1, 2 ** 20], m.pick));
      return;
    default:
      return;
  }
}

function renameEverywhere(root: Json, from: string, to: string): void {
  for (const slot of slots(root)) if (get(slot) === from) set(slot, to);
}
