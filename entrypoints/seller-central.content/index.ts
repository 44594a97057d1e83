import { defineContentScript } from 'wxt/utils/define-content-script';
import { runFeatures } from '@/lib/content-script/run-features';
import { featureScriptOptions } from '@/lib/content-script/script-options';
import { accountState } from './features/account-state';
import { healthRecords } from './features/health-records';
import { pageReport } from './features/page-report';
import { removalProbe } from './features/removal-probe';

/**
 * What every Seller Central page needs. Features for a few page kinds only (removal orders,
 * case capture) are content scripts of their own, injected on those kinds' paths alone; on
 * Manage Orders the removal script is injected only when the probe finds a row that needs it.
 */
const FEATURES = [pageReport, accountState, healthRecords, removalProbe];

export default defineContentScript({ ...featureScriptOptions(FEATURES), main: (ctx) => runFeatures(FEATURES, ctx) });
