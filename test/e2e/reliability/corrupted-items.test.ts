/**
 * Every stored item the extension keeps, corrupted in turn: a value of the wrong shape is
 * written under its key, then the extension is used the way a seller uses it (a Seller Central
 * page with an alert, every popup tab, a case edited, a disposal deadline added, the Plan of
 * Action workspace, the options page). The bad value must turn up in the options page's
 * quarantine list, exportable with its original content, and everything else must keep working.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, launchExtensionBrowser, readFixture } from '../../support/extension-browser';
import { reliabilityRecorder } from '../../support/reliability-output';
import { addCase, openCase, openChecklist, openPoa, openPopup, showTab, waitUntil } from '../../support/ui';
import { runFault } from './support/fault';

const recorder = reliabilityRecorder('faults-corruption');
let browser: ExtensionBrowser;

const BANNER = 'https://sellercentral.amazon.co.uk/orders-v3?page=1';
const REPORT = 'https://sellercentral.amazon.com/reportcentral/REMOVAL_ORDER_DETAIL/1';
/** The banner's marketplace (sellercentral.amazon.co.uk): storage keys and the popup's rows name it by code. */
const CODE = 'GB';
/** The case the exercise opens and edits each round. */
const CASE_A = '32000000001';
const CASE_B = '32000000002';

interface Corruption {
  /** WXT-style key: area and name. */
  readonly key: `${'sync' | 'local'}:${string}`;
  readonly value: unknown;
  /** Items at a version above 1 carry a version record; written with it, so no migration runs first. */
  readonly version?: number;
  /** Derived data that is replaced rather than quarantined, by design. */
  readonly replacedNotQuarantined?: string;
}

const CORRUPTIONS: readonly Corruption[] = [
  { key: 'sync:settings', value: { language: 'klingon', followUpHours: 'soon' }, version: 2 },
  { key: 'sync:userPhrases', value: { phrases: 'not a list' } },
  { key: `local:accountState:${CODE}`, value: { marketplace: 42, state: 'on-fire' }, version: 2 },
  { key: `local:overlayDismissed:${CODE}`, value: { state: 'gone', at: 'yesterday' } },
  { key: `sync:case:${CASE_B}`, value: { id: CASE_B, title: 12345, status: 'lost' } },
  { key: `local:caseDetail:${CASE_A}`, value: { id: CASE_A, notes: ['not', 'text'], log: 'none' } },
  { key: 'local:caseRecord:32000000004', value: { id: '32000000004', deleted: 'maybe' } },
  { key: 'sync:progress:SE:hold', value: { done: { 'read-notice': 'yesterday' } } },
  { key: 'local:poa:SE', value: { sections: 'all of it', updatedAt: -1 } },
  { key: 'local:removal:seen:US', value: { orders: [{ orderId: '' }] } },
  { key: 'local:removal:disposal', value: { entries: [{ id: 'x', since: 'someday' }] } },
  { key: 'local:removal:disposal-fired', value: { 'entry-1': ['seven'] } },
  { key: 'local:accountStateHistory', value: [{ marketplace: 1, state: 'sideways' }], version: 2 },
  { key: 'local:caseFollowUpNotified', value: { [CASE_A]: 'soon' } },
  { key: 'local:casesMovedToLocal', value: { ids: 'all of them' } },
  { key: 'local:checklistMarket', value: { code: 'Sweden', at: -5 } },
  { key: 'local:popupIntent', value: { tab: 'cases', checklist: 'nope' }, version: 2 },
  { key: 'local:syncFallback:settings', value: { language: 42 } },
  { key: 'local:quarantine', value: 'not a list of set-aside values' },
  {
    key: 'local:notices',
    value: 'not a list of notices',
    replacedNotQuarantined:
      'notices are derived hints: an unreadable list is ignored and replaced (lib/storage/notices.ts)',
  },
];

const problems: string[] = [];
function watch(page: Page): Page {
  page.on('pageerror', (error) => problems.push(`${page.url()}: ${error.message}`));
  return page;
}

beforeAll(async () => {
  browser = await launchExtensionBrowser();
  await browser.serve(BANNER, readFixture('detect/on-hold-en-orders.html'));
  await browser.serveFixture(REPORT, 'removal/report-en.html');
  browser.context.on('page', watch);
  // What a seller has after a while: two cases, a known account state, removal orders seen.
  const popup = await openPopup(browser, 'Cases');
  await addCase(popup, `Case ID: ${CASE_A}`, 'Funds held');
  await popup.getByRole('button', { name: '← All cases' }).click();
  await addCase(popup, `Case ID: ${CASE_B}`, 'Verification');
  await popup.close();
  const report = await browser.context.newPage();
  await report.goto(REPORT);
  await waitUntil(async () => 'removal:seen:US' in (await browser.storage('local')), 'the removal orders seen');
  await report.close();
});

