import { browser } from 'wxt/browser';
import { isWorseState } from '@/lib/account-health/changes';
import { isTelling, nextHistory, nextLastKnown } from '@/lib/account-state/transitions';
import { ratingPartOf } from '@/lib/detect/lexicon';
import { OVERLAY_MESSAGE_PREFIX } from '@/lib/guidance/prefix';
import { inPageLanguage, messagesWithPrefix } from '@/lib/i18n/load';
import { isMarketplaceCode, marketplaceCodeOf } from '@/lib/marketplaces';
import { onMessage } from '@/lib/messaging';
import { createSerialQueue } from '@/lib/serial';
import { dismissals, lastKnownStates, stateHistoryItem } from '@/lib/storage/items/account-state';
import { popupIntentItem } from '@/lib/storage/items/popup';
import { settingsItem } from '@/lib/storage/items/settings';
import { moveHostKeysToCodes } from '@/lib/storage/marketplace-keys';
import { showBadge } from './badge';
import { noteChange } from './changes';
import { readEvidence } from './classify';
import { endDeadline, noteDeadline } from './deadlines';
import { loadLexicons } from './lexicons';
import { openPopupOrTab } from './open-popup';
import { recordRating } from './rating-history';
import { recordTabReport } from './tab-status';

const serially = createSerialQueue();

export function registerAccountStateHandlers(): void {
  // What the release before marketplace codes stored per host moves to its code (once; idempotent).
  const moveKeys = () => {
    void moveHostKeysToCodes().catch((error) => console.error('[scc] moving marketplace keys failed', error));
  };
  browser.runtime.onInstalled.addListener(moveKeys);
  browser.runtime.onStartup.addListener(moveKeys);
  onMessage('getDetectionSetup', async ({ data, sender }) => {
    const { marketplace, languages } = data;
    // The page's report rides on its first message: one message per page load instead of two.
    const reported = recordTabReport(data, sender).catch((error) =>
      console.error('[scc] keeping the tab report failed', error),
    );
    const [settings, dismissal] = await Promise.all([
      settingsItem.get(),
      isMarketplaceCode(marketplace) ? dismissals.item(marketplace).get() : null,
    ]);
    const uiLanguage = inPageLanguage(settings.language, languages);
    const setup = {
      uiLanguage,
      ratingLexicons: (await loadLexicons([...languages, uiLanguage])).map(ratingPartOf),
      overlayMessages: await messagesWithPrefix(uiLanguage, OVERLAY_MESSAGE_PREFIX),
      dismissal,
    };
    await reported;
    return setup;
  });

  onMessage('getRatingLexicons', async ({ data: languages }) => (await loadLexicons(languages)).map(ratingPartOf));
  onMessage('classifyEvidence', async ({ data, sender }) => {
    const { answer, notice, rating } = await readEvidence(data);
    // The frame that sent it names the marketplace: the page says nothing more for the rating.
    // The verdict goes back at once; the rating is written meanwhile.
    const marketplace = marketplaceCodeOf(sender.url ?? sender.tab?.url ?? '');
    const now = Date.now();
    if (marketplace)
      void recordRating(marketplace, rating, now).catch((error) =>
        console.error('[scc] keeping the rating failed', error),
      );
    if (!answer) return null;
    // The card shows the deadline with the state: worth the few milliseconds the answer waits.
    const deadline = marketplace
      ? await noteDeadline(marketplace, answer.detection.state, notice, now).catch((error: unknown) => {
          console.error('[scc] reading the deadline failed', error);
          return null;
        })
      : null;
    return { ...answer, deadline };
  });

  onMessage('reportAccountState', async ({ data, sender }) => {
    if (!isMarketplaceCode(data.marketplace)) return;
    const now = Date.now();
    if (sender.tab?.id !== undefined) await showBadge(sender.tab.id, data.state, data.severity);
    const observation = { ...data, quote: data.why?.quote ?? null, at: now };
    let worse = false;
    if (isTelling(observation))
      await serially(async () => {
        const item = lastKnownStates.item(data.marketplace);
        const previous = await item.get();
        const history = nextHistory(await stateHistoryItem.get(), previous, observation);
        await item.set(nextLastKnown(previous, observation));
        if (history) await stateHistoryItem.set(history);
        worse = isWorseState(previous?.state ?? null, observation.state);
      });
    if (worse && observation.state)
      await noteChange({ marketplace: data.marketplace, at: now, state: observation.state });
    // A page that speaks for the account and shows no state: whatever was due is over.
    if (isTelling(observation) && observation.state === null) await endDeadline(data.marketplace);
  });

  onMessage('dismissOverlay', async ({ data }) => {
    if (!isMarketplaceCode(data.marketplace)) return;
    await dismissals.item(data.marketplace).set({ state: data.state, at: Date.now() });
  });

  onMessage('openChecklist', async ({ data }) => {
    await popupIntentItem.set({
      tab: 'checklists',
      checklist: data.checklist,
      marketplace: data.marketplace,
      at: Date.now(),
    });
    await openPopupOrTab();
  });
}
