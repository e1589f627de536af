// Kinds named in sentences, from the registry, so that messages stay right when a kind is added.
import type { NodeKind } from '../types';
import { NODE_KIND_SPECS } from './node-kinds';

/** `a, b and c` / `a, b or c`. */
export function joinWords(words: readonly string[], last: 'and' | 'or'): string {
  if (words.length <= 1) return words[0] ?? '';
  return `${words.slice(0, -1).join(', ')} ${last} ${words[words.length - 1]}`;
}

/** "services, databases and externals". */
export const pluralList = (kinds: readonly NodeKind[]): string =>
  joinWords(
    kinds.map((k) => NODE_KIND_SPECS[k].plural),
    'and',
  );

/** "a queue or topic". */
export const eitherKind = (kinds: readonly NodeKind[]): string =>
  kinds.length === 0 ? 'nothing' : `${article(kinds[0]!)} ${joinWords(kinds, 'or')}`;

/** The indefinite article for a kind's name. */
export const article = (kind: string): string => (/^[aeiou]/i.test(kind) ? 'an' : 'a');
