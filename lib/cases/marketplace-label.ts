/**
 * A short name for a Seller Central host in notifications and lists: the Amazon domain the
 * seller knows ("amazon.de"), not the Seller Central host name.
 */
export function marketplaceLabel(host: string): string {
  return host
    .toLowerCase()
    .replace(/\.$/, '')
    .replace(/^sellercentral[.-]/, '');
}
