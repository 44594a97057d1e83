/**
 * Developer tool, not part of `npm run bench`: two or more builds of the extension side by side
 * on the same page, loads interleaved (A, B; B, A; …) so the shared machine's drifting load hits
 * each build alike. Prints each build's median main-thread CPU of the removal and main content
 * scripts (thread time of their outermost FunctionCall/EvaluateScript trace events, as the
 * removal bench counts it), and the extension's own time as `npm run bench` counts it (page-cost.ts).
 *
 *   npx tsx test/bench/compare-builds.ts <orders|removal> <build dir> <build dir> [runs]
 *
 * A build dir is a copy of `.output/chrome-mv3` (e.g. one built from main, one from a branch).
 */
import type { BrowserContext } from 'playwright-core';
import { CONTENT_MODULE_SUFFIX } from '../../wxt.config';
import { launchWith, prepare, scenarioOf, work } from './bench-pages';
import { median } from './stats';
import { extensionCpuTime, recordTrace, type TraceEvent } from './trace-time';

/** The bench's own-time measure (page-cost.ts): every slice of the extension's world, with the v8 category on. */
const WORLD_NAME = 'Seller Central Companion';

const [scenarioArg, ...rest] = process.argv.slice(2);
const scenario = scenarioOf(scenarioArg);
const runs = /^\d+$/.test(rest.at(-1) ?? '') ? Number(rest.pop()) : 9;
const dirs = rest.length > 0 ? rest : ['.output/chrome-mv3'];

/** CPU ms of one script's outermost calls in a trace. */
function scriptCpu(events: readonly TraceEvent[], file: string): number {
  // In the Chromium build the script is a loader and its module (wxt.config.ts): both count.
  const module = file.replace(/\.js$/, CONTENT_MODULE_SUFFIX);
  const ours = (url: string | undefined) => url !== undefined && (url.endsWith(file) || url.endsWith(module));
  const calls = events
    .filter(
      (e) => e.ph === 'X' && (e.name === 'FunctionCall' || e.name === 'EvaluateScript') && ours(e.args?.data?.url),
    )
    .sort((a, b) => a.ts - b.ts);
  let cpu = 0;
  let end = -1;
  for (const call of calls) {
    const to = call.ts + (call.dur ?? 0);
    if (to <= end) continue;
    cpu += call.tdur ?? call.dur ?? 0;
    end = to;
  }
  return cpu / 1000;
}

async function once(context: BrowserContext): Promise<{ removal: number; main: number; own: number }> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await prepare(page, scenario);
  const events = await recordTrace(cdp, ['devtools.timeline', 'v8'], () => work(page, scenario));
  await page.close();
  const origin = `chrome-extension://${new URL(context.serviceWorkers()[0]?.url() ?? 'chrome-extension://x/').host}/`;
  return {
    removal: scriptCpu(events, '/removal-orders.js'),
    main: scriptCpu(events, '/seller-central.js'),
    own: extensionCpuTime(events, origin, WORLD_NAME),
  };
}

const contexts = await Promise.all(dirs.map((dir) => launchWith(dir, scenario)));
const results = dirs.map(() => [] as Array<{ removal: number; main: number; own: number }>);
for (const context of contexts) await once(context); // warm-up, not counted
for (let run = 0; run < runs; run++) {
  for (let k = 0; k < contexts.length; k++) {
    const i = run % 2 === 0 ? k : contexts.length - 1 - k;
    results[i]?.push(await once(contexts[i] as BrowserContext));
  }
}
await Promise.all(contexts.map((context) => context.close()));
dirs.forEach((dir, i) => {
  const r = results[i] ?? [];
  console.log(
    `${scenario} ${dir}: removal script CPU median ${median(r.map((x) => x.removal)).toFixed(1)} ms ` +
      `[${r.map((x) => x.removal.toFixed(0)).join(' ')}]; main content script ${median(r.map((x) => x.main)).toFixed(1)} ms; ` +
      `own time (bench measure) ${median(r.map((x) => x.own)).toFixed(1)} ms`,
  );
});
