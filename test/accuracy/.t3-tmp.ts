import { compileTerms } from '@/lib/detect/terms';
import { NOTICE_LEXICONS } from '@/lib/lang/notices';

const text =
  'de inhouding op je uitbetalingen is opgeheven en het bedrag wordt overgemaakt naar je bankrekening zodra de controle klaar is ';
function time(name: string, terms: any[]) {
  const c = compileTerms(terms, true);
  const t = performance.now();
  for (let i = 0; i < 300; i++) c.find(text + i);
  return (performance.now() - t) / 300;
}
for (const l of process.argv.slice(2)) {
  const lx: any = (NOTICE_LEXICONS as any)[l];
  const sets: Record<string, any[]> = {
    ...Object.fromEntries(Object.entries(lx.subjects).map(([k, v]) => ['subj.' + k, v as any[]])),
    items: lx.items,
    ...Object.fromEntries(Object.entries(lx.cues).map(([k, v]) => ['cue.' + k, v as any[]])),
    ...Object.fromEntries(Object.entries(lx.blockers).map(([k, v]) => ['blk.' + k, v as any[]])),
    you: lx.you,
    labels: lx.rating.labels,
  };
  let tot = 0;
  const out: string[] = [];
  for (const [k, v] of Object.entries(sets)) {
    const t = time(k, v);
    tot += t;
    out.push(`${k}:${v.length}:${t.toFixed(3)}`);
  }
  console.log(l, tot.toFixed(3), out.join(' '));
}
