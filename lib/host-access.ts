/**
 * Access to the Seller Central sites. Chrome grants host permissions at install and keeps them;
 * Firefox lets the seller take them back (about:addons → Permissions), and then no content
 * script runs on Seller Central and the companion goes quiet without saying why. The popup and
 * the options page check, and ask again only when the seller presses the button.
 */
import { browser } from 'wxt/browser';
import { SELLER_CENTRAL_MATCHES } from './marketplaces';

const SELLER_CENTRAL = { origins: [...SELLER_CENTRAL_MATCHES] };

export function hasSellerCentralAccess(): Promise<boolean> {
  return browser.permissions.contains(SELLER_CENTRAL);
}

/**
 * Must be the first thing a click handler calls: Firefox only shows the permission prompt while
 * the click is still being handled, and an await before it would lose that.
 */
export function requestSellerCentralAccess(): Promise<boolean> {
  return browser.permissions.request(SELLER_CENTRAL);
}

/** Calls `changed` when access is given or taken back anywhere (about:addons, another page). */
export function watchSellerCentralAccess(changed: () => void): () => void {
  browser.permissions.onAdded.addListener(changed);
  browser.permissions.onRemoved.addListener(changed);
  return () => {
    browser.permissions.onAdded.removeListener(changed);
    browser.permissions.onRemoved.removeListener(changed);
  };
}
