/**
 * The floor issue #11 sets, held on the sealed half of the evaluation corpus (written apart from
 * the lexicons, never tuned to): in every Seller Central language, recall >= 0.97 and no false
 * alarm. `npm run accuracy` prints the same figures as a table.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { STATES_BY_SEVERITY } from '@/lib/account-state/states';
import { SELLER_CENTRAL_LANGUAGES } from '@/lib/lang/languages';
import { CORPUS_DIR, corpusFiles } from '../../accuracy/corpus';
import { closeBrowser, evaluateCase } from '../../accuracy/evaluate';
import { ACCURACY_FLOOR } from '../../accuracy/floor';
import { sealedDigests } from '../../accuracy/lock';
import { add, emptyTally, recall } from '../../accuracy/score';

const sealed = corpusFiles('sealed');
const tuning = corpusFiles('tuning');

afterAll(() => closeBrowser());

describe('evaluation corpus', () => {
  it('the sealed half is byte for byte what sealed.lock froze', () => {
    const lock: Record<string, string> = JSON.parse(readFileSync(join(CORPUS_DIR, 'sealed.lock.json'), 'utf8'));
    expect(Object.keys(lock).sort()).toEqual(SELLER_CENTRAL_LANGUAGES.map((l) => `${l}.json`).sort());
    expect(sealedDigests()).toEqual(lock);
  });

  it.each(['sealed', 'tuning'] as const)(
    'the %s half has every language, >= 25 notices each, >= 40 per state, >= 150 traps',
    (half) => {
      const files = half === 'sealed' ? sealed : tuning;
      expect(files.map((f) => f.language).sort()).toEqual([...SELLER_CENTRAL_LANGUAGES].sort());
      const cases = files.flatMap((f) => f.cases);
      for (const file of files) expect(file.cases.filter((c) => c.expected !== null).length).toBeGreaterThanOrEqual(25);
      for (const state of STATES_BY_SEVERITY)
        expect(cases.filter((c) => c.expected === state).length, state).toBeGreaterThanOrEqual(40);
      expect(cases.filter((c) => c.expected === null).length).toBeGreaterThanOrEqual(150);
      expect(new Set(cases.map((c) => c.id)).size).toBe(cases.length);
    },
  );

  it('no sealed case repeats a tuning case', () => {
    const tuned = new Set(tuning.flatMap((f) => f.cases.map((c) => c.html)));
    expect(sealed.flatMap((f) => f.cases).filter((c) => tuned.has(c.html))).toEqual([]);
  });
});

describe.each(sealed.map((f) => [f.language, f] as const))('sealed half, %s', (language, file) => {
  it(`recall >= ${ACCURACY_FLOOR.recall} and ${ACCURACY_FLOOR.falseAlarms} false alarms`, async () => {
    const tally = emptyTally();
    const wrong: string[] = [];
    for (const c of file.cases) {
      const result = await evaluateCase(c);
      add(tally, result);
      // Only the case's id: the sealed half is reported on, never read for tuning.
      if (result.got !== result.expected)
        wrong.push(`${c.id}: ${result.expected ?? 'nothing'} read as ${result.got ?? 'nothing'}`);
    }
    expect(tally.falseAlarms, `${language} false alarms: ${wrong.join('; ')}`).toBeLessThanOrEqual(
      ACCURACY_FLOOR.falseAlarms,
    );
    expect(recall(tally), `${language} misses: ${wrong.join('; ')}`).toBeGreaterThanOrEqual(ACCURACY_FLOOR.recall);
  }, 60_000);
});
