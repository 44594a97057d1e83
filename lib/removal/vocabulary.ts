/**
 * Types for the per-language removal vocabulary (lib/lang/<code>/removal.ts). Free of run-time
 * imports, so the content script can pull in every language cheaply.
 */
import type { SellerCentralLanguage } from '@/lib/lang/languages';

/**
 * Statuses a removal order can show, normalized across languages. The source document names
 * Planning, Pending and Processing as the only ones a cancel is accepted in; everything else
 * we recognize is a state a cancel can no longer reach.
 */
export const NORMALIZED_STATUSES = [
  'planning',
  'pending',
  'processing',
  'in-process',
  'completed',
  'cancelled',
  'shipped',
] as const;
export type NormalizedStatus = (typeof NORMALIZED_STATUSES)[number];

/** The columns (or detail-page labels) the scanner looks for, by what they hold. */
export const COLUMN_ROLES = ['orderId', 'status', 'orderType', 'orderSource'] as const;
export type ColumnRole = (typeof COLUMN_ROLES)[number];

export interface RemovalVocabulary {
  /** Seller Central UI language the words belong to. */
  readonly language: SellerCentralLanguage;
  /** Status names as Seller Central shows them, mapped to the normalized status. */
  readonly statuses: Readonly<Record<string, NormalizedStatus>>;
  /**
   * Phrases in an order's source or type that mark a removal Amazon started itself (a
   * required removal). Matched as substrings of the normalized cell or label value.
   */
  readonly amazonInitiated: readonly string[];
  /** Header texts (tables) and labels (detail pages) per column role. */
  readonly headers: Readonly<Record<ColumnRole, readonly string[]>>;
}
