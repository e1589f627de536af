/**
 * Decompresses the text of a share link (lz-string's URI-safe encoding, written by
 * `compressToEncodedURIComponent`) with a bound on the output. lz-string's own decompressor has
 * none: every code may add an entry one character longer than the last, so 77 KB of crafted
 * link grows past 500 million characters and the tab runs out of memory. Here decoding stops as
 * soon as the output would pass `maxChars`.
 *
 * The format: 6 bits per link character (alphabet below), read most significant bit first.
 * Codes start 2 bits wide and grow by one whenever the dictionary fills its width. Code 0 adds
 * the next 8-bit character to the dictionary, 1 the next 16-bit character, 2 ends the text;
 * any other code is an entry of the dictionary, or the one about to be added (the previous entry
 * plus its own first character). After each entry, the previous entry plus the first character
 * of this one is added.
 */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$';
const VALUE = new Map([...ALPHABET].map((c, i) => [c, i]));

export type LzResult = { ok: true; text: string } | { ok: false; reason: 'damaged' | 'too-long' };

export function decompressLink(link: string, maxChars: number): LzResult {
  // Some mail clients turn "+" into a space.
  const input = link.replace(/ /g, '+');
  if (input === '') return { ok: false, reason: 'damaged' };
  let index = 0;
  let value = 0;
  let bit = 0; // bits of `value` still to read
  let damaged = false;
  const readBits = (n: number): number => {
    let result = 0;
    for (let power = 1; power < 1 << n; power <<= 1) {
      if (bit === 0) {
        if (index >= input.length) {
          damaged = true;
          return 0;
        }
        const v = VALUE.get(input[index++]!);
        if (v === undefined) {
          damaged = true;
          return 0;
        }
        value = v;
        bit = 6;
      }
      bit--;
      if ((value >> bit) & 1) result |= power;
    }
    return result;
  };

  const dictionary: string[] = ['', '', ''];
  let width = 3;
  let room = 4; // codes left before the width grows
  const grow = (): void => {
    if (--room === 0) {
      room = 1 << width;
      width++;
    }
  };
  const parts: string[] = [];

  const first = readBits(2);
  if (damaged || first > 1) return { ok: false, reason: 'damaged' };
  let w = String.fromCharCode(readBits(first === 0 ? 8 : 16));
  if (damaged) return { ok: false, reason: 'damaged' };
  dictionary.push(w);
  parts.push(w);
  let length = 1;
  for (;;) {
    let code = readBits(width);
    if (damaged) return { ok: false, reason: 'damaged' };
    if (code === 2) return { ok: true, text: parts.join('') };
    if (code === 0 || code === 1) {
      const c = String.fromCharCode(readBits(code === 0 ? 8 : 16));
      if (damaged) return { ok: false, reason: 'damaged' };
      dictionary.push(c);
      code = dictionary.length - 1;
      grow();
    }
    let entry: string;
    if (code > 2 && code < dictionary.length) entry = dictionary[code]!;
    else if (code === dictionary.length) entry = w + w.charAt(0);
    else return { ok: false, reason: 'damaged' };
    length += entry.length;
    if (length > maxChars) return { ok: false, reason: 'too-long' };
    parts.push(entry);
    dictionary.push(w + entry.charAt(0));
    grow();
    w = entry;
  }
}
