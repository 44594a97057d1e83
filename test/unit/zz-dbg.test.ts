import { it } from 'vitest';
import { classify } from '@/lib/detect/classify';
import { collectEvidence } from '@/lib/detect/evidence.dom';
import { pageKindOf } from '@/lib/pages';
import { allLanguagesDetector } from '../support/detector';
import { loadFixture, MANIFEST } from './detect/fixture-harness';
it('dbg', async () => {
  const d = allLanguagesDetector();
  for (const f of MANIFEST.filter((m) => /-en-|ahr-150|ahr-50/.test(m.file))) {
    const fx = loadFixture(f);
    await fx.page.waitUntilComplete();
    const ev = collectEvidence(fx.document as unknown as Document, d.ratingWords);
    const r = classify(ev, pageKindOf(f.url), d);
    console.log(f.file, f.expected, '->', r?.state, r?.cues, '\n   EV:', ev.map((e) => `${e.kind}/${e.tone} ${JSON.stringify(e.segments).slice(0, 300)} rating=${JSON.stringify(e.rating)}`).join('\n   EV:'));
    await fx.close();
  }
});
