/**
 * Issue #17's scenarios in real Chromium, shared by test/e2e/storage-forward.test.ts and the
 * reliability suite's fault rows (test/e2e/reliability/forward-compat-faults.test.ts).
 */
import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { ExtensionBrowser } from '../../support/extension-browser';
import { openCase, openPopup } from '../../support/ui';
import { readArea, sendProtocolMessage } from '../reliability/support/extension';

const NOTICE = 'Saved by a newer version of the extension: update to edit.';
const NEWER_ID = '30000000777';
const OTHER_ID = '30000000778';
const T = Date.UTC(2026, 10, 1);

const record = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  marketplace: 'sellercentral.amazon.de',
  topic: 'account-hold',
  title: `Case ${id} title`,
  status: 'open',
  createdAt: T,
  lastContactAt: T,
  lastSentAt: T,
  updatedAt: T,
  deleted: false,
  ...extra,
});

/** What a newer release leaves in sync: a version record above ours, fields and values we do not know. */
export const NEWER_SYNC = {
  settings: { language: 'ko', followUpHours: 48, digest: { weekly: true } },
  settings$: { v: 3 },
  [`case:${NEWER_ID}`]: record(NEWER_ID, {
    topic: 'brand-registry',
    labels: ['vip'],
    title: 'Saved on the newer laptop',
  }),
  [`case:${NEWER_ID}$`]: { v: 2 },
};

async function chooseFile(options: Page, name: string, text: string): Promise<void> {
  await options.getByLabel('Choose a backup file').setInputFiles({
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(text),
  });
}

/**
 * A newer-version case and settings in sync; the popup and the options page open, another case
 * is edited, a phrase added, an export taken. Returns how many newer values changed in sync.
 */
export async function newerValuesSurvive(browser: ExtensionBrowser): Promise<number> {
  await browser.setStorage('sync', { ...NEWER_SYNC, [`case:${OTHER_ID}`]: record(OTHER_ID) });
  const popup = await openPopup(browser, 'Cases');
  const newer = popup.getByTestId('newer-cases');
  await newer.waitFor();
  expect(await newer.textContent()).toContain(NOTICE);
  expect(await newer.locator(`[data-newer-case="${NEWER_ID}"]`).textContent()).toContain('Saved on the newer laptop');
  // The follow-up setting (settings a newer version saved) is read-only, with the notice.
  expect(await popup.locator('#follow-up-hours').isDisabled()).toBe(true);
  expect(await popup.getByTestId('follow-up-setting').textContent()).toContain(NOTICE);

  // Editing another case works as ever.
  await openCase(popup, OTHER_ID);
  await popup.locator('#case-status').selectOption('answered');
  await popup.getByTestId('case-details-form').getByRole('button', { name: 'Save', exact: true }).click();
  await expect
    .poll(async () => ((await readArea(popup, 'sync'))[`case:${OTHER_ID}`] as { status?: string })?.status, {
      timeout: 10_000,
    })
    .toBe('answered');
  await popup.getByRole('button', { name: '← All cases' }).click();

  // Saving the newer case's ID again is refused, and the seller is told why.
  await popup.getByRole('button', { name: 'Add case' }).click();
  await popup.getByLabel('Case ID, case link or the case summary').fill(NEWER_ID);
  // No Seller Central tab is in front and the ID carries no marketplace: the form asks for one.
  await popup.getByTestId('add-case-form').getByLabel('Marketplace').selectOption('US');
  await popup.getByTestId('add-case-form').getByRole('button', { name: 'Save', exact: true }).click();
  await expect
    .poll(() => popup.getByTestId('add-case-form').textContent())
    .toContain('a newer version of the extension saved this');
  await popup.close();

  const options = await browser.openOptions();
  await options.getByTestId('newer-values').waitFor();
  expect(await options.getByTestId('newer-values').getAttribute('data-count')).toBe('2');
  expect(await options.locator('#language').isDisabled()).toBe(true);
  expect(await options.locator('section[aria-labelledby="language-heading"]').textContent()).toContain(NOTICE);
  // Another synced setting of the seller's changes as ever.
  await options.getByLabel('Text to recognize').fill('payouts frozen pending review');
  await options.getByLabel('It means the account is').selectOption('on-hold');
  await options.getByRole('button', { name: 'Add phrase' }).click();
  await expect.poll(() => options.getByTestId('phrase-message').textContent()).toContain('Added');
  // An export carries the newer values as they are.
  const download = options.waitForEvent('download');
  await options.getByRole('button', { name: 'Export all data' }).click();
  const exported = JSON.parse(readFileSync((await (await download).path()) as string, 'utf8')) as {
    unreadable?: Array<{ key: string; value: unknown }>;
  };
  expect(exported.unreadable?.find((u) => u.key === 'sync:settings')?.value).toEqual(NEWER_SYNC.settings);
  expect(exported.unreadable?.find((u) => u.key === `sync:case:${NEWER_ID}`)?.value).toEqual(
    NEWER_SYNC[`case:${NEWER_ID}`],
  );

  const sync = await readArea(options, 'sync');
  const local = await readArea(options, 'local');
  expect(local.quarantine).toBeUndefined();
  await options.close();
  // The same data, every field and value (Chrome hands an object's keys back in its own order).
  return Object.entries(NEWER_SYNC).filter(([key, value]) => !isDeepStrictEqual(sync[key], value)).length;
}

