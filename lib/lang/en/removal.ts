/**
 * English removal-order vocabulary.
 *
 * Sources: Planning, Pending, Processing (the cancellable statuses) and the steps' labels
 * (Manage Orders, Advanced search, Order ID, Status) come from Amazon's help page on removal
 * orders (seed 004, read in its Swedish edition, whose English originals these are). The
 * Removal Order Detail report's column names (order-id, order-status, order-type,
 * order-source) are Amazon's documented report attributes; "Seller-initiated Manual Removal"
 * and "Amazon-initiated …" order-source values are seen in public report-processing code.
 * "In Process", "Completed", "Cancelled"/"Canceled" are named by the issue and docs/DOM-CONTRACT.md.
 * Unconfirmed (best knowledge): Shipped, Required removal, and the longer header variants.
 */
import type { RemovalVocabulary } from '@/lib/removal/vocabulary';

export const removal: RemovalVocabulary = {
  language: 'en',
  statuses: {
    Planning: 'planning',
    Pending: 'pending',
    Processing: 'processing',
    'In Process': 'in-process',
    Completed: 'completed',
    Complete: 'completed',
    Cancelled: 'cancelled',
    Canceled: 'cancelled',
    Shipped: 'shipped',
  },
  amazonInitiated: ['Amazon-initiated', 'Initiated by Amazon', 'Required removal'],
  headers: {
    orderId: ['Order ID', 'Removal order ID', 'Source removal order ID', 'Order number', 'Order #'],
    status: ['Status', 'Order status', 'Removal order status'],
    orderType: ['Order type', 'Removal type', 'Removal method'],
    orderSource: ['Order source', 'Removal source', 'Initiated by'],
  },
};

/** Words above that a source we trust confirms; every other word is best knowledge. Apart from the vocabulary: no content script ships it. */
export const removalConfirmed: readonly string[] = [
  'Planning',
  'Pending',
  'Processing',
  'In Process',
  'Completed',
  'Cancelled',
  'Canceled',
  'Amazon-initiated',
  'Order ID',
  'Removal order ID',
  'Status',
  'Order status',
  'Order type',
  'Removal method',
  'Order source',
];
