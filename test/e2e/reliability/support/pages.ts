/**
 * Minimal Seller Central pages built around given text, served at real Seller Central URLs. All
 * text goes in HTML-escaped: the page shows it as text, the way Seller Central shows what a
 * seller or Amazon wrote. What the extension then does with that text is under test.
 */
import { escapeHtml } from './payloads';

const SHELL_STYLE =
  'body{margin:0;font:14px/1.4 Arial,sans-serif;color:#0f1111;background:#f2f4f8}' +
  'header{display:flex;gap:16px;background:#232f3e;color:#fff;padding:8px 16px}' +
  'nav{display:flex;gap:18px;background:#fff;padding:8px 16px}main{padding:16px}' +
  '[role=alert]{border:1px solid #c40000;border-radius:4px;padding:10px 14px;background:#fff}' +
  'table{border-collapse:collapse;background:#fff}th,td{border-bottom:1px solid #e7e7e7;padding:6px 8px}';

function shell(title: string, main: string, lang = 'en-US'): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<style>${SHELL_STYLE}</style></head><body>
<header><span>amazon seller central</span><input type="search" aria-label="Search"></header>
<nav aria-label="Main"><a href="/orders-v3">Orders</a><a href="/performance/dashboard">Performance</a></nav>
<main id="sc-content">${main}</main></body></html>`;
}

/** A page with one account alert; the alert text is set by the page, as text. */
export function bannerPage(alertText: string, title = 'Manage Orders - Seller Central'): string {
  return shell(title, `<h1>Manage Orders</h1><div role="alert" id="banner">${escapeHtml(alertText)}</div>`);
}

/** A case page: subject, ID and status as Seller Central lays out its case summary. */
export function casePage(id: string, subject: string, status: string): string {
  return shell(
    `${subject} - Case details`,
    `<h1>Case details</h1><section id="case-summary"><h2>${escapeHtml(subject)}</h2>
<dl><dt>ID:</dt><dd>${escapeHtml(id)}</dd><dt>Status:</dt><dd>${escapeHtml(status)}</dd>
<dt>Created:</dt><dd>May 3, 2025 10:02 AM</dd></dl></section>`,
  );
}

export interface ReportRow {
  readonly orderCell: string;
  readonly status: string;
  readonly sku: string;
  readonly orderType?: string;
}

/** The Removal Order Detail report page with the given rows. */
export function removalReportPage(rows: readonly ReportRow[]): string {
  const body = rows
    .map(
      (row) =>
        `<tr><td>2025-11-01</td><td>${escapeHtml(row.orderCell)}</td><td>${escapeHtml(row.orderType ?? 'Return')}</td>` +
        `<td>${escapeHtml(row.status)}</td><td>2025-11-01</td><td>${escapeHtml(row.sku)}</td><td>X001ABCD12</td>` +
        '<td>Sellable</td><td>1</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0.53</td><td>USD</td></tr>',
    )
    .join('\n');
  return shell(
    'Removal Order Detail - Seller Central',
    `<h1>Removal Order Detail</h1><table id="report-preview"><thead><tr><th>Request date</th><th>Order ID</th>
<th>Order type</th><th>Order status</th><th>Last updated</th><th>SKU</th><th>FNSKU</th><th>Disposition</th>
<th>Requested</th><th>Cancelled</th><th>Disposed</th><th>Shipped</th><th>In process</th><th>Removal fee</th>
<th>Currency</th></tr></thead><tbody>${body}</tbody></table>`,
  );
}
