import { useI18n } from '@/components/I18n';
import { useEarlyValue } from '@/components/useAsync';
import { STATES_BY_SEVERITY } from '@/lib/account-state/states';
import { checklistForState } from '@/lib/checklists/for-state';
import type { ChecklistId } from '@/lib/checklists/types';
import { earlyRead } from '@/lib/early-read';
import { relativeTime } from '@/lib/i18n/relative-time';
import { stateLabelKey } from '@/lib/i18n/state-labels';
import { isMarketplaceCode, marketplaceHost } from '@/lib/marketplaces';
import { lastKnownStates } from '@/lib/storage/items/account-state';

async function readStates() {
  const entries = await lastKnownStates.entries();
  const rank = (state: (typeof STATES_BY_SEVERITY)[number] | null) =>
    state === null ? STATES_BY_SEVERITY.length : STATES_BY_SEVERITY.indexOf(state);
  return entries
    .flatMap(({ value }) => (value ? [value] : []))
    .sort((a, b) => rank(a.state) - rank(b.state) || b.lastSeen - a.lastSeen);
}

/** main.tsx starts it as the popup opens; the list takes it, unless a state changed since. */
export const statesRead = earlyRead(readStates, { staleWhen: lastKnownStates.watchAll });

/** "sellercentral.amazon.se: on hold, seen 2 hours ago", most severe first, each opening its checklist. */
export function MarketplaceStates({ onOpenChecklist }: { readonly onOpenChecklist: (id: ChecklistId) => void }) {
  const { t, language } = useI18n();
  const { value: states } = useEarlyValue(statesRead, lastKnownStates.watchAll);
  if (!states) return null;
  const now = Date.now();
  return (
    <section class="card" aria-labelledby="markets-heading">
      <h2 id="markets-heading">{t('statusMarketplacesHeading')}</h2>
      {states.length === 0 && <p class="muted">{t('statusNoStatesYet')}</p>}
      <ul class="list" data-testid="marketplace-states">
        {states.map((s) => (
          <li key={s.marketplace} data-marketplace={s.marketplace} data-state={s.state ?? 'none'}>
            <div>
              {t(
                'statusMarketplaceLine',
                // Named by its primary host; a code a newer version stored is shown as it is.
                isMarketplaceCode(s.marketplace) ? marketplaceHost(s.marketplace) : s.marketplace,
                t(s.state ? stateLabelKey(s.state) : 'state_none'),
                relativeTime(s.lastSeen, now, language),
              )}
            </div>
            {s.state && (
              <div class="row">
                <span class="muted spacer">{t('statusSince', relativeTime(s.firstSeen, now, language))}</span>
                <button type="button" onClick={() => s.state && onOpenChecklist(checklistForState(s.state))}>
                  {t('statusOpenChecklist')}
                </button>
              </div>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
