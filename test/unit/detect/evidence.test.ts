import { afterEach, describe, expect, it } from 'vitest';
import { classify } from '@/lib/detect/classify';
import { collectEvidence, collectEvidenceFrom, EVIDENCE_LIMITS, mergeEvidence } from '@/lib/detect/evidence.dom';
import { normalizeText } from '@/lib/detect/normalize';
import { allLanguagesDetector } from '../../support/detector';

const matcher = allLanguagesDetector();
const NOTICE = 'Your Amazon seller account has been deactivated';

function el(tag: string, attrs: Record<string, string> = {}, ...children: Array<Node | string>): HTMLElement {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  for (const child of children) node.append(child);
  return node;
}

function shadowHost(
  tag: string,
  mode: 'open' | 'closed',
  ...children: Array<Node | string>
): { host: HTMLElement; root: ShadowRoot } {
  const host = el(tag);
  const root = host.attachShadow({ mode });
  root.append(...children);
  return { host, root };
}

function mount(...nodes: Node[]): HTMLElement {
  const main = el('main');
  main.append(...nodes);
  document.body.append(main);
  return main;
}

const scan = () => collectEvidence(document, matcher.ratingWords);
const stateOf = () => classify(scan(), 'account-health', matcher)?.state ?? null;

afterEach(() => {
  document.body.replaceChildren();
});

describe('collectEvidence: containers', () => {
  it.each([
    ['kat-alert', () => el('kat-alert', { header: NOTICE })],
    ['kat-banner', () => el('kat-banner', {}, el('span', {}, NOTICE))],
    ['role=alert', () => el('div', { role: 'alert' }, NOTICE)],
    ['role=status', () => el('div', { role: 'status' }, NOTICE)],
    ['role=alertdialog', () => el('div', { role: 'alertdialog', 'aria-label': NOTICE })],
    [
      '.a-alert',
      () => el('div', { class: 'a-box a-alert a-alert-error' }, el('div', { class: 'a-alert-content' }, NOTICE)),
    ],
    ['.a-alert-inline', () => el('div', { class: 'a-alert-inline a-alert-inline-warning' }, NOTICE)],
  ])('%s is evidence', (_, make) => {
    mount(make());
    const evidence = scan();
    expect(evidence).toHaveLength(1);
    expect(evidence[0]?.kind).toBe('alert');
    expect(normalizeText(evidence[0]?.text ?? '')).toContain(normalizeText(NOTICE));
  });

  it('plain page text is not evidence', () => {
    mount(
      el('p', {}, NOTICE),
      el('section', {}, el('h2', {}, 'Notices'), el('p', {}, NOTICE)),
      el('kat-box', { header: 'News' }, NOTICE),
    );
    expect(scan()).toEqual([]);
  });

  it('reads Katal attributes (header, description, label, aria-label, title) but not other attributes', () => {
    mount(
      el(
        'kat-alert',
        { header: 'H1', description: 'D1', 'data-x': 'SECRET' },
        el('kat-badge', { label: 'L1', title: 'T1', 'data-y': 'SECRET' }),
      ),
    );
    const text = scan()[0]?.text ?? '';
    for (const part of ['H1', 'D1', 'L1', 'T1']) expect(text).toContain(part);
    expect(text).not.toContain('SECRET');
  });

  it('reads open shadow roots, also nested two levels deep', () => {
    const inner = shadowHost('kat-alert', 'open', el('p', {}, NOTICE));
    const outer = shadowHost('sc-account-banner', 'open', inner.host);
    mount(outer.host);
    const evidence = scan();
    expect(evidence).toHaveLength(1);
    expect(evidence[0]?.container).toBe(inner.host);
    expect(stateOf()).toBe('deactivated');
  });

  it('skips closed shadow roots: what they hold cannot be read', () => {
    const closed = shadowHost('sc-legacy-notice', 'closed', el('kat-alert', { header: NOTICE }));
    closed.host.setAttribute('role', 'alert');
    mount(closed.host);
    expect(stateOf()).toBeNull();
  });

  it('orders text as attributes, then the shadow tree, then light children', () => {
    const { host } = shadowHost('kat-box', 'open', el('h3', {}, 'SHADOW'), el('slot'));
    host.setAttribute('header', 'Account Health Rating');
    host.append(el('span', {}, 'LIGHT'));
    mount(host);
    const text = scan()[0]?.text ?? '';
    expect(text.indexOf('Account Health Rating')).toBeLessThan(text.indexOf('SHADOW'));
    expect(text.indexOf('SHADOW')).toBeLessThan(text.indexOf('LIGHT'));
  });

  it('takes the outermost container as one piece of evidence', () => {
    const inner = el('kat-alert', { header: 'Inner' });
    const outer = el('div', { role: 'alert' }, el('p', {}, 'Outer'), inner);
    mount(outer);
    const evidence = scan();
    expect(evidence.map((e) => e.container)).toEqual([outer]);
    expect(evidence[0]?.text).toContain('Inner');
  });
});

