import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { defineFeature, type Feature, type NavigationHooks } from '@/lib/content-script/feature';
import { runFeatures } from '@/lib/content-script/run-features';
import { isScriptRunning } from '@/lib/content-script/script-presence';
import type { PageContext, PageKind } from '@/lib/pages';

const HOST = 'https://sellercentral.amazon.com';
const CREATE = `${HOST}/recoveryui/removal-order/create`;
const DETAIL = `${HOST}/recoveryui/removal-order/detail?sourceRemovalOrderId=XK7P9QWE21`;
const HOME = `${HOST}/home`;
const INVENTORY = `${HOST}/myinventory/inventory`;

/** Contexts the features were given: each listens on the shared window and must end with its test. */
const contexts = new Set<ContentScriptContext>();

interface Probe {
  readonly feature: Feature;
  /** The kind of every page init was called for. */
  readonly started: PageKind[];
  readonly navigated: PageKind[];
  readonly stoodDown: { count: number };
}

/** A feature that records what the runner tells it; `answer` decides what its init returns. */
function probe(
  id: string,
  include: Feature['include'],
  answer: (page: PageContext) => boolean | 'hooks' | Promise<boolean | 'hooks'> = () => 'hooks',
  exclude?: readonly PageKind[],
): Probe {
  const started: PageKind[] = [];
  const navigated: PageKind[] = [];
  const stoodDown = { count: 0 };
  const hooks: NavigationHooks = {
    navigated: (page) => navigated.push(page.kind),
    standDown: () => {
      stoodDown.count += 1;
    },
  };
  const feature = defineFeature({
    id,
    include,
    exclude,
    async init(ctx, page) {
      contexts.add(ctx);
      started.push(page.kind);
      const result = await answer(page);
      return result === 'hooks' ? hooks : result;
    },
  });
  return { feature, started, navigated, stoodDown };
}

/** The context WXT hands a content script's main, as it makes one per script and page. */
function wxtContext(): ContentScriptContext {
  const ctx = new ContentScriptContext('test-script');
  contexts.add(ctx);
  return ctx;
}

/** Loads the page, as the browser does before a content script runs. */
function openPage(url: string): void {
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);
}

/** A single-page navigation, noticed by WXT's location watcher (it polls each second without the Navigation API). */
async function navigate(url: string): Promise<void> {
  history.pushState({}, '', url);
  await vi.advanceTimersByTimeAsync(1000);
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  for (const ctx of contexts) ctx.abort('test over');
  contexts.clear();
  vi.useRealTimers();
});

describe('runFeatures: which features start', () => {
  it('starts only the features that serve the page kind, each with the page context', async () => {
    openPage(CREATE);
    const create = probe('create', ['removal-create']);
    const orders = probe('orders', ['manage-orders']);
    const everywhere = probe('everywhere', 'every-page');
    const notHere = probe('not-here', 'every-page', undefined, ['removal-create']);
    await runFeatures([create.feature, orders.feature, everywhere.feature, notHere.feature], wxtContext());
    expect(create.started).toEqual(['removal-create']);
    expect(everywhere.started).toEqual(['removal-create']);
    expect(orders.started).toEqual([]);
    expect(notHere.started).toEqual([]);
  });

  it('on a page no feature serves, adds nothing to the context WXT made: no announcement, no listener', async () => {
    openPage(HOME);
    const ctx = wxtContext();
    const dispatch = vi.spyOn(document, 'dispatchEvent');
    const listen = vi.spyOn(window, 'addEventListener');
    const create = probe('create', ['removal-create']);
    await runFeatures([create.feature], ctx);
    expect(create.started).toEqual([]);
    // A second context would announce itself on the document; the location watcher listens on the window.
    expect(dispatch).not.toHaveBeenCalled();
    expect(listen).not.toHaveBeenCalled();
  });

  it('does nothing outside Seller Central', async () => {
    openPage('https://www.amazon.com/recoveryui/removal-order/create');
    const everywhere = probe('everywhere', 'every-page');
    await runFeatures([everywhere.feature], wxtContext());
    expect(everywhere.started).toEqual([]);
  });
});

describe('runFeatures: a script injected on demand', () => {
  it('runs once per frame: a second copy of the same script starts nothing', async () => {
    openPage(CREATE);
    const first = probe('first', ['removal-create']);
    const second = probe('second', ['removal-create']);
    expect(isScriptRunning('removal-orders')).toBe(false);
    await runFeatures([first.feature], wxtContext(), 'removal-orders');
    expect(isScriptRunning('removal-orders')).toBe(true);
    await runFeatures([second.feature], wxtContext(), 'removal-orders');
    expect(first.started).toEqual(['removal-create']);
    expect(second.started).toEqual([]);
    // Scripts that are never injected on demand do not take part.
    const other = probe('other', ['removal-create']);
    await runFeatures([other.feature], wxtContext());
    expect(other.started).toEqual(['removal-create']);
  });
});

