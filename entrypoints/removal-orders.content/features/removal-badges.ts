import { defineFeature } from '@/lib/content-script/feature';
import { scanOptionsForUrl } from '@/lib/removal/table-scan.dom';
import { RemovalAnnotator } from '../annotator';
import { removalPage } from '../removal-page';
import { SightingReporter } from '../sightings';
import { TooltipController } from '../tooltip';

/**
 * A badge with the cancel verdict beside every removal order the page shows, its tooltip, and
 * the sightings the background keeps: one scan at idle, then only what each change touched.
 */
export const removalBadges = defineFeature({
  id: 'removal-badges',
  include: ['removal-create', 'removal-detail', 'removal-report', 'manage-orders'],
  // Manage Orders shows customer orders: the main script's probe asks for this script when a row may not be one.
  injectedOn: ['manage-orders'],
  async init(ctx, page) {
    const shared = await removalPage(ctx, page);
    if (!shared) return false;
    const reporter = new SightingReporter(page.marketplace.code);
    new TooltipController(ctx);
    const annotator = new RemovalAnnotator(
      () => shared.words(),
      scanOptionsForUrl(page.url),
      (orders) => reporter.report(orders),
      shared.quietly,
    );
    let serving = true;
    shared.onChange((batch) => serving && annotator.onBatch(batch));
    // Their tooltips would no longer answer once the extension is reloaded.
    ctx.onInvalidated(() => annotator.removeAll());
    annotator.scanDocument();
    return {
      navigated(next) {
        serving = true;
        annotator.setOptions(scanOptionsForUrl(next.url));
        annotator.scanDocument();
      },
      standDown() {
        serving = false;
      },
    };
  },
});
