/**
 * What a chosen file really is, from its first bytes: sellers pick screenshots, PDFs,
 * spreadsheets and saved web pages as often as the report itself.
 */

export type WrongFileKind = 'image' | 'pdf' | 'spreadsheet' | 'archive' | 'html' | 'binary';
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

const SIGNATURES: readonly { readonly bytes: readonly number[]; readonly kind: WrongFileKind }[] = [
  { bytes: [0x89, 0x50, 0x4e, 0x47], kind: 'image' }, // PNG
  { bytes: [0xff, 0xd8, 0xff], kind: 'image' }, // JPEG
  { bytes: [0x47, 0x49, 0x46, 0x38], kind: 'image' }, // GIF
  { bytes: [0x52, 0x49, 0x46, 0x46], kind: 'image' }, // RIFF (WebP)
  { bytes: [0x25, 0x50, 0x44, 0x46], kind: 'pdf' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], kind: 'spreadsheet' }, // legacy .xls (OLE2)
  { bytes: [0x50, 0x4b, 0x03, 0x04], kind: 'spreadsheet' }, // .xlsx is a zip; a plain zip is the rarer case
  { bytes: [0x1f, 0x8b], kind: 'archive' }, // gzip
];

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((byte, index) => bytes[index] === byte);
}

/** A binary format we recognize, or null for text (including UTF-16 text, which has NUL bytes). */
export function sniffBinary(head: Uint8Array): WrongFileKind | null {
  for (const { bytes, kind } of SIGNATURES) if (startsWith(head, bytes)) return kind;
  if (encodingOf(head).startsWith('utf-16')) return null;
  return head.includes(0) ? 'binary' : null;
}

/**
 * UTF-16 when a byte-order mark says so (Excel's "Unicode text" export), UTF-8 when the bytes
 * are valid UTF-8, else Windows-1252, the encoding older European flat files use. A character
 * cut at the end of the sample is fine, unless the sample is the whole file (`complete`): then
 * a lone accented Windows-1252 byte at the very end is what it is.
 */
export function encodingOf(head: Uint8Array, complete = false): TextEncodingName {
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: !complete });
    return 'utf-8';
  } catch {
    return 'windows-1252';
  }
}

const MARKUP = /^\s*<(?:!doctype|html|head|body|\?xml|!--)/i;

/** Text that is a saved web page or XML rather than a delimited report. */
export function looksLikeMarkup(text: string): boolean {
  return MARKUP.test(text);
}

export type Delimiter = '\t' | ',' | ';';

/** The delimiter the header line uses most; null for a line with none (one column, or prose). */
export function delimiterOf(headerLine: string): Delimiter | null {
  let best: Delimiter | null = null;
  let bestCount = 0;
  for (const candidate of ['\t', ',', ';'] as const) {
    const count = headerLine.split(candidate).length - 1;
    if (count > bestCount) {
      best = candidate;
      bestCount = count;
    }
  }
  return best;
}
