import { STATES_BY_SEVERITY } from '@/lib/account-state/states';
import { classify } from '@/lib/detect/classify';
import { createDetector } from '@/lib/detect/detector';
import { scanForEvidence } from '@/lib/detect/evidence.dom';
import { packLexicon } from '@/lib/detect/lexicon-pack';
import { NOTICE_LEXICONS } from '@/lib/lang/notices';
import { happyBrowser } from '../support/happy-browser';
import { corpusFiles } from './corpus';
const every = corpusFiles('tuning').flatMap((f) => STATES_BY_SEVERITY.map((s) => f.cases.find((c) => c.expected === s)?.html ?? '')).join('\n');
const filler = 'Seller Central keeps your listings, orders and reports in one place. '.repeat(1500);
const b = happyBrowser({ frames: true });
for (const [name, html] of [['every', every], ['long', `<div class="a-box a-alert a-alert-error">Your selling account has been deactivated. ${filler}</div>`]] as const) {
  const page = b.newPage();
  page.content = `<html><body>${html}</body></html>`;
  await page.waitUntilComplete();
  const doc = page.mainFrame.document as unknown as Document;
  for (let i = 0; i < 3; i++) {
    let t = performance.now();
    const d = createDetector(Object.values(NOTICE_LEXICONS).map(packLexicon));
    const t1 = performance.now() - t; t = performance.now();
    const scan = scanForEvidence(doc, d.ratingWords);
    const t2 = performance.now() - t; t = performance.now();
    const r = classify(scan.evidence, 'home', d);
    const t3 = performance.now() - t;
    console.log(name, i, 'compile', t1.toFixed(1), 'scan', t2.toFixed(1), 'classify', t3.toFixed(1), scan.evidence.length, r?.state);
  }
}
await b.close();
