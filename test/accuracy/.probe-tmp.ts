import { readFileSync } from 'node:fs';
import { compileLexicon } from '@/lib/detect/lexicon';
import { packLexicon } from '@/lib/detect/lexicon-pack';
import { readNotice, type Tone } from '@/lib/detect/reader';
import { NOTICE_LEXICONS } from '@/lib/lang/notices';

const [lang, file] = process.argv.slice(2);
const lexicons = [compileLexicon(packLexicon((NOTICE_LEXICONS as any)[lang])), compileLexicon(packLexicon(NOTICE_LEXICONS.en))];
for (const line of readFileSync(file, 'utf8').split('\n')) {
  if (!line.trim() || line.startsWith('#')) continue;
  const [expect, tone, text] = line.split('|').map((s) => s.trim());
  const r = readNotice([{ text, headline: false }], lexicons, { tone: tone as Tone });
  const states = [...new Set(r.map((x) => x.state))];
  const got = states.length ? states.join(',') : '-';
  const ok = expect === got || (expect !== '-' && states[0] === expect) ? 'ok ' : 'XX ';
  console.log(
    ok + expect.padEnd(22) + got.padEnd(30) + text.slice(0, 110) + (r[0] ? '  <' + r[0].cues.join('+') + '>' : ''),
  );
}
