import { defineContentScript } from 'wxt/utils/define-content-script';
import { matchesFor } from '@/lib/content-script/matches';
import { runFeatures } from '@/lib/content-script/run-features';
import { caseCapture } from './case-capture';

/**
 * Support-case capture, injected only into Seller Support's case app (the case log, case pages
 * and the pages a case opens from), so the main content script keeps its budget for what every
 * page needs.
 */
const FEATURES = [caseCapture];

export default defineContentScript({
  matches: matchesFor(FEATURES),
  runAt: 'document_idle',
  // WXT would otherwise postMessage the extension id to the page: page scripts learn nothing from us.
  noScriptStartedPostMessage: true,
  main: () => runFeatures(FEATURES),
});
