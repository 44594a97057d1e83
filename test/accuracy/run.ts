/**
 * `npm run accuracy`: detection measured on the sealed half of the evaluation corpus (written
 * apart from the lexicons; see corpus/README.md). Prints precision, recall and false alarms per
 * language and per state. `--half tuning` measures the half developers may read, and lists each
 * miss and false alarm with what was read; the sealed half only ever names the cases.
 * `--lang xx` keeps one language. Exits 1 when a language misses the floor.
 */
import { corpusFiles, type Half } from './corpus';
import { closeBrowser, evaluateCase } from './evaluate';
import { ACCURACY_FLOOR, meetsFloor } from './floor';
import { precision, recall, score, type Tally } from './score';

const args = process.argv.slice(2);
const half: Half = args.includes('--half') && args[args.indexOf('--half') + 1] === 'tuning' ? 'tuning' : 'sealed';
const onlyLanguage = args.includes('--lang') ? args[args.indexOf('--lang') + 1] : undefined;

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const row = (name: string, t: Tally) =>
  `| ${name.padEnd(22)} | ${String(t.positives).padStart(7)} | ${pct(recall(t)).padStart(7)} | ${pct(precision(t)).padStart(9)} | ${String(t.missed).padStart(6)} | ${String(t.wrongState).padStart(11)} | ${String(t.traps).padStart(5)} | ${String(t.falseAlarms).padStart(12)} |`;

async function main(): Promise<void> {
  const results = [];
  let slowest = 0;
  for (const file of corpusFiles(half)) {
    if (onlyLanguage && file.language !== onlyLanguage) continue;
    for (const c of file.cases) {
      const result = await evaluateCase(c);
      slowest = Math.max(slowest, result.ms);
      results.push({ ...result, language: file.language });
      const wrong = result.got !== result.expected;
      if (wrong && half === 'tuning') {
        const d = result.detection;
        console.log(
          `${c.id} expected ${c.expected ?? 'nothing'}, read ${result.got ?? 'nothing'} [${c.kind}] ${c.note}` +
            (d ? `\n    because: ${d.cues.join(' + ')} in «${d.quote.slice(0, 160)}»` : ''),
        );
      } else if (wrong) {
        console.log(`${c.id} (sealed): expected ${c.expected ?? 'nothing'}, read ${result.got ?? 'nothing'}`);
      }
    }
  }
  await closeBrowser();
  const scores = score(results);
  console.log(`\nAccount-state detection on the ${half} half (${results.length} cases)\n`);
  console.log(
    '| language / state       | notices |  recall | precision | missed | wrong state | traps | false alarms |',
  );
  console.log('|---|---|---|---|---|---|---|---|');
  for (const [language, tally] of scores.byLanguage) console.log(row(language, tally));
  console.log(row('all languages', scores.total));
  for (const [state, tally] of scores.byState) console.log(row(`state: ${state}`, tally));
  console.log(`\nslowest case: ${slowest.toFixed(1)} ms`);
  const failing = [...scores.byLanguage].filter(([, t]) => !meetsFloor(t));
  if (results.length === 0) failing.push(['(no cases)', scores.total]);
  console.log(
    failing.length === 0
      ? `floor met in every language: recall >= ${ACCURACY_FLOOR.recall}, ${ACCURACY_FLOOR.falseAlarms} false alarms`
      : `below the floor: ${failing.map(([l]) => l).join(', ')}`,
  );
  process.exitCode = failing.length === 0 ? 0 : 1;
}

void main();
