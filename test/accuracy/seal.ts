/**
 * `npx tsx test/accuracy/seal.ts`: adds the cases in corpus/incoming/<lang>.json (new sealed
 * cases, written by someone who has not seen the reader's fix) to the sealed half, empties
 * incoming/, and updates sealed.lock.json. It prints counts only: whoever runs it does not read
 * the cases it seals.
 */
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORPUS_DIR, type CorpusFile } from './corpus';
import { writeLock } from './lock';

const incoming = join(CORPUS_DIR, 'incoming');
let added = 0;
if (existsSync(incoming)) {
  for (const name of readdirSync(incoming).filter((n) => n.endsWith('.json'))) {
    const fresh: CorpusFile = JSON.parse(readFileSync(join(incoming, name), 'utf8'));
    const path = join(CORPUS_DIR, 'sealed', name);
    const sealed: CorpusFile = JSON.parse(readFileSync(path, 'utf8'));
    const taken = new Set(sealed.cases.map((c) => c.id));
    const clash = fresh.cases.find((c) => taken.has(c.id));
    if (clash) throw new Error(`${name}: ${clash.id} is already sealed`);
    writeFileSync(path, `${JSON.stringify({ ...sealed, cases: [...sealed.cases, ...fresh.cases] }, null, 2)}\n`);
    added += fresh.cases.length;
    rmSync(join(incoming, name));
  }
}
writeLock();
console.log(`sealed ${added} new cases; sealed.lock.json updated`);
