/**
 * The one protocol between the content script, popup, options page and background.
 * Every cross-context call is a typed entry here; nothing sends ad-hoc message strings.
 * Keep this file free of zod and other large imports: the content script loads it.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { PageKind } from './pages';

export interface PageReport {
  readonly host: string;
  readonly kind: PageKind;
  readonly url: string;
}

export interface TabStatus extends PageReport {
  readonly at: number;
}

export interface ProtocolMap {
  /** Content script -> background: this tab shows a Seller Central page of this kind. */
  reportPage(report: PageReport): void;
  /** Popup -> background: what the content script in this tab last reported, if anything. */
  getTabStatus(tabId: number): TabStatus | null;
}

export const { sendMessage, onMessage, removeAllListeners } = defineExtensionMessaging<ProtocolMap>();
