/**
 * Storage that refuses writes: the sync area's quota and write-rate errors, raised in the
 * service worker (cases) and in the pages that write themselves (checklist ticks, phrases,
 * settings), and a full local area (Plan of Action draft, case log, disposal deadline). Each
 * time the seller is told, nothing typed or ticked is lost, and the value reaches its real
 * place once writes work again.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, launchExtensionBrowser } from '../../support/extension-browser';
import { reliabilityRecorder } from '../../support/reliability-output';
import { addCase, backToCases, openCase, openChecklist, openPoa, openPopup } from '../../support/ui';
import {
  allowWrites,
  currentWorker,
  QUOTA_BYTES_ERROR,
  readArea,
  refuseWrites,
  WRITE_RATE_ERROR,
} from './support/extension';
import { runFault } from './support/fault';
import { bannerPage } from './support/pages';

const recorder = reliabilityRecorder('faults-storage');
let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await launchExtensionBrowser();
});

afterAll(async () => {
  recorder.flush();
  await browser?.close();
});

type Stored = Record<string, unknown>;
const noticeFor = (page: Page, item: string) =>
  page.locator('.notice[role="status"]').filter({ hasText: `Synced storage refused a save for ${item},` });

/** Where a case record can be: synced, or waiting in its local fallback. */
async function caseRecord(page: Page, id: string): Promise<{ sync?: Stored; waiting?: Stored }> {
  const [sync, local] = await Promise.all([readArea(page, 'sync'), readArea(page, 'local')]);
  return {
    sync: sync[`case:${id}`] as Stored | undefined,
    waiting: local[`syncFallback:case:${id}`] as Stored | undefined,
  };
}

describe('the sync area refuses writes in the service worker', () => {
  it('QUOTA_BYTES while a case is saved: kept locally, the seller is told, synced once sync accepts', async () => {
    await runFault(
      recorder,
      'storage.sync.set rejects with QUOTA_BYTES in the service worker (saving a case)',
      async (probe) => {
        const popup = await openPopup(browser, 'Cases');
        const worker = currentWorker(browser);
        await refuseWrites(worker, 'sync', QUOTA_BYTES_ERROR);
        await addCase(popup, 'Case ID: 30000000001', 'Funds held after the quota test');
        await expect.poll(() => noticeFor(popup, 'Case 30000000001').count()).toBe(1);
        const waiting = await caseRecord(popup, '30000000001');
        expect(waiting.sync).toBeUndefined();
        expect(waiting.waiting).toMatchObject({ id: '30000000001', title: 'Funds held after the quota test' });
        await backToCases(popup);
        expect(await popup.locator('[data-case-id="30000000001"]').textContent()).toContain(
          'Funds held after the quota test',
        );
        probe.injected(await allowWrites(worker, 'sync'));

        // The next change settles every waiting record into sync.
        await openCase(popup, '30000000001');
        await popup.locator('#case-status').selectOption('needs-attention');
        await popup.getByTestId('case-details-form').getByRole('button', { name: 'Save', exact: true }).click();
        await expect
          .poll(async () => (await caseRecord(popup, '30000000001')).sync?.status, { timeout: 10_000 })
          .toBe('needs-attention');
        const settled = await caseRecord(popup, '30000000001');
        expect(settled.waiting).toBeUndefined();
        if (settled.sync?.title !== 'Funds held after the quota test') probe.lost(1);
        await popup.close();
      },
    );
  });

  it('MAX_WRITE_OPERATIONS_PER_MINUTE while three cases are saved: every case stays listed and reaches sync later', async () => {
    await runFault(
      recorder,
      'storage.sync.set rejects with MAX_WRITE_OPERATIONS_PER_MINUTE in the service worker (saving cases)',
      async (probe) => {
        const ids = ['30000000011', '30000000012', '30000000013'];
        const popup = await openPopup(browser, 'Cases');
        const worker = currentWorker(browser);
        await refuseWrites(worker, 'sync', WRITE_RATE_ERROR);
        for (const id of ids) {
          await addCase(popup, id, `Write-rate case ${id}`);
          await backToCases(popup);
        }
        for (const id of ids) {
          expect(await popup.locator(`[data-case-id="${id}"]`).textContent()).toContain(`Write-rate case ${id}`);
          expect((await caseRecord(popup, id)).waiting).toMatchObject({ id });
        }
        probe.injected(await allowWrites(worker, 'sync'));
        probe.note('a write-rate refusal is retried quietly: no notice by design (lib/storage/case-store.ts)');

        await openCase(popup, ids[0] as string);
        await popup.locator('#case-status').selectOption('answered');
        await popup.getByTestId('case-details-form').getByRole('button', { name: 'Save', exact: true }).click();
        await expect
          .poll(async () => (await Promise.all(ids.map((id) => caseRecord(popup, id)))).filter((r) => r.sync).length, {
            timeout: 10_000,
          })
          .toBe(ids.length);
        const final = await Promise.all(ids.map((id) => caseRecord(popup, id)));
        probe.lost(final.filter((record, i) => record.sync?.title !== `Write-rate case ${ids[i]}`).length);
        await popup.close();
      },
    );
  });
});

