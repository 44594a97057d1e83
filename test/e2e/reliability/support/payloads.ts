/** The XSS payload corpus (test/fixtures/xss/payloads.json), expanded: an entry with `repeatTo` grows to that size. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../../support/extension-browser';

export interface Payload {
  readonly id: number;
  readonly name: string;
  readonly text: string;
}

interface CorpusEntry {
  readonly id: number;
  readonly name: string;
  readonly text: string;
  readonly repeatTo?: number;
  readonly filler?: string;
}

export const CORPUS_FILE = join(ROOT, 'test/fixtures/xss/payloads.json');

/** The payload at both ends, the filler repeated between: exactly `length` characters. */
function grow(text: string, filler: string, length: number): string {
  const middle = length - 2 * text.length;
  if (middle <= 0 || filler === '') return text;
  return text + filler.repeat(Math.ceil(middle / filler.length)).slice(0, middle) + text;
}

export function loadPayloads(): Payload[] {
  const corpus = JSON.parse(readFileSync(CORPUS_FILE, 'utf8')) as { payloads: CorpusEntry[] };
  return corpus.payloads.map(({ id, name, text, repeatTo, filler }) => ({
    id,
    name,
    text: repeatTo ? grow(text, filler ?? ' ', repeatTo) : text,
  }));
}

/** The same text safe inside HTML text or a double-quoted attribute: how a page shows text it received. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
