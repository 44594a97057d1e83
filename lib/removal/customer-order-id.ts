/**
 * Customer order IDs (3-7-7 digits): Manage Orders lists them beside removal orders, and they are
 * never removal orders. A module of its own so the main script's probe reads them without the
 * removal vocabulary.
 */
const CUSTOMER_ORDER_ID = /^\d{3}-\d{7}-\d{7}$/;
const CUSTOMER_ORDER_ID_FIRST = /^\s*\d{3}-\d{7}-\d{7}(?:\s|$)/;

export function isCustomerOrderId(id: string): boolean {
  return CUSTOMER_ORDER_ID.test(id);
}

/**
 * Text whose first word is a customer order ID ("114-4018361-2287451", maybe with a copy button's
 * text after it): a Manage Orders row that is no removal order, known without reading the row.
 */
export function startsWithCustomerOrderId(text: string): boolean {
  return CUSTOMER_ORDER_ID_FIRST.test(text);
}