describe('the sync area refuses writes in the page that writes', () => {
  it('QUOTA_BYTES while ticking a checklist in the popup: ticks kept on this device, shown again, synced later', async () => {
    await runFault(
      recorder,
      'storage.sync.set rejects with QUOTA_BYTES in the popup (ticking a checklist)',
      async (probe) => {
        let popup = await openPopup(browser, 'Checklists');
        await openChecklist(popup, 'SE', 'hold');
        await refuseWrites(popup, 'sync', QUOTA_BYTES_ERROR);
        await popup.getByLabel('Read the notice from Amazon').check();
        await popup.getByLabel('Open Account Health').check();
        await expect.poll(() => popup.getByTestId('progress-stored-locally').isVisible()).toBe(true);
        await expect.poll(() => noticeFor(popup, 'Checklist progress SE:hold').count()).toBe(1);
        // Both ticks must have been refused and kept before sync accepts again: the banner and
        // the notice come from the first tick, and on a busy machine the second may still be
        // on its way (then it would go straight to sync, and this check would read too early).
        const waitingTicks = async () => {
          const waiting = (await readArea(popup, 'local'))['syncFallback:progress:SE:hold'] as
            | { done: Stored }
            | undefined;
          return Object.keys(waiting?.done ?? {}).sort();
        };
        await expect.poll(waitingTicks, { timeout: 10_000 }).toEqual(['check-health', 'read-notice']);
        probe.injected(await allowWrites(popup, 'sync'));
        await popup.close();

        popup = await openPopup(browser, 'Checklists');
        await openChecklist(popup, 'SE', 'hold');
        expect(await popup.getByLabel('Read the notice from Amazon').isChecked()).toBe(true);
        expect(await popup.getByLabel('Open Account Health').isChecked()).toBe(true);
        await popup.getByLabel('Write down the exact cause').check();
        await expect.poll(() => popup.getByTestId('progress-stored-locally').count()).toBe(0);
        const synced = (await readArea(popup, 'sync'))['progress:SE:hold'] as { done: Stored } | undefined;
        const ticked = Object.keys(synced?.done ?? {});
        probe.lost(['check-health', 'name-cause', 'read-notice'].filter((id) => !ticked.includes(id)).length);
        expect((await readArea(popup, 'local'))['syncFallback:progress:SE:hold']).toBeUndefined();
        await popup.close();
      },
    );
  });

  it('MAX_WRITE_OPERATIONS_PER_MINUTE while adding a seller phrase: told, kept, and it still finds the alert', async () => {
    await runFault(
      recorder,
      'storage.sync.set rejects with MAX_WRITE_OPERATIONS_PER_MINUTE on the options page (adding a phrase)',
      async (probe) => {
        const options = await browser.openOptions();
        await refuseWrites(options, 'sync', WRITE_RATE_ERROR);
        await options.getByLabel('Text to recognize').fill('payouts frozen pending review');
        await options.getByLabel('It means the account is').selectOption('on-hold');
        await options.getByRole('button', { name: 'Add phrase' }).click();
        await expect.poll(() => options.getByTestId('phrase-message').textContent()).toContain('Added');
        await expect.poll(() => noticeFor(options, 'Your own alert phrases').count()).toBe(1);
        expect(await options.locator('[data-testid="user-phrases"] li').textContent()).toContain(
          'payouts frozen pending review',
        );
        probe.injected(await allowWrites(options, 'sync'));
        await options.close();

        const url = 'https://sellercentral.amazon.com/home?phrase-fault';
        await browser.serve(url, bannerPage('Heads up: payouts frozen pending review since Monday'));
        const page = await browser.context.newPage();
        await page.goto(url);
        const found = await expect
          .poll(() => page.locator('[data-scc-account-state]').getAttribute('data-scc-account-state'), {
            timeout: 10_000,
          })
          .toBe('on-hold')
          .then(() => true)
          .catch(() => false);
        if (!found) probe.lost(1);
        await page.close();
      },
    );
  });

  it('QUOTA_BYTES while changing the language: every page speaks it, then it syncs', async () => {
    await runFault(
      recorder,
      'storage.sync.set rejects with QUOTA_BYTES on the options page (changing the language)',
      async (probe) => {
        const options = await browser.openOptions();
        await refuseWrites(options, 'sync', QUOTA_BYTES_ERROR);
        await options.locator('#language').selectOption('sv');
        await expect.poll(() => options.evaluate(() => document.documentElement.lang)).toBe('sv');
        probe.injected(await allowWrites(options, 'sync'));
        const popup = await browser.openPopup();
        const swedish = await expect
          .poll(() => popup.getByRole('tab', { name: 'Checklistor' }).count())
          .toBe(1)
          .then(() => true)
          .catch(() => false);
        if (!swedish) probe.lost(1);
        await popup.close();
        await options.locator('#language').selectOption('en');
        await expect
          .poll(async () => ((await readArea(options, 'sync')).settings as Stored | undefined)?.language)
          .toBe('en');
        expect((await readArea(options, 'local'))['syncFallback:settings']).toBeUndefined();
        await options.close();
      },
    );
  });
});

