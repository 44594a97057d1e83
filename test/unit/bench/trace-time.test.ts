import { extensionCpuTime, extensionTime, forcedLayouts, type TraceEvent } from '../../bench/trace-time';

const ORIGIN = 'chrome-extension://abc/';
const WORLD = 'Seller Central Companion';
const thread = (pid: number, tid: number, name: string): TraceEvent => ({
  name: 'thread_name',
  ph: 'M',
  ts: 0,
  pid,
  tid,
  args: { name },
});
const slice = (name: string, ts: number, dur: number, args: TraceEvent['args'] = {}, tid = 1): TraceEvent => ({
  name,
  ph: 'X',
  ts,
  dur,
  pid: 7,
  tid,
  args,
});

describe('extensionTime: the main-thread time a load spent in the extension', () => {
  const events: TraceEvent[] = [
    thread(7, 1, 'CrRendererMain'),
    thread(7, 2, 'Compositor'),
    slice('EvaluateScript', 1_000, 5_000, { data: { url: `${ORIGIN}content-scripts/seller-central.js` } }),
    // Nested inside the evaluation: not counted again.
    slice('v8.run', 2_000, 3_000, { worldName: WORLD }),
    slice('v8.callFunction', 20_000, 10_000, { worldName: WORLD }),
    // Overlaps the call before: only the 2 ms beyond it count.
    slice('v8.callFunction', 28_000, 4_000, { worldName: WORLD }),
    // The page's own script, another extension's world, another thread: none of ours.
    slice('EvaluateScript', 40_000, 9_000, { data: { url: 'https://sellercentral.amazon.com/app.js' } }),
    slice('v8.callFunction', 50_000, 9_000, { worldName: 'Another Extension' }),
    slice('v8.callFunction', 60_000, 9_000, { worldName: WORLD }, 2),
  ];

  it('adds top-level slices of our evaluation and our world once each, on the renderer main thread only', () => {
    expect(extensionTime(events, ORIGIN, WORLD)).toBe(17);
  });

  it('is zero for a load where the extension did nothing', () => {
    expect(extensionTime(events.slice(0, 2).concat(events.slice(6)), ORIGIN, WORLD)).toBe(0);
  });
});

describe('forcedLayouts: layouts run inside the extension’s own slices', () => {
  const events: TraceEvent[] = [
    thread(7, 1, 'CrRendererMain'),
    slice('v8.callFunction', 10_000, 10_000, { worldName: WORLD }),
    // Inside our callback: our geometry read forced it.
    slice('Layout', 12_000, 3_000),
    // The page's own rendering update, between tasks: not ours.
    slice('Layout', 25_000, 8_000),
    // Inside the page's script: not ours.
    slice('EvaluateScript', 40_000, 9_000, { data: { url: 'https://sellercentral.amazon.com/app.js' } }),
    slice('Layout', 41_000, 2_000),
    // Same time as our slice, another thread: not ours.
    slice('Layout', 13_000, 1_000, {}, 2),
  ];

  it('counts only layouts nested in our slices, with their time', () => {
    expect(forcedLayouts(events, ORIGIN, WORLD)).toEqual({ count: 1, ms: 3 });
  });

  it('is zero when our slices force none', () => {
    expect(
      forcedLayouts(
        events.filter((_, i) => i !== 2),
        ORIGIN,
        WORLD,
      ),
    ).toEqual({ count: 0, ms: 0 });
  });
});

describe('extensionCpuTime: the thread time of the same slices', () => {
  const main = thread(7, 1, 'CrRendererMain');
  const timed = (name: string, ts: number, dur: number, tdur: number, args: TraceEvent['args']): TraceEvent => ({
    ...slice(name, ts, dur, args),
    tdur,
  });

  it('counts what the thread ran, not the time a busy machine kept it waiting, and nested slices once', () => {
    const events = [
      main,
      timed('EvaluateScript', 1_000, 9_000, 2_000, { data: { url: `${ORIGIN}content-scripts/seller-central.js` } }),
      timed('v8.run', 2_000, 3_000, 1_500, { worldName: WORLD }),
      timed('v8.callFunction', 20_000, 30_000, 4_000, { worldName: WORLD }),
      timed('v8.callFunction', 60_000, 5_000, 5_000, { worldName: 'Another Extension' }),
    ];
    expect(extensionCpuTime(events, ORIGIN, WORLD)).toBe(6);
    expect(extensionTime(events, ORIGIN, WORLD)).toBe(39);
  });

  it('falls back to wall time for a slice without thread time', () => {
    expect(extensionCpuTime([main, slice('v8.callFunction', 0, 3_000, { worldName: WORLD })], ORIGIN, WORLD)).toBe(3);
  });
});

describe('traces that do not name the isolated world (Chromium 150)', () => {
  const main = thread(7, 1, 'CrRendererMain');
  const timed = (name: string, ts: number, dur: number, tdur: number, args: TraceEvent['args'] = {}): TraceEvent => ({
    ...slice(name, ts, dur, args),
    tdur,
  });
  const ourScript = { data: { url: `${ORIGIN}content-scripts/seller-central.js` } };
  const pageScript = { data: { url: 'https://sellercentral.amazon.com/app.js' } };

  it('counts a whole task that enters only our script: its async continuations and collections too', () => {
    const events = [
      main,
      timed('TimerFire', 10_000, 6_000, 5_000),
      timed('FunctionCall', 10_100, 200, 200, ourScript),
      // The continuation our timer's promise ran: it names no script.
      timed('v8.callFunction', 10_400, 4_000, 3_500),
      timed('MinorGC', 14_500, 1_000, 1_000),
    ];
    expect(extensionCpuTime(events, ORIGIN, WORLD)).toBe(5);
    expect(forcedLayouts([...events, slice('Layout', 11_000, 500)], ORIGIN, WORLD)).toEqual({ count: 1, ms: 0.5 });
  });

  it('counts only our own entries in a task that also runs the page’s script, and nothing in a task of the page’s alone', () => {
    const events = [
      main,
      timed('TimerFire', 10_000, 9_000, 9_000),
      timed('FunctionCall', 10_000, 4_000, 4_000, pageScript),
      timed('FunctionCall', 15_000, 2_000, 2_000, ourScript),
      timed('FireIdleCallback', 30_000, 7_000, 7_000),
      timed('FunctionCall', 30_000, 7_000, 7_000, pageScript),
      timed('v8.callFunction', 40_000, 3_000, 3_000),
    ];
    expect(extensionCpuTime(events, ORIGIN, WORLD)).toBe(2);
  });
});

describe('content scripts loaded as modules', () => {
  const main = thread(7, 1, 'CrRendererMain');
  const timed = (name: string, ts: number, dur: number, args: TraceEvent['args'] = {}): TraceEvent => ({
    ...slice(name, ts, dur, args),
    tdur: dur,
  });

  it('counts a module’s evaluation and cache write with the compilation before it: ours, or the page’s', () => {
    const events = [
      main,
      timed('v8.compileModule', 1_000, 100, { data: { url: `${ORIGIN}content-scripts/seller-central.module.js` } }),
      timed('v8.evaluateModule', 1_200, 3_000),
      timed('v8.produceModuleCache', 4_300, 200),
      timed('v8.compileModule', 10_000, 100, { data: { url: 'https://sellercentral.amazon.com/app.mjs' } }),
      timed('v8.evaluateModule', 10_200, 9_000),
    ];
    expect(extensionCpuTime(events, ORIGIN, WORLD)).toBe(3.3);
  });
});
