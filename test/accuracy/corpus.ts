/**
 * The evaluation corpus on disk (see corpus/README.md): typed, and checked for shape when read.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type AccountState, STATES_BY_SEVERITY } from '@/lib/account-state/states';
import { isSellerCentralLanguage, type SellerCentralLanguage } from '@/lib/lang/languages';

export type Half = 'tuning' | 'sealed';

export interface CorpusCase {
  readonly id: string;
  readonly url: string;
  readonly htmlLang?: string;
  readonly expected: AccountState | null;
  readonly kind: string;
  readonly note: string;
  readonly html: string;
}

export interface CorpusFile {
  readonly language: SellerCentralLanguage;
  readonly half: Half;
  readonly cases: readonly CorpusCase[];
}

export const CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus');

function checked(file: string, raw: unknown): CorpusFile {
  const data = raw as CorpusFile;
  if (!isSellerCentralLanguage(data.language)) throw new Error(`${file}: unknown language ${data.language}`);
  for (const c of data.cases) {
    if (c.expected !== null && !STATES_BY_SEVERITY.includes(c.expected))
      throw new Error(`${file}: ${c.id} expects ${String(c.expected)}`);
    if (typeof c.html !== 'string' || typeof c.url !== 'string') throw new Error(`${file}: ${c.id} lacks html or url`);
  }
  return data;
}

export function corpusFiles(half: Half): CorpusFile[] {
  const dir = join(CORPUS_DIR, half);
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => checked(name, JSON.parse(readFileSync(join(dir, name), 'utf8'))));
}
