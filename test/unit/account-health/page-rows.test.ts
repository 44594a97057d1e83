/**
 * Rows read by structure on Account Health and Performance Notifications
 * (lib/account-health/page-rows.dom.ts), in any language, without the rows around them.
 */
import { describe, expect, it } from 'vitest';
import { noticeListsIn, policyListsIn } from '@/lib/account-health/page-rows.dom';
import { noticeListOf, policyListOf } from '@/lib/account-health/row-cells';

/** The rows the content script finds, read as the worker reads them. */
const policyRowsIn = (root: Element) => policyListOf(policyListsIn(root));
const notices = (root: Element) => noticeListOf(noticeListsIn(root));

const page = (html: string) => {
  document.body.innerHTML = html;
  return document.body;
};

const POLICY_TABLE = `<kat-box header="Policy Compliance"><table>
  <tr><th>Suspected intellectual property violations</th><td>0</td></tr>
  <tr><th>Received intellectual property complaints</th><td>2</td></tr>
  <tr><th>Listing policy violations</th><td>1</td><td><a href="#">View details</a></td></tr>
  <tr><th>Food and product safety issues</th><td> 0 </td></tr>
</table></kat-box>`;

const HEALTH_AROUND = `<h1>Account Health</h1>
  <div class="ahr"><span>Account Health Rating</span><span class="score">150</span><span>At Risk</span></div>
  <kat-box header="Customer Service Performance"><table>
    <tr><th>Order Defect Rate</th><td>0.3%</td><td>Target: &lt; 1%</td></tr>
    <tr><th>Negative feedback</th><td>0 of 120 orders</td></tr>
  </table></kat-box>
  <div class="legend"><div><span>Healthy</span><span>200-1000</span></div><div><span>At Risk</span><span>100-199</span></div></div>`;

