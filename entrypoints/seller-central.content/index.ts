import { defineContentScript } from 'wxt/utils/define-content-script';
import { matchesFor } from '@/lib/content-script/matches';
import { runFeatures } from '@/lib/content-script/run-features';
import { accountState } from './features/account-state';
import { pageReport } from './features/page-report';

/**
 * What every Seller Central page needs. Features for a few page kinds only (removal orders,
 * case capture) are content scripts of their own, injected on those kinds' paths alone.
 */
const FEATURES = [pageReport, accountState];

export default defineContentScript({
  matches: matchesFor(FEATURES),
  runAt: 'document_idle',
  // WXT would otherwise postMessage the extension id to the page: page scripts learn nothing from us.
  noScriptStartedPostMessage: true,
  main: () => runFeatures(FEATURES),
});
