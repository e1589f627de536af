// Text fields for list-valued shapes: "0 20, 60 80" for steps, "5 5 8 12" for a trace.
// Errors name the item that is wrong, so nothing typed is silently dropped.

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

function numbers(text: string): string[] {
  return text.split(/[\s,;]+/).filter((s) => s.length > 0);
}

export function parseTrace(text: string): Parsed<number[]> {
  const items = numbers(text);
  if (items.length === 0) return { ok: false, error: 'needs at least one value' };
  const values: number[] = [];
  for (const [i, item] of items.entries()) {
    const v = Number(item);
    if (!Number.isFinite(v) || v < 0)
      return { ok: false, error: `value ${i + 1} ("${item}") must be a number ≥ 0` };
    values.push(v);
  }
  return { ok: true, value: values };
}

export function parseSteps(text: string): Parsed<[number, number][]> {
  const pairs = text
    .split(/[,;\n]+/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
  if (pairs.length === 0) return { ok: false, error: 'needs at least one "second rps" pair' };
  const points: [number, number][] = [];
  for (const [i, pair] of pairs.entries()) {
    const parts = pair.split(/\s+/);
    const [s, r] = parts.map(Number);
    if (parts.length !== 2 || !Number.isFinite(s) || !Number.isFinite(r) || s! < 0 || r! < 0) {
      return { ok: false, error: `point ${i + 1} ("${pair}") must be "second rps", both ≥ 0` };
    }
    if (points.length > 0 && s! < points[points.length - 1]![0]) {
      return {
        ok: false,
        error: `point ${i + 1} goes back in time (${s} s after ${points[points.length - 1]![0]} s)`,
      };
    }
    points.push([s!, r!]);
  }
  return { ok: true, value: points };
}

export function formatSteps(points: readonly (readonly [number, number])[]): string {
  return points.map(([s, r]) => `${s} ${r}`).join(', ');
}
