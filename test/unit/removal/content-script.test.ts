import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RemovalAnnotator } from '@/entrypoints/removal-orders.content/annotator';
import { BADGE_TAG, createBadge, tooltipOf } from '@/entrypoints/removal-orders.content/badge';
import { RULES_TAG, RulesPanel } from '@/entrypoints/removal-orders.content/rules-panel';
import { SightingReporter } from '@/entrypoints/removal-orders.content/sightings';
import type { ChangeBatch } from '@/lib/dom/change-watcher.dom';
import * as messaging from '@/lib/messaging';
import type { MessageLookup } from '@/lib/removal/messages';
import { type RemovalOrderOnPage, scanOptionsForUrl } from '@/lib/removal/table-scan.dom';
import { fixtureHtml } from './page-loader';

const english: Record<string, { message: string }> = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../../public/_locales/en/messages.json'), 'utf8'),
);
const lookup: MessageLookup = (key) => english[key]?.message;

const REPORT_URL = 'https://sellercentral.amazon.com/reportcentral/REMOVAL_ORDER_DETAIL/1';

function load(file: string): void {
  const parsed = new DOMParser().parseFromString(fixtureHtml(file), 'text/html');
  const nodes = [...parsed.body.childNodes];
  document.body.replaceChildren(...nodes.map((node) => document.adoptNode(node)));
}

const badges = () => Array.from(document.querySelectorAll(BADGE_TAG));
const badgeFor = (id: string) => document.querySelector(`[data-scc-removal-order="${id}"]`);
const batch = (touched: Node[], removed = false): ChangeBatch => ({ touched: new Set(touched), removed });

afterEach(() => {
  document.body.replaceChildren();
});

