import { useI18n } from '@/components/I18n';
import { marketplaceName } from '@/lib/i18n/marketplace-name';
import { isMarketplaceCode, marketplaceHost } from '@/lib/marketplaces';

/** "Germany (DE)", its Seller Central host on hover: sellers know their marketplaces by country, not by host. */
export function MarketplaceLabel({ code }: { readonly code: string }) {
  const { language } = useI18n();
  return (
    <strong class="spacer" title={isMarketplaceCode(code) ? marketplaceHost(code) : undefined}>
      {`${marketplaceName(code, language)} (${code})`}
    </strong>
  );
}