afterAll(async () => {
  recorder.flush();
  await browser?.close();
});

async function write(corruption: Corruption): Promise<void> {
  const colon = corruption.key.indexOf(':');
  const area = corruption.key.slice(0, colon) as 'sync' | 'local';
  const name = corruption.key.slice(colon + 1);
  await browser.setStorage(area, {
    [name]: corruption.value,
    ...(corruption.version ? { [`${name}$`]: { v: corruption.version } } : {}),
  });
}

/** A seller's round through the extension; throws when any part of it does not work. */
async function exercise(round: number): Promise<void> {
  const banner = await browser.context.newPage();
  await banner.goto(BANNER);
  await expect
    .poll(() => banner.locator('[data-scc-account-state]').getAttribute('data-scc-account-state'), { timeout: 10_000 })
    .toBe('on-hold');
  await banner.close();

  const popup = await openPopup(browser, 'Status');
  await expect
    .poll(() => popup.locator(`[data-testid="marketplace-states"] [data-marketplace="${CODE}"]`).count())
    .toBe(1);
  await showTab(popup, 'Checklists');
  await openChecklist(popup, 'SE', 'hold');
  await showTab(popup, 'Removal orders');
  await popup.locator('#removal-sku').fill(`EXERCISE-${round}`);
  await popup.getByRole('button', { name: 'Add deadline' }).click();
  await expect
    .poll(() =>
      popup
        .locator('[data-testid="removal-deadline"]')
        .filter({ hasText: `EXERCISE-${round}` })
        .count(),
    )
    .toBe(1);
  await showTab(popup, 'Cases');
  await openCase(popup, CASE_A);
  // A status change (the record: follow-ups are planned again) and a note (the local detail).
  await popup.locator('#case-status').selectOption(round % 2 === 0 ? 'answered' : 'open');
  await popup.getByTestId('case-details-form').getByRole('button', { name: 'Save', exact: true }).click();
  await expect.poll(() => popup.getByTestId('case-editor-status').textContent()).toBe('Changes saved.');
  await popup.locator('#case-notes').fill(`Checked in round ${round}`);
  await popup.getByRole('button', { name: 'Save notes' }).click();
  await expect.poll(() => popup.getByTestId('case-editor-status').textContent()).toBe('Notes saved.');
  await popup.close();

  const poa = await openPoa(browser, 'SE');
  await poa.close();
}

interface QuarantineEntry {
  readonly id: string;
  readonly item: string;
  readonly value: unknown;
}

describe('each stored item corrupted in turn', () => {
  for (const [round, corruption] of CORRUPTIONS.entries()) {
    it(`${corruption.key}: ${corruption.replacedNotQuarantined ? 'ignored' : 'quarantined'}, the rest works`, async () => {
      await runFault(recorder, `stored item corrupted: ${corruption.key}`, async (probe) => {
        problems.length = 0;
        await write(corruption);
        probe.injected();
        await exercise(round);

        const options = await browser.openOptions();
        options.on('dialog', (dialog) => void dialog.accept());
        const listed = options.locator(`[data-quarantine-item="${corruption.key}"]`);
        if (corruption.replacedNotQuarantined) {
          probe.note(corruption.replacedNotQuarantined);
          await options.getByTestId('quarantine-list').waitFor({ state: 'attached' });
          expect(await listed.count()).toBe(0);
        } else {
          const listedOnce = await expect
            .poll(() => listed.count(), { timeout: 10_000 })
            .toBe(1)
            .then(() => true)
            .catch(() => false);
          if (!listedOnce) {
            const times = await listed.count();
            // Listed twice is a fault of its own (two readers at once), but nothing is lost.
            if (times > 1) throw new Error(`${corruption.key} is listed ${times} times in the quarantine`);
            probe.lost(1);
            throw new Error(`${corruption.key} is not in the quarantine list`);
          }
          // Exported from the options page with the value exactly as it was stored.
          const download = options.waitForEvent('download');
          await listed.getByRole('button', { name: 'Export' }).click();
          const exported = JSON.parse(readFileSync((await (await download).path()) as string, 'utf8')) as {
            entry: QuarantineEntry;
          };
          try {
            expect(exported.entry.value).toEqual(corruption.value);
          } catch (error) {
            probe.lost(1);
            throw error;
          }
          // The seller is told, except about the quarantine list itself: its own entries are the telling.
          if (corruption.key !== 'local:quarantine')
            await expect
              .poll(() => options.locator(`.notice[role="status"][data-notice-item="${corruption.key}"]`).count())
              .toBeGreaterThan(0);
          await listed.getByRole('button', { name: 'Discard' }).click();
          await expect.poll(() => listed.count()).toBe(0);
        }
        await options.close();
        expect(problems).toEqual([]);
      });
    });
  }
});
