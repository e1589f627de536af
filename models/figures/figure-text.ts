// A figure as text: the one formatter every surface uses for a figure of a run.
import type { FigureSource } from './figure-source';
import { formatValue } from './format-value';
import type { FigureDefinition } from './run-figures';

/** "24.8 %", "61.4 ms", or why there is no value ("no queues", "none failed"). */
export function figureText(def: FigureDefinition, r: FigureSource): string {
  const absent = def.absent?.(r) ?? null;
  if (absent !== null) return absent;
  return formatValue(def.read(r), def.unit);
}

/** The figure with what it is a share of: "24.8 % of 115,360 requests". */
export function figureTextWithDenominator(def: FigureDefinition, r: FigureSource): string {
  const text = figureText(def, r);
  const absent = def.absent?.(r) ?? null;
  return def.denominator && absent === null && r.entry.requests > 0
    ? `${text} ${def.denominator(r)}`
    : text;
}
