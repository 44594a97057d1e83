import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { type ChangeBatch, ChangeWatcher } from '@/lib/dom/change-watcher.dom';
import { isRowOrSilent } from '@/lib/removal/table-scan.dom';

/** A page with an open shadow root outside any table and one inside a table row. */
function page(): { outside: ShadowRoot; inRow: ShadowRoot } {
  document.body.innerHTML =
    '<main><div id="app"></div><table><tbody><tr><td><div id="cell"></div></td></tr></tbody></table></main>';
  const outside = (document.getElementById('app') as HTMLElement).attachShadow({ mode: 'open' });
  const inRow = (document.getElementById('cell') as HTMLElement).attachShadow({ mode: 'open' });
  return { outside, inRow };
}

function watch(ctx: ContentScriptContext): ChangeBatch[] {
  const batches: ChangeBatch[] = [];
  const watcher = new ChangeWatcher(
    ctx,
    { attributes: ['label'], isOwn: (el) => el.localName.startsWith('scc-'), skipsShadowsIn: isRowOrSilent },
    (batch) => batches.push(batch),
  );
  watcher.observeTree(document);
  return batches;
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 300));

describe('ChangeWatcher: which shadow roots it watches', () => {
  let ctx: ContentScriptContext;
  beforeEach(() => {
    ctx = new ContentScriptContext('change-watcher-test');
  });
  afterEach(() => ctx.abort('test over'));

  it('reports a change inside an open shadow root outside the skipped subtrees', async () => {
    const { outside } = page();
    const batches = watch(ctx);
    const added = document.createElement('p');
    outside.append(added);
    await vi.waitFor(() => expect(batches.flatMap((b) => [...b.touched])).toContain(added));
  });

  it('does not look into shadow roots inside table rows, but still hears the rows change', async () => {
    const { inRow } = page();
    const batches = watch(ctx);
    inRow.append(document.createElement('p'));
    await settle();
    expect(batches).toEqual([]);
    const row = document.createElement('tr');
    document.querySelector('tbody')?.append(row);
    await vi.waitFor(() => expect(batches.flatMap((b) => [...b.touched])).toContain(row));
  });

  it('re-reads a Katal element defined after it is in the page', async () => {
    page();
    const late = document.createElement('kat-late-box');
    document.querySelector('main')?.append(late);
    const batches = watch(ctx);
    customElements.define('kat-late-box', class extends HTMLElement {});
    await vi.waitFor(() => expect(batches.flatMap((b) => [...b.touched])).toContain(late));
  });
});
