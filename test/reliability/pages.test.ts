/**
 * URL → page kind under generated URLs: real Seller Central shapes on every host with arbitrary
 * sub-paths, queries, fragments, case and slashes; hostile strings; and look-alike hosts.
 */
import fc from 'fast-check';
import { MARKETPLACES, marketplaceCodeOf } from '@/lib/marketplaces';
import { caseIdFromUrl, isQuotingPage, PAGE_KINDS, type PageKind, pageContextOf, pageKindOf } from '@/lib/pages';
import { hostileString } from './arbitraries/text';
import { checkProperty } from './support/property';

const SUBJECT = 'url-page-kind';
const HOSTS = MARKETPLACES.map((m) => m.host);

/** First path segments some kind claims; an "other" URL must start with none of them. */
const RESERVED_FIRST_SEGMENTS = new Set([
  'performance',
  'gp',
  'cu',
  'recoveryui',
  'reportcentral',
  'orders-v3',
  'myinventory',
  'inventoryplanning',
  'help',
  'learn',
  'news',
  'seller-forums',
  'forums',
  'home',
]);

/** No "%" (an encoded dot is a dot segment) and no leading dot (".." would climb out of the prefix). */
const segment = fc.stringMatching(/^[a-z0-9_-][a-z0-9._-]{0,11}$/);
const subPath = fc
  .tuple(fc.array(segment, { maxLength: 3 }), fc.boolean())
  .map(([segments, trailing]) => (segments.length > 0 ? `/${segments.join('/')}` : '') + (trailing ? '/' : ''));
const queryValue = fc.string({ unit: 'grapheme', maxLength: 12 }).map(encodeURIComponent);
const extraParams = fc.array(
  fc.tuple(
    fc.stringMatching(/^[a-z]{1,8}$/).filter((key) => key !== 'caseid'),
    queryValue,
  ),
  { maxLength: 3 },
);
const fragment = fc.option(
  queryValue.map((value) => `#${value}`),
  { nil: '' },
);

interface PathShape {
  readonly kind: PageKind;
  readonly path: string;
  readonly params: readonly (readonly [string, string])[];
  /** False where the rule matches the path's exact case and slashes (the removal report's ID). */
  readonly foldable: boolean;
  readonly caseId?: string;
}

const prefixed = (kind: PageKind, prefixes: readonly string[]) =>
  fc
    .record({ prefix: fc.constantFrom(...prefixes), rest: subPath, params: extraParams })
    .map(({ prefix, rest, params }): PathShape => ({ kind, path: prefix + rest, params, foldable: true }));

const caseView = fc
  .record({
    path: fc.constantFrom('/cu/case-dashboard/view-case', '/gp/case-dashboard/view-case.html'),
    name: fc.constantFrom('caseID', 'caseId'),
    id: fc.stringMatching(/^[0-9]{6,15}$/),
    params: extraParams,
  })
  .map(
    ({ path, name, id, params }): PathShape => ({
      kind: 'case-view',
      path,
      params: [[name, id], ...params],
      foldable: true,
      caseId: id,
    }),
  );

const removalReport = fc.record({ rest: subPath, params: extraParams }).map(
  ({ rest, params }): PathShape => ({
    kind: 'removal-report',
    path: `/reportcentral/REMOVAL_ORDER_DETAIL${rest}`,
    params,
    foldable: false,
  }),
);

const home = fc
  .record({ path: fc.constantFrom('/', '/home', '/gp/homepage.html'), trailing: fc.boolean(), params: extraParams })
  .map(
    ({ path, trailing, params }): PathShape => ({
      kind: 'home',
      path: trailing && path !== '/' ? `${path}/` : path,
      params,
      foldable: true,
    }),
  );

const other = fc
  .record({
    first: fc.stringMatching(/^[a-z][a-z0-9-]{2,11}$/).filter((s) => !RESERVED_FIRST_SEGMENTS.has(s)),
    rest: subPath,
    params: extraParams,
  })
  .map(({ first, rest, params }): PathShape => ({ kind: 'other', path: `/${first}${rest}`, params, foldable: true }));