/** A 19 MB backup whose notes cannot fit local storage: refused with its size, nothing written. */
export async function oversizedImportRefused(browser: ExtensionBrowser): Promise<void> {
  const notes = 'n'.repeat(1_900_000);
  const data: Record<string, unknown> = {};
  for (let i = 0; i < 10; i++) {
    const id = `4000000000${i}`;
    data[`local:caseDetail:${id}`] = { id, notes, notesUpdatedAt: T, log: [] };
  }
  const file = JSON.stringify({
    format: 'seller-central-companion/backup',
    version: 1,
    exportedAt: new Date(T).toISOString(),
    data,
  });
  expect(file.length).toBeGreaterThan(19_000_000);
  const options = await browser.openOptions();
  await options.getByTestId('backup-section').waitFor();
  await chooseFile(options, 'big.json', file);
  const preview = options.getByTestId('backup-preview');
  await preview.waitFor({ timeout: 30_000 });
  await preview.getByRole('button', { name: 'Import', exact: true }).click();
  const problem = options.getByTestId('backup-problem');
  await expect.poll(() => problem.textContent(), { timeout: 30_000 }).toContain('Nothing was imported');
  expect(await problem.textContent()).toMatch(/\d+(\.\d)? MB/);
  const local = await readArea(options, 'local');
  expect(Object.keys(local).filter((key) => key.startsWith('caseDetail:4000000000'))).toEqual([]);
  expect(local.importUndo).toBeUndefined();
  await options.close();
}

/** Export, delete the case, import the export: the preview offers it back. True when it came back. */
export async function deletedCaseRestored(browser: ExtensionBrowser, id = '30000000779'): Promise<boolean> {
  await browser.setStorage('sync', { [`case:${id}`]: record(id, { title: 'Restore me' }) });
  const options = await browser.openOptions();
  await options.getByTestId('backup-section').waitFor();
  const download = options.waitForEvent('download');
  await options.getByRole('button', { name: 'Export all data' }).click();
  const backup = readFileSync((await (await download).path()) as string, 'utf8');

  expect(await sendProtocolMessage(options, 'caseDelete', id)).toBe(true);
  await expect
    .poll(async () => ((await readArea(options, 'sync'))[`case:${id}`] as { deleted?: boolean })?.deleted, {
      timeout: 10_000,
    })
    .toBe(true);

  await chooseFile(options, 'backup.json', backup);
  const preview = options.getByTestId('backup-preview');
  await preview.waitFor();
  const offer = preview.locator(`[data-key="sync:case:${id}"]`);
  expect(await offer.textContent()).toMatch(/Deleted here on .+: restore\?/);
  await offer.getByLabel('Restore it from the file').check();
  const importButton = preview.getByRole('button', { name: 'Import', exact: true });
  expect(await importButton.isEnabled()).toBe(true);
  await importButton.click();
  await expect
    .poll(async () => ((await readArea(options, 'sync'))[`case:${id}`] as { deleted?: boolean })?.deleted, {
      timeout: 15_000,
    })
    .toBe(false);
  await options.close();
  const popup = await openPopup(browser, 'Cases');
  await expect.poll(() => popup.locator(`[data-case-id="${id}"]`).textContent()).toContain('Restore me');
  await popup.close();
  return ((await browser.storage('sync'))[`case:${id}`] as { deleted?: boolean })?.deleted === false;
}
