import { maxOf } from '../max-of';

/** Text for HTML and SVG content and attribute values: nothing in it can become markup. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/**
 * Every line ending CommonMark knows: LF, CR and CR LF. A lone CR ends a line too, so two of them
 * make a blank line that would end a code span's paragraph and let what follows be read as HTML.
 */
const LINE_ENDING = /\r\n|\r|\n/g;
const oneLine = (text: string): string => text.replace(LINE_ENDING, ' ');

/** What GFM would turn into a link even when escaped (bare URLs and e-mail addresses). */
const AUTOLINK = /(https?:|ftp:|mailto:|www\.|[^\s@]@[^\s@]+\.[a-z])/i;

/**
 * A code span that shows `text` literally (fence longer than any backtick run inside). In a GFM
 * table cell a pipe must be escaped even there; elsewhere a backslash would show.
 */
function codeSpan(text: string, inTable: boolean): string {
  const longest = maxOf(
    (text.match(/`+/g) ?? []).map((r) => r.length),
    0,
  );
  const fence = '`'.repeat(longest + 1);
  const flat = oneLine(text);
  return `${fence} ${inTable ? flat.replace(/\|/g, '\\|') : flat} ${fence}`;
}

/**
 * Text for Markdown (CommonMark/GFM), inline or in a table cell, shown as written:
 * HTML-significant characters become entities, Markdown punctuation is backslash-escaped (links
 * cannot form without brackets, so parentheses stay), a leading block marker is escaped, and a
 * label GFM would autolink (a bare URL or e-mail address) goes into a code span instead.
 */
export function escapeMarkdown(text: string, options: { inTable?: boolean } = {}): string {
  if (AUTOLINK.test(text)) return codeSpan(text, options.inTable ?? false);
  return (
    text
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/([\\`*_{}[\]|~])/g, '\\$1')
      .replace(LINE_ENDING, ' ')
      // Block syntax only counts at the start of a line: a heading, list item or quote marker.
      .replace(/^(\s*)([#+=-]|\d+[.)])/, '$1\\$2')
  );
}

/**
 * Plain text with line breaks as CommonMark (an AsyncAPI `description`): each non-empty line
 * escaped as by escapeMarkdown and made a paragraph of its own. Read back by unescapeMarkdown.
 */
export function escapeMarkdownParagraphs(text: string): string {
  return text
    .split(LINE_ENDING)
    .filter((line) => line.trim() !== '')
    .map((line) => escapeMarkdown(line))
    .join('\n\n');
}

/**
 * The plain text escapeMarkdownParagraphs wrote (one line per paragraph). Other Markdown reads
 * back as its own text with the escapes of our making removed, which is what a plain field shows.
 */
export function unescapeMarkdown(markdown: string): string {
  return markdown
    .split(/(?:\r\n|\r|\n)[ \t]*(?:\r\n|\r|\n)+/)
    .map(unescapeLine)
    .join('\n');
}

function unescapeLine(line: string): string {
  const span = /^(`+) (.*) \1$/s.exec(line);
  if (span) return span[2]!;
  return line
    .replace(/^(\s*)\\(?=[#+=-]|\d+[.)])/, '$1')
    .replace(/\\([\\`*_{}[\]|~])/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}