const pathShape: fc.Arbitrary<PathShape> = fc.oneof(
  prefixed('account-health', ['/performance/dashboard', '/performance/account/health']),
  prefixed('performance-notifications', ['/performance/notifications']),
  fc.constant<PathShape>({
    kind: 'performance-notifications',
    path: '/gp/customer-experience/perf-notifications.html',
    params: [],
    foldable: true,
  }),
  prefixed('case-log', ['/cu/case-lobby']),
  caseView,
  prefixed('support', ['/cu/contact-us', '/cu/case-dashboard', '/gp/case-dashboard']),
  prefixed('removal-create', ['/recoveryui/removal-order/create']),
  prefixed('removal-detail', ['/recoveryui/removal-order/detail']),
  removalReport,
  prefixed('manage-orders', ['/orders-v3']),
  prefixed('inventory', ['/myinventory/inventory', '/inventoryplanning']),
  prefixed('help', ['/gp/help', '/help', '/learn', '/news']),
  prefixed('forums', ['/seller-forums', '/forums']),
  home,
  other,
);

/** Upper-cases the letters the mask picks and doubles the slashes it picks. */
function fold(path: string, mask: readonly boolean[]): string {
  let i = 0;
  return [...path]
    .map((ch) => {
      const pick = mask[i++ % Math.max(1, mask.length)] ?? false;
      if (!pick) return ch;
      return ch === '/' ? '//' : ch.toUpperCase();
    })
    .join('');
}

function upperSome(text: string, mask: readonly boolean[]): string {
  return [...text].map((ch, i) => (mask[i % mask.length] ? ch.toUpperCase() : ch)).join('');
}

const hostVariant = fc
  .record({
    host: fc.constantFrom(...HOSTS),
    upper: fc.array(fc.boolean(), { minLength: 1, maxLength: 8 }),
    trailingDot: fc.boolean(),
    port: fc.constantFrom('', ':443'),
    userinfo: fc.constantFrom('', 'seller@', 'a:b@'),
  })
  .map(({ host, upper, trailingDot, port, userinfo }) => ({
    host,
    text: `${userinfo}${upperSome(host, upper)}${trailingDot ? '.' : ''}${port}`,
  }));

const sellerCentralUrl = fc
  .record({
    host: hostVariant,
    shape: pathShape,
    mask: fc.array(fc.boolean(), { minLength: 1, maxLength: 10 }),
    fragment,
  })
  .map(({ host, shape, mask, fragment: hash }) => {
    const path = shape.foldable ? fold(shape.path, mask) : shape.path;
    const query = shape.params.length > 0 ? `?${shape.params.map(([k, v]) => `${k}=${v}`).join('&')}` : '';
    return { url: `https://${host.text}${path}${query}${hash}`, host: host.host, shape };
  });

/** Hosts one edit away from a real one, other schemes, and tricks that put a real host elsewhere in the URL. */
const lookalikeUrl = fc.oneof(
  fc
    .record({
      host: fc.constantFrom(...HOSTS),
      at: fc.nat(),
      edit: fc.constantFrom('insert', 'delete', 'replace'),
      ch: fc.constantFrom('a', 'x', '-', '.', '0', 'ı', 'а'),
    })
    .map(({ host, at, edit, ch }) => {
      const i = at % host.length;
      const mutated =
        edit === 'insert'
          ? host.slice(0, i) + ch + host.slice(i)
          : edit === 'delete'
            ? host.slice(0, i) + host.slice(i + 1)
            : host.slice(0, i) + ch + host.slice(i + 1);
      return `https://${mutated}/performance/dashboard`;
    }),
  fc
    .constantFrom(...HOSTS)
    .chain((host) =>
      fc.constantFrom(
        `http://${host}/performance/dashboard`,
        `wss://${host}/cu/case-lobby`,
        `ftp://${host}/`,
        `https://${host}.evil.example/performance/dashboard`,
        `https://evil.example/${host}/performance/dashboard`,
        `https://${host}@evil.example/cu/case-lobby`,
        `https://evil.example/#https://${host}/`,
        `https://evil.example/?next=https://${host}/home`,
        `https://x${host}/home`,
        `https://${host.replace('amazon', 'amazom')}/home`,
        `//${host}/home`,
        `${host}/home`,
        `javascript:alert('${host}')`,
        `chrome-extension://abc/popup.html?u=https://${host}/`,
      ),
    ),
  fc.webUrl({ withQueryParameters: true, withFragments: true }),
);

