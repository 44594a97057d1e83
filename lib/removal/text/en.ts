/**
 * English removal guidance. Facts from seed 004 (Amazon's help page on removal orders), in
 * our own words; button and field names are Seller Central's English labels.
 */
import type { RemovalText } from './types';

export const en: RemovalText = {
  badge: {
    cancellable: 'Can cancel',
    'cancellable-unconfirmed': 'Cancel may be too late',
    'not-cancellable': 'Cannot cancel',
    unknown: 'Status not recognized',
  },
  reasons: {
    'not-started': 'This order is still being planned or waiting to start, so you can cancel it.',
    'processing-may-have-started':
      'This order is being processed. You can still ask to cancel it, but the work may already be under way when your request arrives.',
    'already-completed': 'This order is completed. Only orders in Planning, Pending or Processing can be cancelled.',
    'already-cancelled': 'This order has already been cancelled. There is nothing left to cancel.',
    'already-shipped':
      'Units from this order have already shipped. Only orders in Planning, Pending or Processing can be cancelled.',
    'amazon-initiated': 'Amazon started this removal itself (a required removal), so it is not yours to cancel.',
    'unrecognized-status':
      'We do not recognize this status, so we will not guess. Only Planning, Pending and Processing allow a cancel: check the status in Manage Orders.',
    'no-status': 'No status is shown for this order, so we cannot tell whether it can be cancelled.',
  },
  cancelStepsTitle: 'How to cancel',
  cancelSteps: [
    'Open Manage Orders and click Advanced search.',
    'Pick Order ID in the drop-down list, enter {orderId} and click Search.',
    'Check that the Status column still reads Planning, Pending or Processing.',
    'Under Action, click Cancel this order.',
  ],
  processingCaveat:
    'Processing may already have begun when your cancel arrives. Come back later and confirm that the order now shows as cancelled.',
  createRulesTitle: 'Before you place this removal order',
  createRules: {
    'return-or-dispose':
      'Choose the removal method: Return ships the units to an address you enter; Dispose has them disposed of at the fulfillment center.',
    'return-destination':
      'Returned units cannot go to another fulfillment center, and cannot be used to fill customer orders.',
    'one-order-per-page':
      'Working from the Recommended Removal report? If its list runs over several pages, create a separate removal order for each page.',
    'cross-border-upload':
      'Returns to an address outside your home store must go through the file upload for cross-border removal orders.',
    'keep-order-id':
      'Enter your own order ID or leave it empty to get one, and note it down: you need it to track the order and to cancel it.',
    'fee-per-unit': 'Removal fees are charged for every unit removed, not per order.',
    'auto-disposal':
      'Unsellable and recalled units are held for 30 days and then disposed of automatically, unless you request a removal before then.',
  },
  statusNames: {
    planning: 'Planning',
    pending: 'Pending',
    processing: 'Processing',
    'in-process': 'In Process',
    completed: 'Completed',
    cancelled: 'Cancelled',
    shipped: 'Shipped',
  },
};
