/** sealed.lock.json: the SHA-256 of every sealed file, so any edit to the sealed half shows. */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORPUS_DIR } from './corpus';

export function sealedDigests(): Record<string, string> {
  const lock: Record<string, string> = {};
  const dir = join(CORPUS_DIR, 'sealed');
  for (const name of readdirSync(dir)
    .filter((n) => n.endsWith('.json'))
    .sort())
    lock[name] = createHash('sha256')
      .update(readFileSync(join(dir, name)))
      .digest('hex');
  return lock;
}

export function writeLock(): void {
  writeFileSync(join(CORPUS_DIR, 'sealed.lock.json'), `${JSON.stringify(sealedDigests(), null, 2)}\n`);
}
