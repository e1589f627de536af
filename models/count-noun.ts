// "1 variant", "3 variants", "1.5 calls": a number with its noun in the right number. Every
// sentence that counts something says it through here, so none reads "1 variants".

/**
 * The count and the noun, singular for exactly one. `plural` defaults to the singular plus "s";
 * `format` writes the number (thousands separators, rounding) as the caller's surface does.
 */
export function countNoun(
  n: number,
  singular: string,
  plural = `${singular}s`,
  format: (n: number) => string = String,
): string {
  return `${format(n)} ${n === 1 ? singular : plural}`;
}
