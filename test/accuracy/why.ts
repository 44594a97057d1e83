import { corpusFiles } from './corpus';
import { closeBrowser, evaluateCase } from './evaluate';
const ids = process.argv.slice(2);
for (const c of corpusFiles('tuning').flatMap((f) => f.cases).filter((c) => ids.includes(c.id))) {
  const r = await evaluateCase(c);
  console.log(c.id, r.got, r.detection?.cues, r.detection?.quote);
}
await closeBrowser();
