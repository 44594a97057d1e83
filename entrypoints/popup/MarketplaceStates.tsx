import { useEffect, useState } from 'preact/hooks';
import { useI18n } from '@/components/I18n';
import { useLiveValueAfterPaint } from '@/components/useAsync';
import type { RatingTrend } from '@/lib/account-health/rating-trend';
import { marketplaceStateOf } from '@/lib/account-state/marketplace-state';
import type { LastKnownState } from '@/lib/account-state/schemas';
import { STATES_BY_SEVERITY } from '@/lib/account-state/states';
import { checklistForState } from '@/lib/checklists/for-state';
import type { ChecklistId } from '@/lib/checklists/types';
import { earlyRead } from '@/lib/early-read';
import { relativeTime } from '@/lib/i18n/relative-time';
import { isMarketplaceCode, type MarketplaceCode } from '@/lib/marketplaces';
import { lastKnownStates } from '@/lib/storage/items/account-state';
import { ratingTrends } from '@/lib/storage/items/rating-trends';
import { DeadlineDate, type DeadlineViews } from './DeadlineDate';
import { Sparkline } from './history/Sparkline';
import { MarketplaceLabel } from './MarketplaceLabel';
import { StateWord } from './StateWord';

/** Each marketplace's latest rating and trend: a few hundred bytes per row. */
async function readTrends(): Promise<ReadonlyMap<string, RatingTrend>> {
  const trends = new Map<string, RatingTrend>();
  for (const { id, value } of await ratingTrends.entries()) if (value) trends.set(id, value);
  return trends;
}

async function readStates(): Promise<LastKnownState[]> {
  const entries = await lastKnownStates.entries();
  const rank = (state: (typeof STATES_BY_SEVERITY)[number] | null) =>
    state === null ? STATES_BY_SEVERITY.length : STATES_BY_SEVERITY.indexOf(state);
  return entries
    .flatMap(({ value }) => (value ? [value] : []))
    .sort((a, b) => rank(a.state) - rank(b.state) || b.lastSeen - a.lastSeen);
}

/** main.tsx starts it as the popup opens; the Status tab takes it, unless a state changed since. */
export const statesRead = earlyRead(readStates, { staleWhen: lastKnownStates.watchAll });

/** Marketplaces the popup's first screen can show (worst first): the tab in front's card is above them. */
const FIRST_SCREEN_ROWS = 6;

interface MarketplaceStatesProps {
  readonly states: readonly LastKnownState[];
  /** Each marketplace's deadline (StatusTab reads them for this list and the tab in front). */
  readonly deadlines: DeadlineViews | undefined;
  readonly onOpenChecklist: (id: ChecklistId) => void;
  readonly onOpenHistory: (marketplace: MarketplaceCode) => void;
}

/**
 * Every marketplace ever seen, worst first: its name, its state in words and colour (healthy ones
 * say so), its latest Account Health Rating with the recent trend, since when and when last seen;
 * a state opens its checklist, and each marketplace its history.
 */
export function MarketplaceStates({ states, deadlines, onOpenChecklist, onOpenHistory }: MarketplaceStatesProps) {
  const { t, language } = useI18n();
  // Below the states in importance: read once the list is on screen.
  const { value: trends } = useLiveValueAfterPaint(readTrends, ratingTrends.watchAll);
  // The rows below the popup's first screen are drawn in the frame after it (issue #14).
  const [whole, setWhole] = useState(states.length <= FIRST_SCREEN_ROWS);
  useEffect(() => setWhole(true), []);
  const drawn = whole ? states : states.slice(0, FIRST_SCREEN_ROWS);
  const now = Date.now();
  return (
    <section class="card" aria-labelledby="markets-heading">
      <h2 id="markets-heading">{t('statusMarketplacesHeading')}</h2>
      {states.length === 0 && <p class="muted">{t('statusNoStatesYet')}</p>}
      <ul class="list" data-testid="marketplace-states">
        {drawn.map((s) => {
          const shown = marketplaceStateOf(s);
          const trend = trends?.get(s.marketplace);
          const deadline = deadlines?.get(s.marketplace);
          return (
            <li
              key={s.marketplace}
              data-scc-marketplace={s.marketplace}
              data-scc-marketplace-state={shown}
              data-marketplace={s.marketplace}
              data-state={s.state ?? 'none'}
            >
              <div class="row">
                <MarketplaceLabel code={s.marketplace} />
                {trend && trend.rating !== null && (
                  <span class="rating-now" data-testid="marketplace-rating">
                    <Sparkline values={trend.recent} />
                    {t('statusRating', String(trend.rating))}
                  </span>
                )}
                <StateWord state={shown} />
              </div>
              {deadline && (
                <div class="row" data-testid="marketplace-deadline">
                  {t('overlay_deadline')}: <DeadlineDate deadline={deadline} />
                </div>
              )}
              <div class="row">
                <span class="muted spacer">
                  {s.state ? `${t('statusSince', relativeTime(s.firstSeen, now, language))} · ` : ''}
                  {t('statusLastSeen', relativeTime(s.lastSeen, now, language))}
                </span>
                {s.state && (
                  <button type="button" onClick={() => s.state && onOpenChecklist(checklistForState(s.state))}>
                    {t('statusOpenChecklist')}
                  </button>
                )}
                {isMarketplaceCode(s.marketplace) && (
                  <button
                    type="button"
                    data-testid="open-history"
                    onClick={() => isMarketplaceCode(s.marketplace) && onOpenHistory(s.marketplace)}
                  >
                    {t('statusHistory')}
                  </button>
                )}
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