describe('collectEvidence: the Account Health status area', () => {
  it.each([
    [
      'a Katal box headed with the rating',
      () =>
        el(
          'kat-box',
          { header: 'Account Health Rating' },
          el('span', {}, '150'),
          el('kat-badge', { label: 'At Risk' }),
        ),
    ],
    [
      'a section whose heading names it',
      () => el('section', {}, el('h2', {}, 'Account Health Rating (AHR)'), el('p', {}, '150 At Risk')),
    ],
    [
      'a labelled region',
      () => el('div', { role: 'region', 'aria-label': 'Account Health Rating' }, el('p', {}, '150 At Risk')),
    ],
    [
      'a card whose header element holds the heading',
      () =>
        el(
          'div',
          { class: 'card' },
          el('header', {}, el('h3', {}, 'Account Health Rating')),
          el('p', {}, '150 At Risk'),
        ),
    ],
  ])('is recognized as %s', (_, make) => {
    mount(make());
    const evidence = scan();
    expect(evidence.map((e) => e.kind)).toEqual(['account-health']);
    expect(classify(evidence, 'account-health', matcher)).toMatchObject({ state: 'at-risk', rating: 150 });
  });

  it('a home card headed "Account Health" is read as the rating widget it is', () => {
    mount(el('section', { class: 'card' }, el('h2', {}, 'Account Health'), el('p', {}, 'Account Health Rating: 150')));
    expect(classify(scan(), 'home', matcher)).toMatchObject({ state: 'at-risk', rating: 150 });
  });

  it('a home card headed "Account Health" with a healthy score says nothing', () => {
    mount(el('section', { class: 'card' }, el('h2', {}, 'Account Health'), el('p', {}, 'Account Health Rating: 968')));
    expect(stateOf()).toBeNull();
  });

  it('a healthy rating is evidence that says nothing', () => {
    mount(el('kat-box', { header: 'Account Health Rating' }, '968 Healthy'));
    expect(scan()).toHaveLength(1);
    expect(stateOf()).toBeNull();
  });
});

