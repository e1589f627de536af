// Markdown from user text: nothing a renderer reads as HTML or a link, whatever the text holds
// (checked with `marked`), and the paragraphs written for AsyncAPI read back as written.
import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { marked } from 'marked';
import { describe, expect, test } from 'vitest';
import {
  escapeMarkdown,
  escapeMarkdownParagraphs,
  unescapeMarkdown,
} from '../../../../models/roadmap/escape';
import { markdownProblems } from '../../../helpers/fuzz/checks';
import { HOSTILE_STRINGS } from '../../../helpers/fuzz/hostile';

const rendered = (markdown: string): string =>
  new JSDOM(marked.parse(markdown, { async: false, gfm: true })).window.document.body.textContent ??
  '';

/** Text with the characters Markdown and HTML care about, line endings of every kind included. */
const nasty = fc.string({
  unit: fc.constantFrom(
    ...'<>&"\'`*_[]()!#|\\-+=.:/ \r\nabcxhtp0123456789'.split(''),
    'http://',
    '<img onerror=x>',
    '\r\r',
  ),
  maxLength: 40,
});

describe('escapeMarkdown', () => {
  test('the carriage-return trick of the issue stays text', () => {
    const text = 'see http://x\r\r<img src=x onerror=alert(1)>\r\r';
    const md = `Intro\n\n${escapeMarkdown(text)}\n`;
    expect(markdownProblems(md)).toEqual([]);
    expect(rendered(md)).toContain('<img src=x onerror=alert(1)>');
  });

  test.each(HOSTILE_STRINGS)('%j inline and in a table cell', (text) => {
    for (const md of [
      `# ${escapeMarkdown(text)}\n\nBefore ${escapeMarkdown(text)} after.\n`,
      `| a | b |\n| --- | --- |\n| ${escapeMarkdown(text, { inTable: true })} | x |\n`,
    ])
      expect(markdownProblems(md), md).toEqual([]);
  });

  test('random text never yields raw HTML or an executable link', () => {
    fc.assert(
      fc.property(nasty, (text) => {
        expect(markdownProblems(`- ${escapeMarkdown(text)}\n`)).toEqual([]);
        expect(
          markdownProblems(`| ${escapeMarkdown(text, { inTable: true })} |\n| --- |\n`),
        ).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});

describe('escapeMarkdownParagraphs and unescapeMarkdown', () => {
  test('hostile descriptions render as their text, one paragraph a line', () => {
    for (const text of HOSTILE_STRINGS)
      expect(markdownProblems(escapeMarkdownParagraphs(text))).toEqual([]);
  });

  test('read back as written (lines without blank ones between)', () => {
    fc.assert(
      fc.property(nasty, (text) => {
        const lines = text.split(/\r\n|\r|\n/).filter((l) => l.trim() !== '');
        expect(unescapeMarkdown(escapeMarkdownParagraphs(text))).toBe(lines.join('\n'));
      }),
      { numRuns: 2000 },
    );
  });
});
