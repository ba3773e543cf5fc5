/** A tag (`<b>`, `</a>`, `<img src=…>`), a comment, or a character entity (`&amp;`, `&#39;`). */
const MARKUP =
  /<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>|<!--|&(?:[A-Za-z][A-Za-z0-9]{1,31}|#\d{1,7}|#x[0-9A-Fa-f]{1,6});/;

/**
 * The first piece of HTML markup in a text, or `undefined`. Properties are shown as text,
 * never as HTML, so markup would appear literally (and must never be trusted as markup).
 */
export function findMarkup(text: string): string | undefined {
  // Most values hold neither character: skip the regular expression for them.
  if (!text.includes('<') && !text.includes('&')) return undefined;
  return MARKUP.exec(text)?.[0];
}