describe('collectEvidence: never evidence', () => {
  it('the masthead status pill and anything else in the page header', () => {
    document.body.append(
      el(
        'header',
        { id: 'sc-masthead' },
        el('kat-badge', { role: 'status', label: 'Healthy' }),
        el('div', { role: 'alert' }, NOTICE),
      ),
    );
    expect(scan()).toEqual([]);
  });

  it('but a header inside a section is a card header, not the masthead', () => {
    mount(el('article', {}, el('header', {}, el('div', { role: 'alert' }, NOTICE))));
    expect(stateOf()).toBe('deactivated');
  });

  it.each([
    ['navigation', () => el('nav', {}, el('div', { role: 'alert' }, NOTICE))],
    ['role=navigation', () => el('div', { role: 'navigation' }, el('kat-alert', { header: NOTICE }))],
    [
      'a table row',
      () => el('table', {}, el('tbody', {}, el('tr', {}, el('td', {}, el('div', { role: 'status' }, NOTICE))))),
    ],
    ['a Katal table row', () => el('kat-table-row', {}, el('kat-badge', { role: 'status', label: NOTICE }))],
    ['a Katal table body', () => el('kat-table-body', {}, el('kat-badge', { role: 'status', label: NOTICE }))],
    ['a Katal table head', () => el('kat-table-head', {}, el('kat-badge', { role: 'status', label: NOTICE }))],
    ['role=row', () => el('div', { role: 'row' }, el('div', { role: 'alert' }, NOTICE))],
    ['a tooltip', () => el('div', { role: 'tooltip' }, el('div', { role: 'status' }, NOTICE))],
    ['a hidden attribute', () => el('div', { role: 'alert', hidden: '' }, NOTICE)],
    ['AUI aok-hidden', () => el('div', { class: 'a-alert a-alert-error aok-hidden' }, NOTICE)],
    ['inline display:none', () => el('kat-alert', { style: 'color: red; display:none', header: NOTICE })],
    ['inline visibility:hidden', () => el('div', { style: 'visibility: hidden' }, el('kat-alert', { header: NOTICE }))],
    ['a closed dialog', () => el('dialog', {}, el('div', { role: 'alert' }, NOTICE))],
    ['our own overlay (scc- tag)', () => el('scc-account-overlay', {}, el('div', { role: 'status' }, NOTICE))],
    [
      'our own overlay (contract attribute)',
      () => el('div', { 'data-scc-account-state': 'deactivated' }, el('div', { role: 'alert' }, NOTICE)),
    ],
  ])('inside %s', (_, make) => {
    mount(make());
    expect(stateOf()).toBeNull();
  });

  it('an open dialog is evidence', () => {
    mount(el('dialog', { open: '' }, el('div', { role: 'alert' }, NOTICE)));
    expect(stateOf()).toBe('deactivated');
  });

  it('button, form field and decorative text inside an alert is not read', () => {
    mount(
      el(
        'kat-alert',
        { header: 'Bulk actions' },
        el('button', {}, NOTICE),
        el('kat-button', { label: NOTICE }),
        el('span', { role: 'button' }, NOTICE),
        el('textarea', {}, NOTICE),
        el('span', { 'aria-hidden': 'true' }, NOTICE),
        el('script', {}, NOTICE),
      ),
    );
    expect(scan()[0]?.text).not.toContain('deactivated');
  });

  it('aria-hidden on an ancestor (an open modal) does not hide a banner', () => {
    mount(el('div', { 'aria-hidden': 'true' }, el('kat-alert', { header: NOTICE })));
    expect(stateOf()).toBe('deactivated');
  });
});

describe('collectEvidence: budgets and hostile pages', () => {
  it('cuts a 100 KB banner to the per-evidence cap and still reads what comes first', () => {
    mount(el('div', { role: 'alert' }, `${NOTICE}. ${'x'.repeat(100_000)}`));
    const [evidence] = scan();
    expect(evidence?.text.length).toBeLessThanOrEqual(EVIDENCE_LIMITS.maxCharsPerEvidence);
    expect(stateOf()).toBe('deactivated');
  });

  it('renders hostile markup as text and survives bidi overrides', () => {
    mount(el('div', { role: 'alert' }, '<img src=x onerror=alert(1)> \u202eYour account\u202c is under\u200b review'));
    expect(document.querySelectorAll('img')).toHaveLength(0);
    expect(stateOf()).toBe('under-review');
  });

  it('caps evidence count and total characters per scan', () => {
    const many = Array.from({ length: 200 }, (_, i) => el('kat-alert', { description: `${i} ${'y'.repeat(2000)}` }));
    mount(...many);
    const evidence = scan();
    expect(evidence.length).toBeLessThanOrEqual(EVIDENCE_LIMITS.maxEvidencePerCollect);
    const total = evidence.reduce((sum, e) => sum + e.text.length, 0);
    expect(total).toBeLessThanOrEqual(EVIDENCE_LIMITS.maxCharsPerCollect);
  });

  // happy-dom's own tree code recurses, so 1,500 levels is as deep as it goes here; the
  // detection code itself walks iteratively (checked in Chromium at 5,000 levels).
  it('handles deep nesting, through shadow roots too', () => {
    let leaf: HTMLElement = mount();
    for (let i = 0; i < 1_500; i += 1) {
      if (i % 100 === 0) {
        const { host, root } = shadowHost('sc-layer', 'open');
        leaf.append(host);
        const inner = el('div');
        root.append(inner);
        leaf = inner;
        continue;
      }
      const child = el('div');
      leaf.append(child);
      leaf = child;
    }
    const alert = el('div', { role: 'alert' }, NOTICE);
    leaf.append(alert);
    expect(stateOf()).toBe('deactivated');
    expect(collectEvidenceFrom([alert.firstChild as Node], matcher.ratingWords)).toHaveLength(1);
  });
});

