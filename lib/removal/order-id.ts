/**
 * Removal order IDs: Amazon's generated IDs or the seller's own (the create page lets the
 * seller type one). Customer order IDs (3-7-7 digits) share Manage Orders with removal orders
 * and are never removal orders.
 */
import { LETTERS, NUMBERS } from '@/lib/letters';
import { isCustomerOrderId } from './customer-order-id';
import { columnRoleOf } from './status-lookup';

const ORDER_ID = new RegExp(`^[${LETTERS}${NUMBERS}][${LETTERS}${NUMBERS}._#/-]{0,99}$`);
/** What ORDER_ID accepts, in ASCII: no colon, space, trailing comma or semicolon to handle first. */
const PLAIN_ASCII_ID = /^[A-Za-z0-9][A-Za-z0-9._#/-]{0,99}$/;
const LABEL_PREFIX = /^([^:：]{1,60})[:：]\s*(.*)$/su;

/**
 * The order ID in a cell or value as shown: drops a leading "Order ID:" label and anything
 * after the first space (copy buttons, notes). Null for empty text, placeholders such as "—",
 * and customer orders.
 */
export function orderIdFrom(text: string): string | null {
  let value = text.trim();
  // Most cells hold an ASCII ID alone: no label, no space, nothing to strip, and the Unicode
  // pattern below would accept it as it is (a 2,000-row table reads 2,000).
  if (PLAIN_ASCII_ID.test(value)) return isCustomerOrderId(value) ? null : value;
  // Most cells hold the ID alone: no label to drop, nothing after it (a 2,000-row table reads 2,000).
  if (value.includes(':') || value.includes('：')) {
    const labelled = LABEL_PREFIX.exec(value);
    if (labelled?.[1] && columnRoleOf(labelled[1]) === 'orderId') value = (labelled[2] ?? '').trim();
  }
  const space = value.search(/\s/);
  const token = (space < 0 ? value : value.slice(0, space)).replace(/[,;]+$/, '');
  if (!ORDER_ID.test(token) || isCustomerOrderId(token)) return null;
  return token;
}
