/**
 * Issue #17 in real Chromium: values a newer version of the extension saved in sync survive
 * this version's popup and options page unchanged, and the seller is told why they cannot be
 * edited; an import too large for local storage says so; a deleted case comes back from a backup.
 * The scenarios are in support/storage-forward-scenarios.ts (the reliability suite runs them as faults).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, launchExtensionBrowser } from '../support/extension-browser';
import { deletedCaseRestored, newerValuesSurvive, oversizedImportRefused } from './support/storage-forward-scenarios';

let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await launchExtensionBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe('values a newer version saved in sync', () => {
  it('stay unchanged through the popup and the options page, and the seller sees why', async () => {
    expect(await newerValuesSurvive(browser)).toBe(0);
  });
});

describe('imports', () => {
  it('a 19 MB backup that does not fit local storage is refused with its size and the limit, nothing written', async () => {
    await oversizedImportRefused(browser);
  });

  it('a case deleted here is offered for restore from a backup, and comes back', async () => {
    expect(await deletedCaseRestored(browser)).toBe(true);
  });
});
