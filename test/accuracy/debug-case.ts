/** Developer aid: `npx tsx test/accuracy/debug-case.ts <tuning case id>` prints the evidence read. Refuses sealed cases. */
import { Browser } from 'happy-dom';
import { createDetector } from '@/lib/detect/detector';
import { scanForEvidence } from '@/lib/detect/evidence.dom';
import { packLexicon } from '@/lib/detect/lexicon-pack';
import { loadNoticeLexicons } from '@/lib/lang/notices';
import { corpusFiles } from './corpus';

const id = process.argv[2] ?? '';
const found = corpusFiles('tuning')
  .flatMap((f) => f.cases)
  .find((c) => c.id === id);
if (!found) throw new Error(`${id} is not a tuning case`);
const browser = new Browser({
  settings: { enableJavaScriptEvaluation: true, suppressInsecureJavaScriptEnvironmentWarning: true },
});
const page = browser.newPage();
page.url = found.url;
page.content = `<html><body>${found.html}</body></html>`;
await page.waitUntilComplete();
const detector = createDetector(Object.values(await loadNoticeLexicons()).map(packLexicon));
const scan = scanForEvidence(page.mainFrame.document as unknown as Document, detector.ratingWords);
for (const e of scan.evidence)
  console.log(e.kind, e.tone, e.container.localName, e.container.className, JSON.stringify(e.segments), e.rating);
await browser.close();
