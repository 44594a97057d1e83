/**
 * Issue #13: the Plan of Action linter in the real workspace. It flagged "buyer lied" but missed
 * blame worded otherwise, a sentence pasted 60 times, and an Evidence section naming no proof.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, launchExtensionBrowser } from '../support/extension-browser';
import { screenshot } from '../support/screenshots';
import { openPoa, setUiLanguage } from '../support/ui';

let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await launchExtensionBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** The quoted text of every finding of one rule in one section. */
async function quoted(poa: Page, section: string, rule: string): Promise<string[]> {
  return poa.locator(`[data-section="${section}"][data-rule="${rule}"] .finding-span`).allTextContents();
}

describe('Plan of Action linter', () => {
  it('names blame however it is worded: a carrier at fault, a lost warehouse, customers abusing returns', async () => {
    const poa = await openPoa(browser, 'US');
    await poa
      .locator('#poa-root-cause')
      .fill(
        'Our late shipment rate reached 9%. The carrier was at fault for most delays. ' +
          "Amazon's warehouse lost our stock in March. Many customers abuse returns to get free goods.",
      );
    await expect
      .poll(() => quoted(poa, 'root-cause', 'blaming'))
      .toEqual(['The carrier was at fault', "Amazon's warehouse lost", 'customers abuse']);
    await screenshot(poa, 'poa-linter-blame-en');
    await poa.close();
  });

  it('reports a sentence pasted 60 times once, with the count', async () => {
    const poa = await openPoa(browser, 'US');
    const sentence = 'We apologise for the late shipments and have changed our process.';
    await poa.locator('#poa-acknowledgement').fill(Array.from({ length: 60 }, () => sentence).join(' '));
    const finding = poa.locator('[data-section="acknowledgement"][data-rule="repeated-sentence"]');
    await expect.poll(() => finding.count()).toBe(1);
    expect(await finding.locator('.finding-message').textContent()).toBe(
      'This sentence appears 60 times in this section.',
    );
    expect(await finding.locator('.finding-span').textContent()).toBe(sentence);
    await screenshot(poa, 'poa-linter-repeated-en');
    await poa.close();
  });

  it('asks which documents are attached when the Evidence section names none, until it does', async () => {
    const poa = await openPoa(browser, 'US');
    const evidence = poa.locator('#poa-evidence');
    await evidence.fill('We are confident that the new way of working is in place and works well.');
    const finding = poa.locator('[data-section="evidence"][data-rule="evidence-unnamed"]');
    await expect.poll(() => finding.count()).toBe(1);
    await evidence.fill('Attached are the new packing checklist and the shipping report for 1 to 14 May.');
    await expect.poll(() => finding.count()).toBe(0);
    await poa.close();
  });

  it('works the same on a plan written in Swedish, in the Swedish UI', async () => {
    await setUiLanguage(browser, 'sv');
    const poa = await openPoa(browser, 'SE');
    await poa
      .locator('#poa-root-cause')
      .fill('Sena leveranser på 9 %. Transportören bar skulden. Kunderna missbrukar returrätten.');
    await expect
      .poll(() => quoted(poa, 'root-cause', 'blaming'))
      .toEqual(['Transportören bar skulden', 'Kunderna missbrukar']);
    await poa.locator('#poa-evidence').fill('Vi är säkra på att det nya arbetssättet fungerar bra.');
    const unnamed = poa.locator('[data-section="evidence"][data-rule="evidence-unnamed"] .finding-message');
    await expect.poll(() => unnamed.textContent()).toBe('Avsnittet säger inte vilka dokument du bifogar.');
    await screenshot(poa, 'poa-linter-sv');
    await poa.close();
    await setUiLanguage(browser, 'en');
  });
});
