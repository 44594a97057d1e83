import { compileLexicon } from '@/lib/detect/lexicon';
import { NOTICE_LEXICONS } from '@/lib/lang/notices';

for (const l of ['nl', 'sv', 'pl', 'de', 'en'] as const) {
  let t = performance.now();
  const c = compileLexicon((NOTICE_LEXICONS as any)[l]);
  const t1 = performance.now() - t;
  t = performance.now();
  for (let i = 0; i < 200; i++)
    c.blockers.lifted.find(
      'de inhouding op je uitbetalingen is opgeheven en het bedrag wordt overgemaakt naar je bankrekening zodra de controle klaar is ' +
        i,
    );
  console.log(l, t1.toFixed(1), ((performance.now() - t) / 200).toFixed(3));
}