describe('the annotator', () => {
  /** The report fixture, scanned, with its badges in (they wait for the words, asked for once). */
  async function annotated(onOrders: (orders: readonly RemovalOrderOnPage[]) => void = () => undefined) {
    load('report-en.html');
    const annotator = new RemovalAnnotator(async () => lookup, scanOptionsForUrl(REPORT_URL), onOrders);
    annotator.scanDocument();
    await vi.waitFor(() => expect(annotator.badgeCount).toBeGreaterThan(0));
    return annotator;
  }

  it('puts one badge in every order row, inside the status cell, with the contract attributes', async () => {
    const annotator = await annotated();
    expect(badges()).toHaveLength(10);
    expect(annotator.badgeCount).toBe(10);
    const badge = badgeFor('RMV-251028-C');
    expect(badge?.parentElement?.textContent).toContain('Processing');
    expect(badge?.getAttribute('data-scc-cancel-eligibility')).toBe('cancellable-unconfirmed');
    expect(badge?.textContent).toBe('Cancel may be too late');
    expect(badge?.getAttribute('role')).toBe('button');
  });

  it('adds nothing on a second scan or a batch that touches annotated rows', async () => {
    const annotator = await annotated();
    annotator.scanDocument();
    const table = document.querySelector('table') as HTMLTableElement;
    table.classList.add('hovered');
    annotator.onBatch(batch([table, table.tBodies[0] as HTMLElement]));
    expect(badges()).toHaveLength(10);
  });

  it('badges a row a later batch adds, and reports only what is new', async () => {
    const reported: string[][] = [];
    const annotator = await annotated((orders) => reported.push(orders.map((order) => order.orderId)));
    const body = (document.querySelector('table') as HTMLTableElement).tBodies[0] as HTMLTableSectionElement;
    const row = document.createElement('tr');
    for (const text of ['2025-11-05', 'RMV-LATE-1', 'Return', 'Planning', '2025-11-05', 'X', 'Y', 'Sellable']) {
      row.insertCell().textContent = text;
    }
    body.append(row);
    annotator.onBatch(batch([row]));
    expect(badgeFor('RMV-LATE-1')?.getAttribute('data-scc-cancel-eligibility')).toBe('cancellable');
    expect(reported.at(-1)).toEqual(['RMV-LATE-1']);
  });

  it('replaces a badge when the page rewrites the status, and keeps it when only a class changes', async () => {
    const annotator = await annotated();
    const badge = badgeFor('RMV-251101-A') as Element;
    const cell = badge.parentElement as HTMLElement;
    cell.className = 'highlight';
    annotator.onBatch(batch([cell]));
    expect(badgeFor('RMV-251101-A')).toBe(badge);

    const text = cell.firstChild as Text;
    text.data = 'Completed';
    annotator.onBatch(batch([text]));
    const replaced = badgeFor('RMV-251101-A');
    expect(replaced).not.toBe(badge);
    expect(replaced?.getAttribute('data-scc-cancel-eligibility')).toBe('not-cancellable');
    expect(cell.querySelectorAll(BADGE_TAG)).toHaveLength(1);
  });

  it('asks for its words only once an order shows, and only once', async () => {
    document.body.innerHTML = `<table><thead><tr><th>Order ID</th><th>Status</th></tr></thead>
      <tbody><tr><td>114-4018361-2287451</td><td>Shipped</td></tr></tbody></table>`;
    const words = vi.fn(async () => lookup);
    const annotator = new RemovalAnnotator(words, {}, () => undefined);
    annotator.scanDocument();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(words).not.toHaveBeenCalled();
    load('report-en.html');
    annotator.scanDocument();
    annotator.scanDocument();
    await vi.waitFor(() => expect(annotator.badgeCount).toBe(10));
    expect(badges()).toHaveLength(10);
    expect(words).toHaveBeenCalledTimes(1);
  });

  it('on Manage Orders reads each further stretch of rows once, when it nears the screen', async () => {
    const observed: Element[] = [];
    let near: (entries: Partial<IntersectionObserverEntry>[]) => void = () => undefined;
    vi.stubGlobal(
      'IntersectionObserver',
      class {
        constructor(callback: (entries: Partial<IntersectionObserverEntry>[]) => void) {
          near = callback;
        }
        observe(target: Element) {
          observed.push(target);
        }
        unobserve(target: Element) {
          observed.splice(observed.indexOf(target), 1);
        }
        disconnect() {
          observed.length = 0;
        }
      },
    );
    const rows = Array.from({ length: 250 }, (_, i) => {
      const id = i === 220 ? 'RMV-FAR' : `114-${1_000_000 + i}-${2_000_000 + i}`;
      return `<tr><td>${id}</td><td>${i === 220 ? 'Pending' : 'Shipped'}</td></tr>`;
    });
    document.body.innerHTML = `<table><thead><tr><th>Order ID</th><th>Status</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
    const words = vi.fn(async () => lookup);
    const annotator = new RemovalAnnotator(
      words,
      scanOptionsForUrl('https://sellercentral.amazon.com/orders-v3/fba/all?page=1'),
      () => undefined,
    );
    annotator.scanDocument();
    const body = document.querySelectorAll('tbody tr');
    expect(observed).toEqual([body[100], body[200]]);
    near([{ target: body[100] as Element, isIntersecting: false }]);
    near([{ target: body[200] as Element, isIntersecting: true }]);
    await vi.waitFor(() => expect(badgeFor('RMV-FAR')).not.toBeNull());
    expect(observed).toEqual([body[100]]);
    // A stretch is read once: the same row coming near again changes nothing.
    near([{ target: body[200] as Element, isIntersecting: true }]);
    expect(annotator.badgeCount).toBe(1);
    expect(words).toHaveBeenCalledTimes(1);
    annotator.removeAll();
    expect(observed).toEqual([]);
    vi.unstubAllGlobals();
  });

  it('badges nothing that left the page while the words were coming', async () => {
    load('report-en.html');
    let answer: (lookup: MessageLookup) => void = () => undefined;
    const annotator = new RemovalAnnotator(
      () => new Promise((resolve) => (answer = resolve)),
      scanOptionsForUrl(REPORT_URL),
      () => undefined,
    );
    annotator.scanDocument();
    document.querySelector('tbody')?.remove();
    answer(lookup);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(annotator.badgeCount).toBe(0);
  });

  it('takes every badge off the page when asked to', async () => {
    const annotator = await annotated();
    annotator.removeAll();
    expect(badges()).toHaveLength(0);
    expect(annotator.badgeCount).toBe(0);
  });

  it('ignores changes inside its own badges', async () => {
    const annotator = await annotated();
    const badge = badgeFor('RMV-251101-A') as Element;
    const tip = tooltipOf(badge) as HTMLElement;
    annotator.onBatch(batch([tip, badge]));
    expect(badgeFor('RMV-251101-A')).toBe(badge);
    expect(badges()).toHaveLength(10);
  });

  it('forgets badges the page removed and badges the rows that replace them', async () => {
    const annotator = await annotated();
    const body = (document.querySelector('table') as HTMLTableElement).tBodies[0] as HTMLTableSectionElement;
    const fresh = body.cloneNode(true) as HTMLTableSectionElement;
    for (const badge of fresh.querySelectorAll(BADGE_TAG)) badge.remove();
    body.replaceWith(fresh);
    annotator.onBatch(batch([fresh], true));
    expect(annotator.badgeCount).toBe(10);
    expect(badges().every((badge) => fresh.contains(badge))).toBe(true);
  });
});

describe('the badge', () => {
  it('explains itself in a tooltip built on first use, text only, linked for assistive technology', () => {
    const badge = createBadge({ orderId: 'R-1<b>', eligibility: 'cancellable', reason: 'not-started' }, lookup);
    document.body.append(badge);
    expect(badge.querySelector('[role="tooltip"]')).toBeNull();
    const tip = tooltipOf(badge) as HTMLElement;
    expect(tooltipOf(badge)).toBe(tip);
    expect(badge.getAttribute('aria-describedby')).toBe(tip.id);
    expect(tip.parentElement).toBe(badge);
    expect(tip.getAttribute('aria-hidden')).toBe('true');
    const content = tip.shadowRoot as ShadowRoot;
    expect(content.querySelectorAll('ol > li')).toHaveLength(4);
    expect(content.textContent).toContain('enter R-1<b> and click Search');
    expect(content.querySelector('b')).toBeNull();
    expect(content.querySelector('.caveat')).toBeNull();
  });

  it('clones one template per verdict: same look, own order ID, own tooltip', () => {
    const first = createBadge({ orderId: 'A-1', eligibility: 'cancellable', reason: 'not-started' }, lookup);
    const second = createBadge({ orderId: 'A-2', eligibility: 'cancellable', reason: 'not-started' }, lookup);
    expect(first.getAttribute('data-scc-removal-order')).toBe('A-1');
    expect(second.getAttribute('data-scc-removal-order')).toBe('A-2');
    expect(second.getAttribute('style')).toBe(first.getAttribute('style'));
    expect(tooltipOf(second)?.id).not.toBe(tooltipOf(first)?.id);
    expect(tooltipOf(second)?.shadowRoot?.textContent).toContain('A-2');
  });

  it('gives the Processing caveat and no steps where a cancel cannot be sent', () => {
    const processing = createBadge(
      { orderId: 'P-1', eligibility: 'cancellable-unconfirmed', reason: 'processing-may-have-started' },
      lookup,
    );
    expect(tooltipOf(processing)?.shadowRoot?.querySelector('.caveat')?.textContent).toMatch(
      /confirm that the order now shows/,
    );
    const amazon = createBadge({ orderId: 'A-1', eligibility: 'not-cancellable', reason: 'amazon-initiated' }, lookup);
    const content = tooltipOf(amazon)?.shadowRoot;
    expect(content?.querySelector('ol')).toBeNull();
    expect(content?.textContent).toMatch(/Amazon started this removal itself/);
  });
});

describe('the create page panel', () => {
  it('sits under the heading, lists the seven rules and stays hidden once closed', () => {
    load('create-en.html');
    const panel = new RulesPanel(lookup);
    panel.show();
    const host = document.querySelector(RULES_TAG) as HTMLElement;
    expect(host.previousElementSibling?.localName).toBe('h1');
    const items = host.shadowRoot?.querySelectorAll('li') ?? [];
    expect(Array.from(items, (item) => (item as HTMLElement).dataset.rule)).toEqual([
      'return-or-dispose',
      'return-destination',
      'one-order-per-page',
      'cross-border-upload',
      'keep-order-id',
      'fee-per-unit',
      'auto-disposal',
    ]);
    (host.shadowRoot as ShadowRoot).querySelector('button')?.click();
    expect(document.querySelector(RULES_TAG)).toBeNull();
    panel.show();
    expect(document.querySelector(RULES_TAG)).toBeNull();
  });
});

describe('sightings', () => {
  it('reports each order once per status, merging the rows of one order', async () => {
    const send = vi.spyOn(messaging, 'sendMessage').mockResolvedValue(undefined as never);
    const reporter = new SightingReporter('US');
    const order = (orderId: string, statusText: string) =>
      ({ orderId, statusText, amazonInitiated: false, orderType: 'Return' }) as unknown as RemovalOrderOnPage;
    reporter.report([order('A', 'Pending'), order('A', 'Pending'), order('B', 'Completed')]);
    reporter.report([order('A', 'Pending')]);
    reporter.report([order('A', 'Processing')]);
    expect(send.mock.calls.map(([, data]) => (data as { readonly sightings: readonly unknown[] }).sightings)).toEqual([
      [
        { orderId: 'A', statusText: 'Pending', status: 'pending', amazonInitiated: false, orderType: 'Return' },
        { orderId: 'B', statusText: 'Completed', status: 'completed', amazonInitiated: false, orderType: 'Return' },
      ],
      [{ orderId: 'A', statusText: 'Processing', status: 'processing', amazonInitiated: false, orderType: 'Return' }],
    ]);
  });
});
