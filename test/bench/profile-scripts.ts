/**
 * Developer tool, not part of `npm run bench`: where the content scripts spend their time on the
 * bench pages, from CDP's sampling profiler (the page's main thread, which runs the extension's
 * isolated world too). Prints per-run milliseconds by function, self time then inclusive time,
 * for samples with an extension frame on the stack; a native call shows its JS caller. The
 * profiler slows the page down and a busy machine stretches samples: read the proportions, and
 * measure with `compare-builds.ts` or `npm run bench`.
 *
 *   npx tsx test/bench/profile-scripts.ts <orders|removal|health|inventory> [build dir] [runs]
 *
 * Names are readable with a build that is not minified: add `build: { minify: false }` to the
 * `vite` options in wxt.config.ts, build, copy `.output/chrome-mv3` away, and undo the change.
 */
import { launchWith, prepare, scenarioOf, work } from './bench-pages';

interface ProfileNode {
  readonly id: number;
  readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number };
  readonly children?: readonly number[];
}
interface Profile {
  readonly nodes: readonly ProfileNode[];
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

const scenario = scenarioOf(process.argv[2]);
const dir = process.argv[3] ?? '.output/chrome-mv3';
const runs = Number(process.argv[4] ?? 4);
const SAMPLING_US = 200;

const name = (node: ProfileNode) =>
  `${node.callFrame.functionName || '(anonymous)'} ${node.callFrame.url.replace(/.*\//, '')}:${node.callFrame.lineNumber + 1}`;

const self = new Map<string, number>();
const inclusive = new Map<string, number>();
let total = 0;
const add = (map: Map<string, number>, key: string, ms: number) => map.set(key, (map.get(key) ?? 0) + ms);

function attribute(profile: Profile): void {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const stack: ProfileNode[] = [];
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const node = byId.get(at);
      if (node) stack.push(node);
    }
    const ours = stack.filter((node) => node.callFrame.url.startsWith('chrome-extension://'));
    const leaf = stack[0];
    if (ours.length === 0 || !leaf) return;
    total += ms;
    // A native call (no URL) is named with the extension function that made it.
    add(self, leaf.callFrame.url ? name(leaf) : `${name(leaf)} <- ${name(ours[0] as ProfileNode)}`, ms);
    for (const key of new Set(ours.map(name))) add(inclusive, key, ms);
  });
}

const context = await launchWith(dir, scenario);
for (let run = 0; run < runs; run++) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await prepare(page, scenario);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: SAMPLING_US });
  await cdp.send('Profiler.start');
  await work(page, scenario);
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
  attribute(profile);
  await page.close();
}
await context.close();

const top = (map: Map<string, number>) =>
  [...map]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 30)
    .map(([key, ms]) => `${(ms / runs).toFixed(2).padStart(8)}  ${key}`)
    .join('\n');
console.log(`${scenario}, ${runs} runs: ${(total / runs).toFixed(1)} ms per run with an extension frame on the stack`);
console.log(`self:\n${top(self)}\ninclusive:\n${top(inclusive)}`);
