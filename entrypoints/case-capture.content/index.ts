import { defineContentScript } from 'wxt/utils/define-content-script';
import { runFeatures } from '@/lib/content-script/run-features';
import { featureScriptOptions } from '@/lib/content-script/script-options';
import { caseCapture } from './case-capture';

/**
 * Support-case capture, injected only into Seller Support's case app (the case log, case pages
 * and the pages a case opens from), so the main content script keeps its budget for what every
 * page needs.
 */
const FEATURES = [caseCapture];

export default defineContentScript({ ...featureScriptOptions(FEATURES), main: (ctx) => runFeatures(FEATURES, ctx) });
