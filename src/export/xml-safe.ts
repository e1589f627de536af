// XML 1.0 allows neither most control characters (U+0000–U+001F other than tab, line feed and
// carriage return) nor U+FFFE/U+FFFF nor a lone surrogate, not even as character references;
// the DOM holds them in text and XMLSerializer writes them out as they are. A node named with
// one made the canvas's SVG unreadable (the export stopped with an insertBefore error, the PNG
// with an image that would not load) and a chart's SVG a file no viewer opens.

const NOT_XML =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Serialized SVG or XHTML with every character XML cannot hold replaced by U+FFFD. */
export function xmlSafe(markup: string): string {
  return markup.replace(NOT_XML, '\uFFFD');
}