describe('the local area is full', () => {
  it('while typing a Plan of Action: the failure shows, the text stays, and the next save stores all of it', async () => {
    await runFault(
      recorder,
      'storage.local.set rejects with QUOTA_BYTES on the Plan of Action page (autosave)',
      async (probe) => {
        const poa = await openPoa(browser, 'DE');
        await refuseWrites(poa, 'local', QUOTA_BYTES_ERROR);
        const rootCause = poa.locator('#poa-root-cause');
        await rootCause.fill('Our carrier pickups were booked by hand; 41 orders in April shipped late.');
        await expect.poll(() => poa.locator('.save-failed[role="alert"]').isVisible(), { timeout: 5_000 }).toBe(true);
        expect(await rootCause.inputValue()).toContain('41 orders in April');
        probe.injected(await allowWrites(poa, 'local'));
        await rootCause.press('End');
        await rootCause.pressSequentially(' Fixed on 5 May.');
        await expect.poll(() => poa.getByTestId('poa-saved').textContent(), { timeout: 5_000 }).toMatch(/^Saved /);
        const stored = (await readArea(poa, 'local'))['poa:DE'] as { sections: Record<string, string> } | undefined;
        if (
          stored?.sections['root-cause'] !==
          'Our carrier pickups were booked by hand; 41 orders in April shipped late. Fixed on 5 May.'
        )
          probe.lost(1);
        expect(await poa.locator('.save-failed').count()).toBe(0);
        await poa.close();
      },
    );
  });

  it('while logging a case message in the service worker: the seller is told, the text stays, a retry saves it', async () => {
    await runFault(
      recorder,
      'storage.local.set rejects with QUOTA_BYTES in the service worker (logging a message)',
      async (probe) => {
        const popup = await openPopup(browser, 'Cases');
        await openCase(popup, '30000000001');
        const worker = currentWorker(browser);
        await refuseWrites(worker, 'local', QUOTA_BYTES_ERROR);
        await popup.locator('#log-summary').fill('Called Seller Support, ticket 55 opened');
        await popup.getByRole('button', { name: 'Add to log' }).click();
        await expect
          .poll(() => popup.getByTestId('case-editor-status').textContent())
          .toBe('That did not save. Close the popup, open it again and retry.');
        expect(await popup.locator('#log-summary').inputValue()).toBe('Called Seller Support, ticket 55 opened');
        probe.injected(await allowWrites(worker, 'local'));
        await popup.getByRole('button', { name: 'Add to log' }).click();
        await expect
          .poll(() => popup.getByTestId('case-log').textContent())
          .toContain('Called Seller Support, ticket 55 opened');
        const detail = (await readArea(popup, 'local'))['caseDetail:30000000001'] as {
          log: Array<{ summary: string }>;
        };
        if (!detail?.log.some((entry) => entry.summary === 'Called Seller Support, ticket 55 opened')) probe.lost(1);
        await popup.close();
      },
    );
  });

  it('while adding a disposal deadline in the popup: the form keeps what was typed, a retry saves it', async () => {
    await runFault(
      recorder,
      'storage.local.set rejects with QUOTA_BYTES in the popup (adding a disposal deadline)',
      async (probe) => {
        const popup = await openPopup(browser, 'Removal orders');
        await refuseWrites(popup, 'local', QUOTA_BYTES_ERROR);
        await popup.locator('#removal-units').fill('14');
        await popup.locator('#removal-sku').fill('NW-LAMP-QUOTA');
        await popup.locator('#removal-note').fill('Supplier recall R-88');
        await popup.getByRole('button', { name: 'Add deadline' }).click();
        await expect.poll(() => popup.locator('.removal-error[role="alert"]').count()).toBe(1);
        probe.note(`the message shown: "${await popup.locator('.removal-error').textContent()}"`);
        expect(await popup.locator('#removal-sku').inputValue()).toBe('NW-LAMP-QUOTA');
        expect(await popup.locator('#removal-note').inputValue()).toBe('Supplier recall R-88');
        probe.injected(await allowWrites(popup, 'local'));
        await popup.getByRole('button', { name: 'Add deadline' }).click();
        const item = popup.locator('[data-testid="removal-deadline"]').filter({ hasText: 'NW-LAMP-QUOTA' });
        const saved = await expect
          .poll(() => item.count())
          .toBe(1)
          .then(() => true)
          .catch(() => false);
        if (!saved) probe.lost(1);
        expect(await item.textContent()).toContain('Supplier recall R-88');
        await popup.close();
      },
    );
  });
});
