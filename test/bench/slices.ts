/**
 * Developer tool, not part of `npm run bench`: the extension's own slices on a bench page, one
 * line per slice in load order, with the median thread time of each over several loads (the
 * first load, which fills caches, is left out). It shows what `npm run bench` sums: which task is
 * the loader, the module's evaluation, a message's reply, an idle callback or a timer, and the
 * function it enters (readable with a build that is not minified, see profile-scripts.ts).
 *
 *   npx tsx test/bench/slices.ts <orders|removal|health|inventory> [build dir] [loads]
 */
import { launchWith, prepare, scenarioOf, work } from './bench-pages';
import { median } from './stats';
import { extensionSlices, recordTrace, type TraceEvent } from './trace-time';

const WORLD_NAME = 'Seller Central Companion';
const scenario = scenarioOf(process.argv[2]);
const dir = process.argv[3] ?? '.output/chrome-mv3';
const loads = Number(process.argv[4] ?? 8);

interface CallData {
  readonly functionName?: string;
  readonly url?: string;
  readonly lineNumber?: number;
}

/** What a slice runs: the first script entry inside it, by function, file and line. */
function entryOf(slice: TraceEvent, thread: readonly TraceEvent[]): string {
  const end = slice.ts + (slice.dur ?? 0);
  const entry = thread.find(
    (event) =>
      event !== slice &&
      event.ts >= slice.ts &&
      event.ts + (event.dur ?? 0) <= end &&
      ['FunctionCall', 'EvaluateScript', 'v8.evaluateModule', 'v8.compileModule'].includes(event.name),
  );
  const data = (entry?.args?.data ?? {}) as CallData;
  const file = (data.url ?? '').replace(/.*\//, '');
  return `${entry?.name ?? 'task'} ${data.functionName || ''} ${file}${file ? `:${data.lineNumber ?? ''}` : ''}`.trim();
}

const context = await launchWith(dir, scenario);
const origin = `chrome-extension://${new URL(context.serviceWorkers()[0]?.url() ?? 'chrome-extension://x/').host}/`;
const byPosition = new Map<string, number[]>();
for (let load = 0; load <= loads; load += 1) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await prepare(page, scenario);
  // The disabled-by-default category names the script of the loader's and the module's first tasks.
  const categories = ['devtools.timeline', 'v8', 'disabled-by-default-devtools.timeline'];
  const events = await recordTrace(cdp, categories, () => work(page, scenario));
  await page.close();
  if (load === 0) continue;
  const spans = events.filter((event) => event.ph === 'X').sort((a, b) => a.ts - b.ts);
  extensionSlices(events, origin, WORLD_NAME).forEach((slice, position) => {
    const thread = spans.filter((event) => event.pid === slice.pid && event.tid === slice.tid);
    const key = `${String(position).padStart(2)} ${entryOf(slice, thread)}`;
    byPosition.set(key, [...(byPosition.get(key) ?? []), (slice.tdur ?? slice.dur ?? 0) / 1000]);
  });
}
await context.close();
let total = 0;
console.log(`${scenario}, ${loads} loads: median thread ms of each slice (loads that had it)`);
for (const [key, times] of byPosition) {
  total += median(times) * (times.length / loads);
  console.log(`${median(times).toFixed(2).padStart(6)}  (${times.length})  ${key}`);
}
console.log(`${total.toFixed(2).padStart(6)}  weighted sum`);
