import { defineContentScript } from 'wxt/utils/define-content-script';
import { matchesFor } from '@/lib/content-script/matches';
import { runFeatures } from '@/lib/content-script/run-features';
import { removalBadges } from './features/removal-badges';
import { removalRules } from './features/removal-rules';

/**
 * Removal orders in place: a badge with the cancel verdict beside every order the removal
 * pages show, and the rules that bite on the create page. A script of its own, injected only
 * on these pages, so the main content script stays within its size budget.
 */
const FEATURES = [removalBadges, removalRules];

export default defineContentScript({
  matches: matchesFor(FEATURES),
  runAt: 'document_idle',
  // WXT would otherwise postMessage the extension id to the page: page scripts learn nothing from us.
  noScriptStartedPostMessage: true,
  main: () => runFeatures(FEATURES),
});
