import { Browser } from 'happy-dom';
import { createDetector } from '@/lib/detect/detector';
import { scanForEvidence } from '@/lib/detect/evidence.dom';
import { NOTICE_LEXICONS } from '@/lib/lang/notices';

const htmls = process.argv.slice(2);
const browser = new Browser({
  settings: { enableJavaScriptEvaluation: true, suppressInsecureJavaScriptEnvironmentWarning: true },
});
for (const html of htmls) {
  const page = browser.newPage();
  page.url = 'https://sellercentral.amazon.nl/home';
  page.content = `<html><body>${html}</body></html>`;
  await page.waitUntilComplete();
  const detector = createDetector(Object.values(NOTICE_LEXICONS));
  const scan = scanForEvidence(page.mainFrame.document as unknown as Document, detector.ratingWords);
  console.log('---', html);
  for (const e of scan.evidence)
    console.log(e.kind, e.tone, e.container.localName, e.container.className, JSON.stringify(e.segments), e.rating);
}
await browser.close();
