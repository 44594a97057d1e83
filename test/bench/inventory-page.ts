/**
 * A Seller Central inventory page (Manage All Inventory) with `rows` listings in Katal tables:
 * every `kat-table`, row, cell, badge and button is a custom element with an open shadow root
 * that slots its light DOM, as Seller Central's are. A summary table sits above the big one.
 */
const KATAL = `
function slotting(name, css) {
  customElements.define(name, class extends HTMLElement {
    constructor() {
      super();
      const root = this.attachShadow({ mode: 'open' });
      const style = document.createElement('style');
      style.textContent = css;
      root.append(style, document.createElement('slot'));
    }
  });
}
slotting('kat-table', ':host{display:table;width:100%;background:#fff;border-collapse:collapse}');
slotting('kat-table-head', ':host{display:table-header-group;font-weight:bold}');
slotting('kat-table-body', ':host{display:table-row-group}');
slotting('kat-table-row', ':host{display:table-row}');
slotting('kat-table-cell', ':host{display:table-cell;padding:4px;border-bottom:1px solid #ddd}');
slotting('kat-box', ':host{display:block;background:#fff;border:1px solid #ddd;padding:8px;margin:0 0 8px}');
customElements.define('kat-badge', class extends HTMLElement {
  connectedCallback() {
    if (this.shadowRoot) return;
    const pill = document.createElement('span');
    pill.textContent = this.getAttribute('label') || '';
    this.attachShadow({ mode: 'open' }).append(pill);
  }
});
customElements.define('kat-button', class extends HTMLElement {
  connectedCallback() {
    if (this.shadowRoot) return;
    const button = document.createElement('button');
    button.textContent = this.getAttribute('label') || '';
    this.attachShadow({ mode: 'open' }).append(button);
  }
});`;

const cell = (content: string) => `<kat-table-cell>${content}</kat-table-cell>`;

function listingRow(i: number): string {
  const sku = `SKU-${String(10_000 + i)}`;
  const asin = `B0${String(1_000_000 + i * 37).padStart(8, '0')}`;
  const status = i % 17 === 0 ? 'Inactive' : 'Active';
  return `<kat-table-row>${[
    cell(`<input type="checkbox" aria-label="Select ${sku}">`),
    cell(`<kat-badge label="${status}"></kat-badge>`),
    cell(`<a href="/dp/${asin}">Widget ${i % 97}, pack of ${(i % 6) + 1}</a><div>${sku}</div><div>${asin}</div>`),
    cell(`2025-0${(i % 9) + 1}-1${i % 10}`),
    cell(String((i * 7) % 400)),
    cell(`$${(5 + (i % 200) / 4).toFixed(2)}`),
    cell(`${(i * 3) % 90}`),
    cell(`<kat-button label="Edit"></kat-button>`),
  ].join('')}</kat-table-row>`;
}

export function inventoryPage(rows: number): string {
  const body: string[] = [];
  for (let i = 0; i < rows; i++) body.push(listingRow(i));
  const head = ['', 'Status', 'Product name', 'Date created', 'Available', 'Price + shipping', 'Inbound', '']
    .map(cell)
    .join('');
  return `<!doctype html><html lang="en-US"><head><meta charset="utf-8"><title>Manage All Inventory</title>
<style>body{margin:0;font:14px Arial,sans-serif}header{display:flex;gap:16px;background:#232f3e;color:#fff;padding:8px}</style>
<script>${KATAL}</script></head><body>
<header id="sc-masthead"><span>amazon seller central</span><kat-badge class="health-pill" label="Healthy"></kat-badge></header>
<nav aria-label="Main"><a href="/home">Home</a> <a href="/myinventory/inventory">Inventory</a> <a href="/orders-v3">Orders</a></nav>
<main><h1>Manage All Inventory</h1>
<kat-box><kat-table><kat-table-head><kat-table-row>${['Active', 'Inactive', 'Stranded'].map(cell).join('')}</kat-table-row></kat-table-head>
<kat-table-body><kat-table-row>${[rows - Math.ceil(rows / 17), Math.ceil(rows / 17), 0].map(String).map(cell).join('')}</kat-table-row></kat-table-body></kat-table></kat-box>
<kat-table><kat-table-head><kat-table-row>${head}</kat-table-row></kat-table-head>
<kat-table-body>${body.join('')}</kat-table-body></kat-table></main></body></html>`;
}
