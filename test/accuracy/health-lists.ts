/**
 * Moves pages between the halves of the health-list evaluation set
 * (test/fixtures/pages/health-lists/README.md) without printing them, and updates the lock.
 *
 *   npx tsx test/accuracy/health-lists.ts unseal <file.html> …   sealed -> tuning (now they may be read)
 *   npx tsx test/accuracy/health-lists.ts seal                     incoming/ -> sealed (written by someone who has not seen the readers)
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const DIR = join(import.meta.dirname, '../fixtures/pages/health-lists');
type Expected = Record<string, unknown>;

const readExpected = (half: string): Expected =>
  existsSync(join(DIR, half, 'expected.json'))
    ? JSON.parse(readFileSync(join(DIR, half, 'expected.json'), 'utf8'))
    : {};
const writeExpected = (half: string, expected: Expected) => {
  const sorted = Object.fromEntries(Object.entries(expected).sort(([a], [b]) => (a < b ? -1 : 1)));
  writeFileSync(join(DIR, half, 'expected.json'), `${JSON.stringify(sorted, null, 2)}\n`);
};

function move(names: readonly string[], from: string, to: string): void {
  const source = readExpected(from);
  const target = readExpected(to);
  for (const name of names) {
    if (!(name in source)) throw new Error(`${name} is not in ${from}/expected.json`);
    if (name in target || existsSync(join(DIR, to, name))) throw new Error(`${to} already has ${name}`);
    target[name] = source[name];
    delete source[name];
    renameSync(join(DIR, from, name), join(DIR, to, name));
  }
  writeExpected(from, source);
  writeExpected(to, target);
}

function lock(): void {
  const digests = Object.fromEntries(
    readdirSync(join(DIR, 'sealed'))
      .sort()
      .map((name) => [
        name,
        createHash('sha256')
          .update(readFileSync(join(DIR, 'sealed', name)))
          .digest('hex'),
      ]),
  );
  writeFileSync(join(DIR, 'sealed.lock.json'), `${JSON.stringify(digests, null, 2)}\n`);
}

const [command, ...names] = process.argv.slice(2);
if (command === 'unseal') move(names, 'sealed', 'tuning');
else if (command === 'seal') {
  const incoming = Object.keys(readExpected('incoming'));
  move(incoming, 'incoming', 'sealed');
  rmSync(join(DIR, 'incoming'), { recursive: true });
  console.log(`sealed ${incoming.length} pages`);
} else throw new Error('usage: health-lists.ts unseal <file.html> … | seal');
lock();
