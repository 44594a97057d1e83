import { useMemo, useState } from 'preact/hooks';
import { useI18n } from '@/components/I18n';
import { useLiveValue } from '@/components/useAsync';
import { useNow } from '@/components/useNow';
import { relativeTime } from '@/lib/i18n/relative-time';
import { isMarketplaceCode, marketplaceHost } from '@/lib/marketplaces';
import { sendMessage } from '@/lib/messaging';
import { type SeenOrders, type SeenOrderView, seenOrdersForDisplay } from '@/lib/removal/seen-orders';
import { seenOrdersFamily } from '@/lib/storage/items/removal';
import { findSubjectTabId } from '../active-tab';
import { EligibilityTag } from './EligibilityTag';
import { statusName } from './text';

/** Orders drawn per marketplace at first; a busy report page can add hundreds. */
const FIRST_ORDERS = 8;

interface MarketOrders {
  readonly code: string;
  readonly orders: readonly SeenOrderView[];
  readonly lastSeen: number;
}

async function loadMarkets(): Promise<MarketOrders[]> {
  const entries = await seenOrdersFamily.entries();
  return entries
    .filter(({ value }: { value: SeenOrders }) => value.orders.length > 0)
    .map(({ id, value }) => ({
      code: id,
      orders: seenOrdersForDisplay(value),
      lastSeen: Math.max(...value.orders.map((order) => order.lastSeen)),
    }));
}

/** The marketplace of the tab the seller is looking at, so its orders come first. */
async function loadSubjectCode(): Promise<string | null> {
  const tabId = await findSubjectTabId();
  if (tabId === null) return null;
  const status = await sendMessage('getTabStatus', tabId).catch(() => null);
  return status?.marketplace ?? null;
}

export function SeenOrdersSection() {
  const { t } = useI18n();
  const markets = useLiveValue(loadMarkets, (changed) => seenOrdersFamily.watchAll(changed));
  const subject = useLiveValue(loadSubjectCode);
  const [chosen, setChosen] = useState<string | null>(null);
  const ordered = useMemo(
    () =>
      [...(markets.value ?? [])].sort(
        (a, b) =>
          Number(b.code === subject.value) - Number(a.code === subject.value) ||
          b.lastSeen - a.lastSeen ||
          a.code.localeCompare(b.code),
      ),
    [markets.value, subject.value],
  );
  // The tab's marketplace, else the one seen last; the seller's own choice wins while the popup is open.
  const market = ordered.find((m) => m.code === chosen) ?? ordered[0];
  const label = (m: MarketOrders) => {
    // A code a newer version stored and this one does not know is shown as it is.
    return isMarketplaceCode(m.code) ? `${m.code} · ${marketplaceHost(m.code)}` : m.code;
  };
  return (
    <section class="removal-section" aria-labelledby="removal-seen-heading" data-testid="removal-seen">
      <h2 id="removal-seen-heading">{t('removalSeenTitle')}</h2>
      {markets.value && ordered.length === 0 && <p class="muted">{t('removalSeenEmpty')}</p>}
      {ordered.length > 1 && (
        <>
          <label for="removal-seen-market">{t('statusMarketplace')}</label>
          <select
            id="removal-seen-market"
            value={market?.code}
            onChange={(event) => setChosen(event.currentTarget.value)}
          >
            {ordered.map((m) => (
              <option key={m.code} value={m.code}>{`${label(m)} (${m.orders.length})`}</option>
            ))}
          </select>
        </>
      )}
      {ordered.length === 1 && market && <h3>{label(market)}</h3>}
      {market && <MarketList key={market.code} market={market} />}
    </section>
  );
}

function MarketList({ market }: { readonly market: MarketOrders }) {
  const { t } = useI18n();
  const [all, setAll] = useState(false);
  const shown = all ? market.orders : market.orders.slice(0, FIRST_ORDERS);
  return (
    <div class="removal-market" data-marketplace={market.code}>
      <ul class="list">
        {shown.map((order) => (
          <SeenOrder key={order.orderId} order={order} />
        ))}
      </ul>
      {!all && market.orders.length > FIRST_ORDERS && (
        <button type="button" onClick={() => setAll(true)}>
          {t('removalSeenShowAll', market.orders.length)}
        </button>
      )}
    </div>
  );
}

function SeenOrder({ order }: { readonly order: SeenOrderView }) {
  const { t, language } = useI18n();
  const now = useNow(60_000);
  const when = (time: number) =>
    new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(time);
  return (
    <li data-testid="removal-seen-order" data-order-id={order.orderId} data-eligibility={order.eligibility}>
      <div class="row">
        <span class="removal-id">{order.orderId}</span>
        <EligibilityTag eligibility={order.eligibility} />
      </div>
      <div class="muted removal-meta">
        {[
          order.status ? statusName(t, order.status) : order.statusText || '–',
          order.amazonInitiated ? t('removalAmazonInitiated') : null,
          t('removalSeenLastSeen', relativeTime(order.lastSeen, now, language)),
        ]
          .filter(Boolean)
          .join(' · ')}
      </div>
      {order.history.length > 1 && (
        <details>
          <summary>{t('removalSeenHistory', order.history.length)}</summary>
          <ol class="removal-history">
            {order.history.map((change) => (
              <li key={change.at}>
                {`${change.status ? statusName(t, change.status) : change.text || '–'} · `}
                <time dateTime={new Date(change.at).toISOString()}>{when(change.at)}</time>
              </li>
            ))}
          </ol>
        </details>
      )}
    </li>
  );
}
