/**
 * Makes page or user text safe to place inside one Markdown line: whatever it contains
 * (HTML, link syntax, list markers, emphasis, bidi overrides) renders as the same text.
 */

// Bidi embeddings, overrides and isolates can reorder how the rest of the document reads;
// other control characters have no business in a document. Applied after whitespace is
// collapsed, so line breaks and tabs become spaces rather than vanishing.
const INVISIBLE_CONTROLS = /[\p{Cc}\u202A-\u202E\u2066-\u2069]/gu;
const WHITESPACE_RUN = /\s+/g;
// Characters CommonMark (and GitHub's tables and strikethrough) give a meaning inside a line. Brackets
// are escaped, so `(`, `)` and `!` can no longer form a link or image and stay readable.
const INLINE_SPECIAL = /[\\`*_[\]<>#+|~&]/g;

export function escapeMarkdown(text: string): string {
  const flat = text.replace(WHITESPACE_RUN, ' ').replace(INVISIBLE_CONTROLS, '').trim();
  const escaped = flat.replace(INLINE_SPECIAL, (character) => `\\${character}`);
  // At the start of a line these open a list, a heading underline, a quote or a rule.
  return escaped.replace(/^(-|=|\d+(?=[.)]))/, (start) =>
    start === '-' || start === '=' ? `\\${start}` : `${start}\\`,
  );
}

/** A URL as a Markdown link target: only http(s), and nothing that could close the target early. */
export function markdownUrl(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
  return parsed.href.replace(/[()<> ]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`);
}
