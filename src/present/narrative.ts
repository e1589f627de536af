// The slides' narrative and the speaker's notes, written from the project's own words: its
// description, the variants' and the scenario's, the steps' rationales.

/**
 * The opening of a description for a slide: whole sentences up to `max` characters (at least the
 * first sentence, cut with an ellipsis only when it alone is longer). The rest goes to the notes.
 */
export function opening(text: string | undefined, max = 220): string {
  const clean = (text ?? '').replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const sentences = clean.match(/[^.!?]+[.!?]+(?=\s|$)|[^.!?]+$/g) ?? [clean];
  let kept = '';
  for (const sentence of sentences) {
    const next = kept === '' ? sentence.trim() : `${kept} ${sentence.trim()}`;
    if (next.length > max) break;
    kept = next;
  }
  return kept !== '' ? kept : `${clean.slice(0, max - 1).trimEnd()}…`;
}

/** The notes of a slide: the given lines without the empty ones, each on its own. */
export function notes(...lines: (string | null | undefined | false)[]): string[] {
  return lines.flatMap((l) => (typeof l === 'string' && l.trim() !== '' ? [l.trim()] : []));
}
