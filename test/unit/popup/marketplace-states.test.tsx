/**
 * The Status tab's list of marketplaces (entrypoints/popup/MarketplaceStates.tsx): the rows the
 * popup's first screen shows are drawn first, every other row in the frame after it.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { I18nProvider } from '@/components/I18n';
import { MarketplaceStates } from '@/entrypoints/popup/MarketplaceStates';
import type { LastKnownState } from '@/lib/account-state/schemas';
import { MARKETPLACES } from '@/lib/marketplaces';

const NOW = Date.UTC(2026, 11, 8, 12);
const states: LastKnownState[] = MARKETPLACES.slice(0, 20).map(({ code }, i) => ({
  marketplace: code,
  state: i === 0 ? 'deactivated' : null,
  severity: i === 0 ? 'critical' : null,
  firstSeen: NOW - i * 60_000,
  lastSeen: NOW - i * 60_000,
  url: 'https://sellercentral.amazon.com/home',
}));

const rows = (root: Element) =>
  [...root.querySelectorAll('[data-scc-marketplace]')].map((row) => row.getAttribute('data-scc-marketplace'));

beforeEach(() => {
  fakeBrowser.reset();
});

describe('the marketplaces on the Status tab', () => {
  it('draws the first screen’s rows at once and every row, in order, a frame later', async () => {
    const root = document.createElement('div');
    document.body.append(root);
    render(
      <I18nProvider initial={{ language: 'en', t: (key) => key }}>
        <MarketplaceStates states={states} deadlines={undefined} onOpenChecklist={() => {}} onOpenHistory={() => {}} />
      </I18nProvider>,
      root,
    );
    const first = rows(root);
    expect(first.length).toBeGreaterThan(0);
    expect(first.length).toBeLessThan(states.length);
    expect(first).toEqual(states.slice(0, first.length).map((state) => state.marketplace));
    await act(() => new Promise<void>((resolve) => setTimeout(resolve, 50)));
    expect(rows(root)).toEqual(states.map((state) => state.marketplace));
    render(null, root);
  });
});