const anyUrlText = fc.oneof(
  hostileString(120),
  lookalikeUrl,
  sellerCentralUrl.map((u) => u.url),
);

function parse(text: string): URL | null {
  try {
    return new URL(text);
  } catch {
    return null;
  }
}

/** The security rule, stated independently of the code: https, and a host exactly in the table. */
function expectedHost(text: string): string | null {
  const url = parse(text);
  if (url?.protocol !== 'https:') return null;
  const host = url.hostname.replace(/\.$/, '');
  return HOSTS.includes(host) ? host : null;
}

describe('URL → page kind (generated)', () => {
  it('generated Seller Central URLs get their kind, marketplace and case ID on every host', async () => {
    await checkProperty(
      {
        subject: SUBJECT,
        invariant:
          'a Seller Central URL of a known shape (any host, sub-path, query, fragment, case, doubled slashes) gets exactly its page kind and marketplace',
      },
      fc.property(sellerCentralUrl, ({ url, host, shape }) => {
        const context = pageContextOf(url);
        expect(context, url).not.toBeNull();
        // Hosts of one marketplace (sellercentral-japan.amazon.com and .co.jp) are one marketplace.
        expect(context?.marketplace.code).toBe(marketplaceCodeOf(host));
        expect(context?.kind, url).toBe(shape.kind);
        expect(pageKindOf(url)).toBe(shape.kind);
        expect(pageKindOf(new URL(url))).toBe(shape.kind);
        expect(caseIdFromUrl(url), url).toBe(shape.caseId ?? null);
        expect(isQuotingPage(shape.kind)).toBe(shape.kind === 'help' || shape.kind === 'forums');
      }),
    );
  });

  it('only https URLs on a Seller Central host get a page context; look-alikes and junk never do', async () => {
    await checkProperty(
      {
        subject: SUBJECT,
        invariant:
          'pageContextOf is non-null exactly for https URLs whose host is in lib/marketplaces.ts (look-alike hosts, other schemes, hosts in paths or userinfo: null)',
      },
      fc.property(fc.oneof(lookalikeUrl, anyUrlText), (text) => {
        const context = pageContextOf(text);
        const host = expectedHost(text);
        expect(context?.marketplace.code ?? null, text).toBe(host === null ? null : marketplaceCodeOf(host));
      }),
    );
  });

  it('never throws on any string and agrees with itself', async () => {
    await checkProperty(
      {
        subject: SUBJECT,
        invariant:
          'pageKindOf, pageContextOf and caseIdFromUrl never throw on any string; kind is one of PAGE_KINDS and the same for the string and its parsed URL',
      },
      fc.property(anyUrlText, (text) => {
        const kind = pageKindOf(text);
        expect(PAGE_KINDS).toContain(kind);
        const url = parse(text);
        if (url) expect(pageKindOf(url)).toBe(kind);
        else expect(kind).toBe('other');
        const context = pageContextOf(text);
        if (context) {
          expect(context.kind).toBe(kind);
          expect(context.url).toBe(url?.href);
        }
        const id = caseIdFromUrl(text);
        if (id !== null) {
          expect(id).toMatch(/^\d{6,15}$/);
          expect(kind).toBe('case-view');
        }
      }),
    );
  });
});
