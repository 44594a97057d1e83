/** A Seller Central Manage Orders page with `rows` orders: header, nav, one big table. */
export function ordersPage(rows: number, banner = ''): string {
  const body: string[] = [];
  for (let i = 0; i < rows; i++) {
    const id = `${String(100 + (i % 900)).padStart(3, '0')}-${String(1_000_000 + i * 7).slice(0, 7)}-${String(2_000_000 + i * 13).slice(0, 7)}`;
    body.push(
      `<tr><td><input type="checkbox" aria-label="Select ${id}"></td><td>2025-11-${String((i % 28) + 1).padStart(2, '0')}</td><td><a href="/orders-v3/order/${id}">${id}</a></td><td>Widget ${i % 97} (SKU-${i})</td><td>${(i % 5) + 1}</td><td>${i % 3 ? 'Shipped' : 'Unshipped'}</td><td><button type="button">Print packing slip</button></td></tr>`,
    );
  }
  return `<!doctype html><html lang="en-US"><head><meta charset="utf-8"><title>Manage Orders</title>
<style>body{margin:0;font:14px Arial,sans-serif}header{display:flex;gap:16px;background:#232f3e;color:#fff;padding:8px}
.pill{background:#067d62;border-radius:12px;padding:2px 8px}table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #ddd;padding:4px}</style>
</head><body><header id="sc-masthead"><span>amazon seller central</span><span class="pill">Healthy</span></header>
<nav aria-label="Main"><a href="/home">Home</a> <a href="/orders-v3">Orders</a></nav>
<main>${banner}<h1>Manage Orders</h1><table><thead><tr><th></th><th>Order date</th><th>Order ID</th><th>Product</th><th>Qty</th><th>Status</th><th>Action</th></tr></thead>
<tbody>${body.join('')}</tbody></table></main></body></html>`;
}
