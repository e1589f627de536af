// The deck as one self-contained HTML file: the rendered slides (their charts are inline SVG),
// every style rule of the page and nothing that runs. Opened anywhere, it scrolls slide by slide.
const escapeHtml = (s: string): string =>
  s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** Every rule of the page's own stylesheets, as text (a rule that cannot be read is left out). */
function pageCss(): string {
  const parts: string[] = [];
  for (const sheet of [...document.styleSheets]) {
    try {
      for (const rule of [...sheet.cssRules]) parts.push(rule.cssText);
    } catch {
      // A stylesheet of another origin does not give its rules; the app has none.
    }
  }
  return parts.join('\n');
}

/** The exported page: the deck's markup, the app's styles, the theme it was shown in. */
export function deckHtml(deck: HTMLElement, title: string): string {
  const theme = document.documentElement.dataset.theme ?? 'light';
  return [
    '<!doctype html>',
    `<html lang="en" data-theme="${escapeHtml(theme)}" class="deck-export">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>\n${pageCss()}\n</style>`,
    '</head>',
    '<body>',
    deck.outerHTML.replace(' aria-hidden="true"', ''),
    '</body>',
    '</html>',
  ].join('\n');
}