describe('policy rows', () => {
  it('reads a table of policies with their counts, and nothing else on the page', () => {
    const rows = policyRowsIn(page(`<main>${HEALTH_AROUND}${POLICY_TABLE}</main>`));
    expect(rows).toEqual([
      { name: 'Suspected intellectual property violations', count: 0 },
      { name: 'Received intellectual property complaints', count: 2 },
      { name: 'Listing policy violations', count: 1 },
      { name: 'Food and product safety issues', count: 0 },
    ]);
  });

  it('reads rows drawn with divs, in any language', () => {
    const rows = policyRowsIn(
      page(
        `<section>${[
          '知的財産権の侵害の疑い',
          '出品ポリシー違反',
          '食品および製品の安全性に関する問題',
          'その他のポリシー違反',
        ]
          .map((name, i) => `<div class="row"><div><a>${name}</a></div><div><span>${i}</span></div></div>`)
          .join('')}</section>`,
      ),
    );
    expect(rows.map((row) => row.count)).toEqual([0, 1, 2, 3]);
    expect(rows[1]?.name).toBe('出品ポリシー違反');
  });

  it('leaves a status chip set before the name in a script without spaces out of the name, and keeps split names whole', () => {
    const chipped = policyRowsIn(
      page(
        `<ul>${[
          ['良好', '涉嫌侵犯知识产权', 0],
          ['需要关注', '收到的知识产权投诉', 2],
          ['良好', '违反商品信息政策', 0],
          ['需要关注', '食品和商品安全问题', 1],
        ]
          .map(([chip, name, count]) => `<li><div><span>${chip}</span><span>${name}</span></div><b>${count}</b></li>`)
          .join('')}</ul>`,
      ),
    );
    expect(chipped.map((row) => row.name)).toEqual([
      '涉嫌侵犯知识产权',
      '收到的知识产权投诉',
      '违反商品信息政策',
      '食品和商品安全问题',
    ]);
    // In a spaced script, a name's first words set apart are part of it.
    const split = policyRowsIn(
      page(
        `<ul>${['Listing policy', 'Other policy', 'Food safety', 'Product policy']
          .map(
            (name, i) =>
              `<li><div><span>${name.split(' ')[0]}</span> <span>${name.split(' ')[1]}</span></div><b>${i}</b></li>`,
          )
          .join('')}</ul>`,
      ),
    );
    expect(split.map((row) => row.name)).toEqual(['Listing policy', 'Other policy', 'Food safety', 'Product policy']);
  });

  it('reads an expanded row by its header, not by the details it opened', () => {
    const expander = (name: string, count: number, details: string) =>
      `<kat-expander><div slot="header" role="button"><div><span>${name}</span></div><kat-badge><span>${count}</span></kat-badge></div>${details}</kat-expander>`;
    const rows = policyRowsIn(
      page(
        `<div>${[
          expander('Suspected intellectual property violations', 0, '<div hidden><p>Last 180 days.</p></div>'),
          expander(
            'Received intellectual property complaints',
            4,
            '<div><table><tr><th>ASIN</th><th>Date</th></tr><tr><td>B0C8QW3LMN</td><td>12 Nov 2026</td></tr></table></div>',
          ),
          expander('Listing policy violations', 1, '<div hidden><p>Last 180 days.</p></div>'),
          expander('Food and product safety issues', 0, '<div hidden><p>Last 180 days.</p></div>'),
        ].join('')}</div>`,
      ),
    );
    expect(rows).toEqual([
      { name: 'Suspected intellectual property violations', count: 0 },
      { name: 'Received intellectual property complaints', count: 4 },
      { name: 'Listing policy violations', count: 1 },
      { name: 'Food and product safety issues', count: 0 },
    ]);
  });

  it('passes over what is not on screen: a collapsed row, text for screen readers only', () => {
    const table = `<table>
      <tr><td><a>Suspected intellectual property violations<span class="sr-only"> (opens details)</span></a></td><td>0</td></tr>
      <tr><td><a>Received intellectual property complaints<span class="visually-hidden">, details</span></a></td><td>2</td></tr>
      <tr class="hidden"><td>Marketplace fair pricing violations</td><td>4</td></tr>
      <tr><td>Listing policy violations</td><td>1</td></tr>
      <tr><td>Food and product safety issues</td><td>0</td></tr>
    </table>`;
    expect(policyRowsIn(page(table))).toEqual([
      { name: 'Suspected intellectual property violations', count: 0 },
      { name: 'Received intellectual property complaints', count: 2 },
      { name: 'Listing policy violations', count: 1 },
      { name: 'Food and product safety issues', count: 0 },
    ]);
  });

  it('leaves out a status chip that other rows show too, in its own cell or before the name', () => {
    const names = ['Misstänkta intrång', 'Mottagna klagomål', 'Kundklagomål om äkthet', 'Kundklagomål om skick'];
    const chip = (i: number) => (i === 1 ? 'Åtgärd krävs' : 'Inga problem');
    const ownCell = names.map((name, i) => `<li><span>${chip(i)}</span><span>${name}</span><b>${i}</b></li>`);
    const beforeName = names.map(
      (name, i) =>
        `<li><div><span>${chip(i)}</span><span>${name.split(' ')[0]}</span> <span>${name.split(' ').slice(1).join(' ')}</span></div><b>${i}</b></li>`,
    );
    const want = names.map((name, count) => ({ name, count }));
    expect(policyRowsIn(page(`<ul>${ownCell.join('')}</ul>`))).toEqual(want);
    expect(policyRowsIn(page(`<ul>${beforeName.join('')}</ul>`))).toEqual(want);
  });

  it('reads a list drawn in groups, a heading above each few policies, as one list', () => {
    const group = (heading: string, names: readonly string[], from: number) =>
      `<div role="group"><h4>${heading}</h4><ul>${names.map((name, i) => `<li><span>${name}</span><b>${from + i}</b></li>`).join('')}</ul></div>`;
    const card = `<div class="ahr"><span>Account Health Rating</span><span>236</span></div>
      <div class="policies">
        ${group('Intellectual property', ['Suspected violations', 'Received complaints'], 0)}
        ${group('Product safety', ['Authenticity complaints', 'Condition complaints', 'Safety issues'], 2)}
      </div>`;
    expect(policyRowsIn(page(card))).toEqual([
      { name: 'Suspected violations', count: 0 },
      { name: 'Received complaints', count: 1 },
      { name: 'Authenticity complaints', count: 2 },
      { name: 'Condition complaints', count: 3 },
      { name: 'Safety issues', count: 4 },
    ]);
  });

  it("finds no policy list where there is none: rates, ratios, the rating, a legend, a page's few counters", () => {
    expect(policyRowsIn(page(`<main>${HEALTH_AROUND}</main>`))).toEqual([]);
    const counters =
      '<table><tr><th>Open orders</th><td>12</td></tr><tr><th>Buyer messages</th><td>3</td></tr><tr><th>Returns</th><td>1</td></tr></table>';
    expect(policyRowsIn(page(counters))).toEqual([]);
  });

  it('reads a list drawn as terms and descriptions', () => {
    const list = `<dl>${[
      'Listing policy violations',
      'Food safety issues',
      'Other policy violations',
      'Regulatory compliance',
    ]
      .map((name, i) => `<dt>${name}</dt><dd>${i}</dd>`)
      .join('')}</dl>`;
    expect(policyRowsIn(page(list)).map((row) => `${row.name}=${row.count}`)).toEqual([
      'Listing policy violations=0',
      'Food safety issues=1',
      'Other policy violations=2',
      'Regulatory compliance=3',
    ]);
  });

  it('does not read its own card (in its shadow root), a template or the navigation', () => {
    const rows = `<table>${'<tr><th>Listing policy violations</th><td>1</td></tr>'.repeat(4)}</table>`;
    const nav = `<nav><ul>${'<li><span>Messages</span><span>3</span></li>'.repeat(4)}</ul></nav>`;
    const body = page(`<scc-account-state></scc-account-state><template>${rows}</template>${nav}`);
    (body.querySelector('scc-account-state') as Element).attachShadow({ mode: 'open' }).innerHTML = rows;
    expect(policyRowsIn(body)).toEqual([]);
  });
});

