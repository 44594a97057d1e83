/** The text a finding points at, flattened to one line and shortened for the findings list. */
export const SPAN_PREVIEW_CHARS = 160;

export function spanPreview(text: string, start: number, end: number): string {
  const from = Math.max(0, Math.min(start, text.length));
  const to = Math.max(from, Math.min(end, text.length));
  // Never cut a surrogate pair (emoji) in half.
  const slice = text.slice(from, Math.min(to, from + SPAN_PREVIEW_CHARS * 2));
  const flat = slice.replace(/\s+/g, ' ').trim();
  if (flat.length <= SPAN_PREVIEW_CHARS && slice.length === to - from) return flat;
  const chars = Array.from(flat).slice(0, SPAN_PREVIEW_CHARS - 1);
  return `${chars.join('')}…`;
}
