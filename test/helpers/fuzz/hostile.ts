// Strings and numbers an attacker or a broken tool might put into any field. Shared by the fuzz
// suite, the export tests and the browser tests, so every surface meets the same list.

/** Sets `window.__pwned` (or `globalThis.__pwned`) if any of it ever runs as script. */
export const TRAP_FLAG = '__pwned';

export const HOSTILE_STRINGS: readonly string[] = [
  `<script>window.${TRAP_FLAG}=1</script>`,
  `<img src=x onerror="window.${TRAP_FLAG}=2;alert(2)">`,
  `"><svg onload=window.${TRAP_FLAG}=3>`,
  `see http://x\r\r<img src=x onerror=window.${TRAP_FLAG}=4>\r\r`,
  `a\r\n\r\n<iframe src="javascript:window.${TRAP_FLAG}=5"></iframe>`,
  `[click me](javascript:window.${TRAP_FLAG}=6)`,
  `<a href="javascript:window.${TRAP_FLAG}=7">x</a>`,
  `javascript:window.${TRAP_FLAG}=8`,
  `%%{init: {"securityLevel": "loose"}}%%`,
  '`code` *em* __strong__ | pipe | # heading',
  "'; DROP TABLE x; --",
  '{{constructor.constructor("return this")()}}',
  '${7*7}',
  '\u202e\u2028\u2029\u0000\u0007',
  'Zürich → 東京 ✓ 🚀',
  '&lt;script&gt;',
  '<style>*{display:none}</style>',
  '<!-- comment -->',
];

/** One string holding the lot, for a field that can only hold one. */
export const HOSTILE = HOSTILE_STRINGS.slice(0, 8).join(' ');

/** Numbers at the edges: integer wraparound, float extremes, signs. */
export const EXTREME_NUMBERS: readonly number[] = [
  0,
  -0,
  -1,
  0.5,
  1,
  2 ** 31 - 1,
  2 ** 31,
  2 ** 32,
  2 ** 53,
  65536,
  1e9,
  1e10,
  1e18,
  1e300,
  1e308,
  -1e308,
  5e-324,
  1e-9,
];

/** Values of the wrong type, for a field of any type. */
export const ODD_VALUES: readonly unknown[] = [
  null,
  true,
  '',
  'NaN',
  'Infinity',
  '1e999',
  [],
  {},
  { id: 'x' },
  [1, 2, 3],
  '__proto__',
  'constructor',
  'toString',
];

/** Ids that are object properties in every JavaScript object. */
export const PROTOTYPE_NAMES: readonly string[] = [
  '__proto__',
  'constructor',
  'toString',
  'valueOf',
  'hasOwnProperty',
];
