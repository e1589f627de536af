// Every CSS selector of the app has one home: defined in one rule of one stylesheet. Variants are
// modifier classes, not a second definition elsewhere. The same selector may come again only in
// the same file, inside an at-rule (a media query, the dark theme), to override that one rule.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';

const ROOT = join(__dirname, '../../..');

function cssFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return cssFiles(path);
    return e.name.endsWith('.css') ? [path] : [];
  });
}

export interface CssRule {
  /** One selector of the rule's list, white space folded. */
  selector: string;
  /** The at-rules around it, outermost first ("" at the top level). */
  context: string;
  line: number;
}

/** The style rules of a stylesheet, one entry per selector of each rule's selector list. */
export function parseRules(text: string): CssRule[] {
  const rules: CssRule[] = [];
  const stack: { prelude: string; isAt: boolean }[] = [];
  let prelude = '';
  let preludeLine = 1;
  let line = 1;
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      const stop = end < 0 ? text.length : end + 2;
      line += (text.slice(i, stop).match(/\n/g) ?? []).length;
      i = stop;
      continue;
    }
    if (c === '"' || c === "'") {
      const end = text.indexOf(c, i + 1);
      prelude += text.slice(i, end + 1);
      i = end + 1;
      continue;
    }
    if (c === '\n') line++;
    if (c === '{') {
      const p = prelude.replace(/\s+/g, ' ').trim();
      const isAt = p.startsWith('@');
      const insideRule = stack.some((s) => !s.isAt);
      if (!isAt && !insideRule && !/^(from|to|[\d.]+%)(\s*,\s*(from|to|[\d.]+%))*$/.test(p)) {
        const context = stack.map((s) => s.prelude).join(' ');
        for (const selector of splitSelectors(p))
          rules.push({ selector, context, line: preludeLine });
      }
      stack.push({ prelude: p, isAt });
      prelude = '';
    } else if (c === '}') {
      stack.pop();
      prelude = '';
    } else if (c === ';') {
      prelude = '';
    } else {
      if (prelude.trim() === '' && c.trim() !== '') preludeLine = line;
      prelude += c;
    }
    i++;
  }
  return rules;
}

/** Splits a selector list at top-level commas (not those inside :is(), :not(), …). */
function splitSelectors(list: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let current = '';
  for (const c of list) {
    if (c === '(') depth++;
    if (c === ')') depth--;
    if (c === ',' && depth === 0) {
      out.push(current.trim());
      current = '';
    } else current += c;
  }
  out.push(current.trim());
  return out.map((s) => s.replace(/\s*([>+~])\s*/g, ' $1 ').replace(/\s+/g, ' '));
}

describe('parseRules', () => {
  test('selectors per rule, their at-rule context and line; keyframes and declarations ignored', () => {
    const rules = parseRules(
      [
        '/* a { } */',
        '.a, .b > .c { color: red; }',
        '@media (prefers-color-scheme: dark) {',
        '  .a { color: blue; }',
        '}',
        '@keyframes spin { from { opacity: 0 } 50% { opacity: 1 } }',
        ".d[data-x='{'] { content: '}'; }",
      ].join('\n'),
    );
    expect(rules).toEqual([
      { selector: '.a', context: '', line: 2 },
      { selector: '.b > .c', context: '', line: 2 },
      { selector: '.a', context: '@media (prefers-color-scheme: dark)', line: 4 },
      { selector: ".d[data-x='{']", context: '', line: 7 },
    ]);
  });
});

test('no selector is defined twice: not in two stylesheets, not twice in one at the same level', () => {
  const seen = new Map<string, { file: string; context: string; line: number }[]>();
  for (const path of cssFiles(join(ROOT, 'src'))) {
    const file = relative(ROOT, path);
    for (const rule of parseRules(readFileSync(path, 'utf8'))) {
      const places = seen.get(rule.selector) ?? [];
      places.push({ file, context: rule.context, line: rule.line });
      seen.set(rule.selector, places);
    }
  }
  const twice: string[] = [];
  for (const [selector, places] of seen) {
    const files = new Set(places.map((p) => p.file));
    const contexts = places.map((p) => p.context);
    if (files.size > 1 || new Set(contexts).size < contexts.length) {
      twice.push(
        `${selector}: ${places.map((p) => `${p.file}:${p.line}${p.context ? ` (${p.context})` : ''}`).join(', ')}`,
      );
    }
  }
  expect(twice).toEqual([]);
});