const NOTICES = `<table class="notifications">
  <thead><tr><th>Date</th><th>Subject</th></tr></thead>
  <tbody>
    <tr><td>Dec 3, 2026</td><td><a href="#">Policy warning: listing removed</a></td></tr>
    <tr><td>Nov 20, 2026</td><td><a href="#">Your account is at risk of deactivation</a><p>Send a plan of action by December 20, 2026 so that we can review it in time.</p></td></tr>
    <tr><td>03.10.2026</td><td><strong>Produktsicherheit geprüft</strong> <span class="new">Neu</span></td></tr>
  </tbody></table>
  <footer><span>© 1996-2026, Amazon.com, Inc.</span><span>Conditions of Use</span></footer>`;

describe('notification rows', () => {
  it("reads each notification's date and title, the title from its link or heading", () => {
    expect(notices(page(`<main><h1>Performance Notifications</h1>${NOTICES}</main>`))).toEqual([
      { title: 'Policy warning: listing removed', shown: 'Dec 3, 2026' },
      { title: 'Your account is at risk of deactivation', shown: 'Nov 20, 2026' },
      { title: 'Produktsicherheit geprüft', shown: '03.10.2026' },
    ]);
  });

  it('reads list items and numeric dates in other orders', () => {
    const list = `<ul>${[
      ['2026/12/03', '出品の停止'],
      ['2026年11月2日', 'アカウント健全性に関するお知らせ'],
    ]
      .map(([date, title]) => `<li><div class="date">${date}</div><div class="title">${title}</div></li>`)
      .join('')}</ul>`;
    expect(notices(page(list)).map((row) => row.shown)).toEqual(['2026/12/03', '2026年11月2日']);
  });

  it('reads terms and descriptions, and leaves chips after the title ("Unread") and links ("View") out of it', () => {
    const list = `<dl>
      <dt><time>2 dec. 2026</time></dt><dd><a>Aanbieding verwijderd wegens klacht</a> <span>Ongelezen</span> <a>Bekijken</a></dd>
      <dt><time>16 nov. 2026</time></dt><dd><a>Herinnering: late verzendingen</a></dd>
    </dl>`;
    expect(notices(page(list))).toEqual([
      { title: 'Aanbieding verwijderd wegens klacht', shown: '2 dec. 2026' },
      { title: 'Herinnering: late verzendingen', shown: '16 nov. 2026' },
    ]);
  });

  it('passes over what every row shows (a category, a sender) and the preview set after the title', () => {
    const row = (date: string, category: string, title: string, preview: string) =>
      `<li><span>${category}</span><span>${date}</span><div><span>${title}</span> <span>${preview}</span></div><span>From: Seller Performance</span></li>`;
    const list = `<ul>
      ${row('Dec 3, 2026', 'Account health', 'Appeal accepted', 'Your selling privileges are back.')}
      ${row('Nov 21, 2026', 'Account health', 'Listing removed', 'A brand owner filed a complaint.')}
      ${row('Oct 8, 2026', 'Product safety', 'Your listing was reinstated', 'Thank you for the documents.')}
    </ul>`;
    expect(notices(page(list))).toEqual([
      { title: 'Appeal accepted', shown: 'Dec 3, 2026' },
      { title: 'Listing removed', shown: 'Nov 21, 2026' },
      { title: 'Your listing was reinstated', shown: 'Oct 8, 2026' },
    ]);
  });

  it('keeps a title two notifications share', () => {
    const list = `<ul>
      <li><span>Dec 3, 2026</span><a>Listing removed for a policy violation</a></li>
      <li><span>Nov 21, 2026</span><a>Listing removed for a policy violation</a></li>
    </ul>`;
    expect(notices(page(list)).map((row) => row.title)).toEqual([
      'Listing removed for a policy violation',
      'Listing removed for a policy violation',
    ]);
  });

  it('takes no copyright line, no lone date, no dated label and no prose for a notification', () => {
    expect(notices(page('<p><span>Last checked: Dec 6, 2026</span> <span>All notifications</span></p>'))).toEqual([]);
    const prose =
      '<p>Notifications from before January 1, 2020 are archived.</p><footer><span>© 2026 Amazon</span><a>Conditions of Use</a></footer>';
    expect(notices(page(prose))).toEqual([]);
  });
});