describe('runFeatures: a feature fails alone', () => {
  it('a feature whose init throws is reported and stays off; the others run and follow navigation', async () => {
    openPage(CREATE);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const broken = probe('broken', 'every-page', () => {
      throw new Error('boom');
    });
    const healthy = probe('healthy', 'every-page');
    await runFeatures([broken.feature, healthy.feature], wxtContext());
    expect(healthy.started).toEqual(['removal-create']);
    expect(warn).toHaveBeenCalledWith('[Seller Central Companion] broken stopped:', expect.any(Error));

    await navigate(DETAIL);
    expect(broken.started).toEqual(['removal-create']);
    expect(healthy.navigated).toEqual(['removal-detail']);
  });

  it('a navigation hook that throws is reported without stopping the other features', async () => {
    openPage(CREATE);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const throwing = defineFeature({
      id: 'throwing',
      include: 'every-page',
      init: (ctx) => {
        contexts.add(ctx);
        return {
          navigated() {
            throw new Error('lost');
          },
        };
      },
    });
    const healthy = probe('healthy', 'every-page');
    await runFeatures([throwing, healthy.feature], wxtContext());
    await navigate(DETAIL);
    expect(warn).toHaveBeenCalledWith('[Seller Central Companion] throwing stopped:', expect.any(Error));
    expect(healthy.navigated).toEqual(['removal-detail']);
  });
});

describe('runFeatures: declining a page', () => {
  it('a feature that declines gets no navigation hooks, and is asked again on the next page it serves', async () => {
    openPage(CREATE);
    const picky = probe('picky', ['removal-create', 'removal-detail'], (page) =>
      page.kind === 'removal-detail' ? 'hooks' : false,
    );
    const keeper = probe('keeper', 'every-page');
    await runFeatures([picky.feature, keeper.feature], wxtContext());
    expect(picky.started).toEqual(['removal-create']);

    await navigate(HOME);
    expect(picky.stoodDown.count).toBe(0);
    await navigate(DETAIL);
    expect(picky.started).toEqual(['removal-create', 'removal-detail']);
    expect(picky.navigated).toEqual([]);
  });
});

describe('runFeatures: single-page navigation', () => {
  it('starts a feature when its kind appears, stands it down once when it goes, and brings it back', async () => {
    openPage(DETAIL);
    const rules = probe('rules', ['removal-create']);
    const badges = probe('badges', ['removal-create', 'removal-detail']);
    await runFeatures([badges.feature, rules.feature], wxtContext());
    expect(rules.started).toEqual([]);

    await navigate(CREATE);
    expect(rules.started).toEqual(['removal-create']);
    expect(badges.navigated).toEqual(['removal-create']);

    await navigate(HOME);
    await navigate(INVENTORY);
    expect(rules.stoodDown.count).toBe(1);
    expect(badges.stoodDown.count).toBe(1);

    await navigate(DETAIL);
    expect(badges.navigated).toEqual(['removal-create', 'removal-detail']);
    expect(rules.navigated).toEqual([]);
    await navigate(CREATE);
    // The same instance comes back: init ran once.
    expect(rules.started).toEqual(['removal-create']);
    expect(rules.navigated).toEqual(['removal-create']);
  });

  it('a navigation while a feature starts is followed once it has started', async () => {
    openPage(CREATE);
    let finish: (value: 'hooks') => void = () => undefined;
    const slow = probe(
      'slow',
      ['removal-create', 'removal-detail'],
      () => new Promise((resolve) => (finish = resolve)),
    );
    const running = runFeatures([slow.feature], wxtContext());
    await navigate(DETAIL);
    expect(slow.navigated).toEqual([]);
    finish('hooks');
    await running;
    expect(slow.started).toEqual(['removal-create']);
    expect(slow.navigated).toEqual(['removal-detail']);
  });

  it('stops following the page once the extension is gone', async () => {
    openPage(CREATE);
    const badges = probe('badges', ['removal-create', 'removal-detail']);
    await runFeatures([badges.feature], wxtContext());
    for (const ctx of contexts) ctx.abort('extension reloaded');
    await navigate(DETAIL);
    expect(badges.navigated).toEqual([]);
  });
});
