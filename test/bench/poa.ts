/**
 * Plan of Action lint of a 10 KB draft (issue 4's budget: <= 50 ms), timed in real Chromium in
 * the workspace page itself: the draft is put into the five text areas as typed input, the
 * page's own debounced lint runs, and the User Timing measure it records around lintPoa is read.
 */
import { launchExtensionBrowser } from '../support/extension-browser';
import { benchDraft } from '../unit/poa/samples/bench-draft';
import { type BenchRow, row } from './results';
import { median, percentile } from './stats';

const RUNS = 30;
const DRAFT_BYTES = 10_000;
const BUDGET_MS = 50;

// A plain string: tsx would otherwise inject its __name helper into functions run in the page.
const TYPE_AND_TIME = `(sections) => new Promise((resolve) => {
  const observer = new PerformanceObserver((list) => {
    const entry = list.getEntries().find((e) => e.name === 'scc:poa-lint');
    if (!entry) return;
    observer.disconnect();
    resolve(entry.duration);
  });
  observer.observe({ type: 'measure' });
  for (const [id, text] of Object.entries(sections)) {
    const area = document.getElementById('poa-' + id);
    area.value = text;
    area.dispatchEvent(new Event('input', { bubbles: true }));
  }
})`;

export async function poaLintRows(): Promise<BenchRow[]> {
  const draft = benchDraft(DRAFT_BYTES);
  const bytes = Object.values(draft).reduce((sum, text) => sum + new TextEncoder().encode(text).length, 0);
  const browser = await launchExtensionBrowser();
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/poa.html?market=DE`);
  await page.waitForSelector('.poa-layout[data-loaded="true"]');
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    // Every run changes the text, so the page sees a real edit and lints again.
    const sections = { ...draft, evidence: `${draft.evidence}${i % 2 === 0 ? ' ' : ''}` };
    samples.push(Number(await page.evaluate(`(${TYPE_AND_TIME})(${JSON.stringify(sections)})`)));
  }
  await browser.close();
  console.log(
    `  POA lint of a ${(bytes / 1000).toFixed(1)} KB draft over ${RUNS} runs: median ${median(samples).toFixed(2)} ms, ` +
      `p95 ${percentile(samples, 95).toFixed(2)} ms, max ${Math.max(...samples).toFixed(2)} ms`,
  );
  return [row('POA lint, 10 KB draft', median(samples), 'ms', BUDGET_MS)];
}
