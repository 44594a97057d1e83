import { compileTerms } from '@/lib/detect/terms';

const text =
  'de inhouding op je uitbetalingen is opgeheven en het bedrag wordt overgemaakt naar je bankrekening zodra de controle klaar is ';
function time(name: string, terms: string[]) {
  const c = compileTerms(terms, true);
  const t = performance.now();
  for (let i = 0; i < 200; i++) c.find(text + i);
  console.log(name, terms.length, ((performance.now() - t) / 200).toFixed(3));
}
time('ing', ['*ing is opgeheven', '*ing opgeheven']);
time('ing5', [
  '*ing is opgeheven',
  '*ing opgeheven',
  '*ing werd opgeheven',
  '*ing wordt opgeheven',
  '*ing is nu opgeheven',
]);
time('lit', ['op je *betaling* is opgeheven', 'op uw *betaling* is opgeheven']);
time('inner', ['*betaling*']);
time('plain', ['hersteld', 'opgeheven']);

import { notices } from '@/lib/lang/nl/notices';

const all = notices.blockers.lifted as string[];
time('all', all);
for (let k = 0; k < all.length; k += 20) time('slice' + k, all.slice(k, k + 20));
for (const n of [40, 60, 80, 100, 120, 150]) time('first' + n, all.slice(0, n));
