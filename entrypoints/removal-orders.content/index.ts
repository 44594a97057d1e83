import { defineContentScript } from 'wxt/utils/define-content-script';
import { runFeatures } from '@/lib/content-script/run-features';
import { featureScriptOptions } from '@/lib/content-script/script-options';
import { removalBadges } from './features/removal-badges';
import { removalRules } from './features/removal-rules';

/**
 * Removal orders in place: a badge with the cancel verdict beside every order the removal
 * pages show, and the rules that bite on the create page. A script of its own, injected only
 * on these pages, so the main content script stays within its size budget. On Manage Orders it
 * is injected on demand (features/removal-badges.ts): a copy that finds another already running
 * in this frame stops.
 */
const FEATURES = [removalBadges, removalRules];

export default defineContentScript({
  ...featureScriptOptions(FEATURES),
  main: (ctx) => runFeatures(FEATURES, ctx, 'removal-orders'),
});