describe('collectEvidenceFrom: mutation batches', () => {
  it('a node added inside an alert, two shadow hosts deep, yields that whole container', () => {
    const inner = shadowHost('kat-alert', 'open', el('p', {}, 'Notice:'));
    inner.host.setAttribute('header', 'Account notice');
    const outer = shadowHost('sc-account-banner', 'open', inner.host);
    mount(outer.host);
    const added = document.createTextNode(NOTICE);
    (inner.root.firstChild as HTMLElement).append(added);
    const evidence = collectEvidenceFrom([added], matcher.ratingWords);
    expect(evidence.map((e) => e.container)).toEqual([inner.host]);
    expect(evidence[0]?.text).toContain('Account notice');
    expect(classify(evidence, 'home', matcher)?.state).toBe('deactivated');
  });

  it('a changed attribute on the container re-reads it', () => {
    const alert = el('kat-alert', { header: 'Loading' });
    mount(alert);
    alert.setAttribute('header', 'Your account is under review');
    expect(classify(collectEvidenceFrom([alert], matcher.ratingWords), 'home', matcher)?.state).toBe('under-review');
  });

  it('a subtree added outside any container is scanned for containers', () => {
    const main = mount();
    const section = el(
      'section',
      {},
      el('div', {}, el('div', { class: 'a-alert a-alert-warning' }, 'Funds are on hold')),
    );
    main.append(section);
    expect(collectEvidenceFrom([section], matcher.ratingWords).map((e) => e.container.className)).toEqual([
      'a-alert a-alert-warning',
    ]);
  });

  it('a shadow root passed in is scanned too', () => {
    const { host, root } = shadowHost('sc-widget', 'open');
    mount(host);
    root.append(el('kat-alert', { header: NOTICE }));
    expect(collectEvidenceFrom([root], matcher.ratingWords)).toHaveLength(1);
  });

  it('ignores nodes in excluded places and nodes already removed', () => {
    const nav = el('nav');
    mount(nav);
    const inNav = el('div', { role: 'alert' }, NOTICE);
    nav.append(inNav);
    const removed = el('div', { role: 'alert' }, NOTICE);
    expect(collectEvidenceFrom([inNav, removed, inNav.firstChild as Node], matcher.ratingWords)).toEqual([]);
  });

  it('reports each container once per batch', () => {
    const alert = el('div', { role: 'alert' }, el('p', {}, 'a'), el('p', {}, NOTICE));
    mount(alert);
    const nodes = [
      alert,
      alert.firstChild as Node,
      alert.lastChild as Node,
      (alert.lastChild as Node).firstChild as Node,
    ];
    expect(collectEvidenceFrom(nodes, matcher.ratingWords)).toHaveLength(1);
  });
});

describe('mergeEvidence', () => {
  it('keeps what is still shown, takes fresh readings and drops removed or hidden containers', () => {
    const stays = el('kat-alert', { header: 'Your account is under review' });
    const changes = el('kat-alert', { header: 'Loading' });
    const leaves = el('div', { role: 'alert' }, NOTICE);
    const hides = el('div', { role: 'alert' }, 'Funds are on hold');
    mount(stays, changes, leaves, hides);
    const first = scan();
    expect(first).toHaveLength(4);
    changes.setAttribute('header', 'Verify your identity');
    leaves.remove();
    hides.classList.add('aok-hidden');
    const merged = mergeEvidence(first, collectEvidenceFrom([changes], matcher.ratingWords), matcher.ratingWords);
    expect(new Set(merged.map((e) => e.container))).toEqual(new Set([stays, changes]));
    expect(merged.find((e) => e.container === changes)?.text).toContain('Verify your identity');
    expect(classify(merged, 'home', matcher)?.state).toBe('verification-required');
  });

  it('re-reads known containers, so a banner whose text was replaced stops counting', () => {
    const banner = el('div', { role: 'alert' }, el('p', {}, NOTICE));
    mount(banner);
    const first = scan();
    expect(classify(first, 'home', matcher)?.state).toBe('deactivated');
    banner.replaceChildren(el('p', {}, 'Your account has been reactivated.'));
    const merged = mergeEvidence(first, [], matcher.ratingWords);
    expect(classify(merged, 'home', matcher)).toBeNull();
  });

  it('drops a container that is no longer an alert', () => {
    const banner = el('div', { role: 'alert' }, NOTICE);
    mount(banner);
    const first = scan();
    banner.removeAttribute('role');
    expect(mergeEvidence(first, [], matcher.ratingWords)).toEqual([]);
  });
});
