import { mountPage } from '@/components/mount-page';
import { App, tabFromHash } from './App';
import { statesRead } from './MarketplaceStates';
import { subjectRead } from './subject';

/**
 * This module is bundled into the chunk that holds everything the popup loads at start, so the
 * popup fetches one script (wxt.config.ts, popupStartInOneChunk). The options and Plan of Action
 * pages load that chunk too, for the modules they share with the popup: the popup starts on its
 * own page only. Its stylesheet is linked from popup.html, so those pages never get it.
 */
const onPopupPage = location.pathname === '/popup.html';

if (onPopupPage) {
  // The Status tab's reads start with the settings read the first render waits for, not after it.
  // The marketplaces' read only when Status opens first: no other tab shows it.
  subjectRead.start();
  const statusFirst = tabFromHash() === 'status';
  if (statusFirst) statesRead.start();
  void mountPage(App, {
    reads: statusFirst ? [subjectRead.settled(), statesRead.settled()] : [subjectRead.settled()],
    atMostMs: 50,
  });
}
