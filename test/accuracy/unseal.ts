/**
 * `npx tsx test/accuracy/unseal.ts <id> …`: moves sealed cases that are about to be looked at
 * (to fix a miss) into the tuning half, and updates sealed.lock.json. The sealed half then lacks
 * them until someone who has not seen the fix writes new cases of the same kinds
 * (`seal.ts`). See corpus/README.md.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORPUS_DIR, type CorpusFile } from './corpus';
import { writeLock } from './lock';

const ids = new Set(process.argv.slice(2));
const read = (half: string, name: string): CorpusFile => JSON.parse(readFileSync(join(CORPUS_DIR, half, name), 'utf8'));
const write = (half: string, name: string, file: CorpusFile) =>
  writeFileSync(join(CORPUS_DIR, half, name), `${JSON.stringify(file, null, 2)}\n`);

let moved = 0;
for (const name of readdirSync(join(CORPUS_DIR, 'sealed')).filter((n) => n.endsWith('.json'))) {
  const sealed = read('sealed', name);
  const leaving = sealed.cases.filter((c) => ids.has(c.id));
  if (leaving.length === 0) continue;
  const tuning = read('tuning', name);
  write('tuning', name, { ...tuning, cases: [...tuning.cases, ...leaving] });
  write('sealed', name, { ...sealed, cases: sealed.cases.filter((c) => !ids.has(c.id)) });
  moved += leaving.length;
}
writeLock();
console.log(`moved ${moved} of ${ids.size} cases to the tuning half; sealed.lock.json updated`);
