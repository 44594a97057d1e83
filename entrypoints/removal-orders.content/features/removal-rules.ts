import { defineFeature } from '@/lib/content-script/feature';
import { removalPage } from '../removal-page';
import { RulesPanel } from '../rules-panel';

/** The rules that bite when creating a removal order, in a panel under the create page's heading. */
export const removalRules = defineFeature({
  id: 'removal-rules',
  include: ['removal-create'],
  async init(ctx, page) {
    const shared = await removalPage(ctx, page);
    if (!shared) return false;
    const lookup = await shared.words();
    if (ctx.isInvalid) return false;
    const panel = new RulesPanel(lookup);
    let serving = true;
    // A re-render that replaced the heading took the panel with it: it goes back in.
    shared.onChange((batch) => serving && batch.removed && panel.show());
    ctx.onInvalidated(() => panel.hide());
    panel.show();
    return {
      navigated() {
        serving = true;
        panel.show();
      },
      standDown() {
        serving = false;
        panel.hide();
      },
    };
  },
});
