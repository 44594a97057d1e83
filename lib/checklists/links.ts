/**
 * Where a checklist link goes. Paths are the landing pages of the page kinds lib/pages.ts knows;
 * the host is the seller's own marketplace's, so a Swedish seller lands on .se.
 */
import { type MarketplaceCode, sellerCentralUrl } from '@/lib/marketplaces';
import type { LinkablePageKind } from './types';

export const LINK_PATHS: Readonly<Record<LinkablePageKind, string>> = {
  'account-health': '/performance/dashboard',
  'performance-notifications': '/performance/notifications',
  'case-log': '/cu/case-lobby',
  'manage-orders': '/orders-v3',
  inventory: '/myinventory/inventory',
};

export function checklistLinkUrl(marketplace: MarketplaceCode, kind: LinkablePageKind): string {
  return sellerCentralUrl(marketplace, LINK_PATHS[kind]);
}
