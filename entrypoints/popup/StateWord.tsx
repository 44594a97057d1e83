import { useI18n } from '@/components/I18n';
import type { MarketplaceState } from '@/lib/account-state/marketplace-state';
import { marketplaceStateKey } from '@/lib/i18n/state-labels';

/** A state in words and colour (popup.css `.state-word`): the colour repeats the word, never replaces it. */
export function StateWord({ state }: { readonly state: MarketplaceState }) {
  const { t } = useI18n();
  return <span class={`state-word state-${state}`}>{t(marketplaceStateKey(state))}</span>;
}
