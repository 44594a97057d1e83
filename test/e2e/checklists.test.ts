import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe';
import { type ExtensionBrowser, launchExtensionBrowser } from '../support/extension-browser';
import { screenshot } from '../support/screenshots';
import { openPoa, openSellerCentral, setUiLanguage } from '../support/ui';

let browser: ExtensionBrowser;

const SE_HOME = 'https://sellercentral.amazon.se/home';

import { CHECKLIST_IDS } from '@/lib/checklists/types';

const CASE_ID = '12345678901';

beforeAll(async () => {
  browser = await launchExtensionBrowser();
  await browser.serveFixture(SE_HOME, 'home-sv.html');
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
});

afterAll(async () => {
  await browser?.close();
});

/** The popup at its real width, on the Checklists tab. */
async function openChecklists(tabName = 'Checklists'): Promise<Page> {
  const popup = await browser.openPopup();
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.getByRole('tab', { name: tabName }).click();
  await expect.poll(() => popup.locator('section.checklists').count()).toBe(1);
  return popup;
}

const progressOf = async (key: string) =>
  ((await browser.storage('sync'))[key] as { done: Record<string, number> } | undefined)?.done ?? null;

describe('Checklists tab', () => {
  it('ticks items, keeps them when the popup is closed and reopened, in sync storage', async () => {
    const page = await openSellerCentral(browser, SE_HOME);
    await expect.poll(async () => Object.keys(await browser.storage('session')).length).toBeGreaterThan(0);
    let popup = await openChecklists();
    await expect.poll(() => popup.locator('section.checklists').getAttribute('data-market')).toBe('SE');
    await popup.locator('[data-checklist="hold"]').click();
    await popup.getByLabel('Read the notice from Amazon').check();
    await popup.getByLabel('Open Account Health').check();
    await expect.poll(() => popup.getByTestId('checklist-progress').textContent()).toBe('2 of 6 done');
    expect(await popup.locator('[data-item="read-notice"] time').textContent()).toMatch(/^Ticked /);
    expect(await popup.locator('[data-item="check-health"] a').getAttribute('href')).toBe(
      'https://sellercentral.amazon.se/performance/dashboard',
    );
    expect(await popup.getByRole('progressbar', { name: 'Checklist progress' }).getAttribute('value')).toBe('2');
    await expect
      .poll(async () => Object.keys((await progressOf('progress:SE:hold')) ?? {}).sort())
      .toEqual(['check-health', 'read-notice']);
    await popup.close();

    popup = await openChecklists();
    await popup.locator('[data-checklist="hold"]').click();
    await expect.poll(() => popup.getByTestId('checklist-progress').textContent()).toBe('2 of 6 done');
    expect(await popup.getByLabel('Read the notice from Amazon').isChecked()).toBe(true);
    expect(await popup.getByLabel('Write down the exact cause').isChecked()).toBe(false);
    expect(await popup.locator('[data-checklist="hold"]').textContent()).toContain('2 of 6 done');
    await popup.close();
    await page.close();
  });

  it('says an item ticked moments after the tab opened was ticked now, never "in 3 seconds"', async () => {
    const page = await openSellerCentral(browser, SE_HOME);
    await expect.poll(async () => Object.keys(await browser.storage('session')).length).toBeGreaterThan(0);
    const popup = await openChecklists();
    await popup.locator('[data-checklist="prevention"]').click();
    // The row's clock was read when the tab opened; it is refreshed every 30 s.
    await popup.waitForTimeout(2500);
    const first = popup.locator('[data-open-checklist] input[type="checkbox"]').first();
    await first.check();
    const ticked = popup.locator('[data-open-checklist] .ticked time').first();
    await expect.poll(() => ticked.textContent()).toBe('Ticked now');
    await first.uncheck();
    // Closing the popup before the untick is stored would leave the tick for the next test.
    await expect.poll(async () => Object.keys((await progressOf('progress:SE:prevention')) ?? {})).toEqual([]);
    await popup.close();
    await page.close();
  });

  it('opens the checklist for the last detected state, with no Seller Central tab open', async () => {
    const now = Date.now();
    await browser.setStorage('local', {
      'accountState:DE': {
        marketplace: 'DE',
        state: 'deactivated',
        severity: 'critical',
        firstSeen: now - 3_600_000,
        lastSeen: now,
        url: 'https://sellercentral.amazon.de/performance/dashboard',
      },
    });
    const popup = await openChecklists();
    await expect.poll(() => popup.locator('section.checklists').getAttribute('data-market')).toBe('DE');
    expect(await popup.locator('[data-checklist="deactivated"]').getAttribute('aria-current')).toBe('true');
    expect(await popup.locator('.checklist .suggested').textContent()).toBe(
      'Matches what Seller Central showed on sellercentral.amazon.de',
    );
    expect(await popup.locator('[data-item="submit-appeal"] a').getAttribute('href')).toBe(
      'https://sellercentral.amazon.de/performance/dashboard',
    );
    expect(await axeViolations(popup)).toEqual([]);
    await popup.close();
  });

  it('screenshots each checklist, in English and Swedish', async () => {
    const popup = await openChecklists();
    await popup.getByLabel('Marketplace').selectOption('SE');
    for (const id of CHECKLIST_IDS) {
      await popup.locator(`[data-checklist="${id}"]`).click();
      await expect.poll(() => popup.locator('[data-open-checklist]').getAttribute('data-open-checklist')).toBe(id);
      await popup.locator('.check-item details summary').first().click();
      await screenshot(popup, `popup-checklist-${id}-en`);
    }
    await popup.emulateMedia({ colorScheme: 'dark' });
    await popup.locator('[data-checklist="hold"]').click();
    await screenshot(popup, 'popup-checklist-hold-en-dark');
    await popup.close();

    await setUiLanguage(browser, 'sv');
    const sv = await openChecklists('Checklistor');
    for (const id of ['hold', 'deactivated'] as const) {
      await sv.locator(`[data-checklist="${id}"]`).click();
      await expect.poll(() => sv.locator('[data-open-checklist]').getAttribute('data-open-checklist')).toBe(id);
      await screenshot(sv, `popup-checklist-${id}-sv`);
    }
    expect(await sv.getByTestId('checklist-progress').textContent()).toMatch(/^\d+ av \d+ klara$/);
    await sv.close();
    await setUiLanguage(browser, 'en');
  });

  it('exports Markdown with the case timeline: copied to the clipboard and downloaded', async () => {
    const now = Date.now();
    await browser.setStorage('sync', {
      [`case:${CASE_ID}`]: {
        id: CASE_ID,
        marketplace: 'sellercentral.amazon.se',
        topic: 'account-hold',
        title: 'Funds held',
        status: 'answered',
        createdAt: now - 86_400_000,
        lastContactAt: now - 3_600_000,
        lastSentAt: now - 86_400_000,
        updatedAt: now - 3_600_000,
        deleted: false,
      },
      [`case:${CASE_ID}$`]: { v: 1 },
    });
    await browser.setStorage('local', {
      [`caseDetail:${CASE_ID}`]: {
        id: CASE_ID,
        notes: '',
        notesUpdatedAt: 0,
        log: [
          {
            id: 'e1',
            at: now - 3_600_000,
            direction: 'received',
            channel: 'case-log',
            summary: 'Please send supplier invoices',
            updatedAt: now - 3_600_000,
          },
        ],
      },
      [`caseDetail:${CASE_ID}$`]: { v: 1 },
      'ratingHistory:SE': {
        days: [{ day: '2026-03-02', at: Date.UTC(2026, 2, 2, 9), rating: 150, status: 'at-risk' }],
        months: [],
      },
      'ratingHistory:SE$': { v: 1 },
      accountStateHistory: [
        { marketplace: 'SE', state: 'on-hold', at: Date.UTC(2026, 2, 1, 9) },
        { marketplace: 'DE', state: 'deactivated', at: Date.UTC(2026, 2, 1, 9) },
      ],
      accountStateHistory$: { v: 2 },
    });
    const popup = await openChecklists();
    await popup.getByLabel('Marketplace').selectOption('SE');
    await popup.locator('[data-checklist="hold"]').click();
    await expect.poll(() => popup.getByTestId('export-timeline').textContent()).toBe('Includes the case timeline (1)');

    await popup.getByRole('button', { name: 'Copy as Markdown' }).click();
    await expect.poll(() => popup.locator('.checklist-export [role="status"]').textContent()).toBe('Copied');
    const copied = await popup.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain('# Account on hold');
    expect(copied).toContain('- Marketplace: sellercentral.amazon.se');
    expect(copied).toContain('- [x] **Read the notice from Amazon** (ticked ');
    expect(copied).toContain('- [ ] **Write down the exact cause** (not done yet)');
    expect(copied).toContain('## Case timeline');
    expect(copied).toContain(`case ${CASE_ID}, sent: Account on hold: Funds held`);
    expect(copied).toContain(`case ${CASE_ID}, received: Please send supplier invoices`);
    // The marketplace's own history, and only its own.
    expect(copied).toContain('## Account history');
    expect(copied).toMatch(/^- Mar 1, 2026, .+: on hold$/m);
    expect(copied).not.toMatch(/: deactivated$/m);
    expect(copied).toContain('| Mar 2, 2026 | 150 | At risk |');

    const downloading = popup.waitForEvent('download');
    await popup.getByRole('button', { name: 'Download (.md)' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^checklist-hold-sellercentral\.amazon\.se-\d{4}-\d{2}-\d{2}\.md$/);
    const file = readFileSync((await download.path()) as string, 'utf8');
    const withoutTime = (text: string) => text.replace(/^- Generated: .*$/m, '');
    expect(withoutTime(file)).toBe(withoutTime(copied));
    await popup.close();
  });

  it('resets after asking, and only then', async () => {
    const popup = await openChecklists();
    await popup.getByLabel('Marketplace').selectOption('SE');
    await popup.locator('[data-checklist="hold"]').click();
    await expect.poll(() => popup.getByTestId('checklist-progress').textContent()).toBe('2 of 6 done');
    const question = 'Clear every tick in this checklist for sellercentral.amazon.se?';

    await popup.locator('.reset-row').getByRole('button', { name: 'Reset' }).click();
    const confirm = popup.getByRole('group', { name: question });
    await expect.poll(() => popup.evaluate(() => document.activeElement?.textContent)).toBe('Cancel');
    await screenshot(popup, 'popup-checklist-reset-confirm-en');
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    expect(await popup.getByTestId('checklist-progress').textContent()).toBe('2 of 6 done');

    await popup.locator('.reset-row').getByRole('button', { name: 'Reset' }).click();
    await confirm.getByRole('button', { name: 'Reset' }).click();
    await expect.poll(() => popup.getByTestId('checklist-progress').textContent()).toBe('0 of 6 done');
    await expect.poll(() => progressOf('progress:SE:hold')).toEqual({});
    await popup.close();
  });

  it('says so when sync storage is full and the progress stays on this device', async () => {
    // Fill the sync area to within a few bytes of its quota.
    const fillers = await browser.worker.evaluate(async () => {
      const quota = chrome.storage.sync.QUOTA_BYTES;
      let free = quota - (await chrome.storage.sync.getBytesInUse(null));
      const items: Record<string, string> = {};
      for (let i = 0; free > 12; i += 1) {
        const key = `filler${String(i).padStart(3, '0')}`;
        const size = Math.min(8_000, free - 4 - key.length - 2);
        items[key] = 'x'.repeat(Math.max(0, size));
        free -= key.length + Math.max(0, size) + 2;
      }
      await chrome.storage.sync.set(items);
      return Object.keys(items);
    });
    const popup = await openChecklists();
    await popup.getByLabel('Marketplace').selectOption('SE');
    await popup.locator('[data-checklist="while-on-hold"]').click();
    await popup.getByLabel('Fulfil every outstanding order').check();
    await expect.poll(() => popup.getByTestId('progress-stored-locally').isVisible()).toBe(true);
    expect(Object.keys((await browser.storage('local'))['syncFallback:progress:SE:while-on-hold'] as object)).toEqual([
      'done',
    ]);
    await screenshot(popup, 'popup-checklist-stored-locally-en');

    await browser.worker.evaluate((keys) => chrome.storage.sync.remove(keys), fillers);
    await popup.getByLabel('Keep answering buyers').check();
    await expect.poll(() => popup.getByTestId('progress-stored-locally').count()).toBe(0);
    expect(Object.keys((await progressOf('progress:SE:while-on-hold')) ?? {}).sort()).toEqual([
      'answer-buyers',
      'fulfil-orders',
    ]);
    await popup.close();
  });

  it('works from the keyboard, with a visible focus ring', async () => {
    const popup = await openChecklists();
    await popup.getByLabel('Marketplace').selectOption('SE');
    const pick = popup.locator('[data-checklist="prevention"]');
    await pick.focus();
    await popup.keyboard.press('Enter');
    await expect.poll(() => pick.getAttribute('aria-current')).toBe('true');
    await expect.poll(() => popup.getByTestId('checklist-progress').textContent()).toBe('0 of 7 done');
    const first = popup.locator('.check-items input[type="checkbox"]').first();
    await first.focus();
    await popup.keyboard.press('Space');
    await expect.poll(() => popup.getByTestId('checklist-progress').textContent()).toBe('1 of 7 done');
    await popup.keyboard.press('Tab');
    const focused = await popup.evaluate(() => {
      const element = document.activeElement as HTMLElement;
      return { tag: element.tagName, outline: getComputedStyle(element).outlineStyle };
    });
    expect(focused).toEqual({ tag: 'A', outline: 'solid' });
    await first.focus();
    await popup.keyboard.press('Space');
    await expect.poll(() => popup.getByTestId('checklist-progress').textContent()).toBe('0 of 7 done');
    await popup.close();
  });

  it('opens the Plan of Action workspace for the marketplace in a tab', async () => {
    const popup = await openChecklists();
    await popup.getByLabel('Marketplace').selectOption('SE');
    const [workspace] = await Promise.all([
      browser.context.waitForEvent('page'),
      popup
        .locator('section.checklists > p')
        .getByRole('button', { name: 'Open the Plan of Action workspace' })
        .click(),
    ]);
    await workspace.waitForLoadState();
    expect(new URL(workspace.url()).pathname).toBe('/poa.html');
    expect(new URL(workspace.url()).searchParams.get('market')).toBe('SE');
    await workspace.close();
    await popup.close();
  });
});

describe('Plan of Action workspace', () => {
  const GOOD = {
    acknowledgement: 'Amazon deactivated our account on 2 May for a late shipment rate of 6.1 %.',
    'root-cause': 'Our carrier pickups were booked by hand; 41 orders in April shipped late.',
    'immediate-actions': 'Since 5 May all pickups are booked in ShipStation each morning at 9:00.',
    'preventive-measures': 'Our warehouse lead has checked the late shipment rate every Monday since 6 May.',
    evidence: 'Attached: the ShipStation schedule and the weekly report of 13 May.',
  } as const;

  it('shows the vague-promise finding while typing, and keeps the draft across a reload', async () => {
    const poa = await openPoa(browser, 'SE');
    const actions = poa.getByLabel('Immediate actions taken');
    await actions.pressSequentially('We will improve quality control.');
    const finding = poa.locator('[data-rule="vague-promise"]').first();
    await expect.poll(() => finding.count()).toBe(1);
    expect(await finding.getAttribute('data-section')).toBe('immediate-actions');
    expect(await finding.locator('.severity').textContent()).toBe('Should fix');
    expect(await finding.locator('.finding-span').textContent()).toBe('improve quality control');
    expect(await finding.locator('.finding-fix').textContent()).toMatch(/^Fix: /);

    await finding.getByRole('button', { name: 'Show in the text' }).click();
    expect(
      await poa.evaluate(() => {
        const area = document.activeElement as HTMLTextAreaElement;
        return [area.id, area.value.slice(area.selectionStart, area.selectionEnd)];
      }),
    ).toEqual(['poa-immediate-actions', 'improve quality control']);

    await expect.poll(() => poa.getByTestId('poa-saved').textContent()).toMatch(/^Saved /);
    expect(((await browser.storage('local'))['poa:SE'] as { sections: Record<string, string> }).sections).toMatchObject(
      { 'immediate-actions': 'We will improve quality control.', acknowledgement: '' },
    );
    await screenshot(poa, 'poa-workspace-vague-en');
    await poa.reload();
    await expect.poll(() => poa.locator('.poa-layout').getAttribute('data-loaded')).toBe('true');
    expect(await actions.inputValue()).toBe('We will improve quality control.');
    await expect.poll(() => poa.locator('[data-rule="vague-promise"]').count()).toBe(1);
    expect(await axeViolations(poa)).toEqual([]);
    await poa.close();
  });

  it('copies the plan as plain text with headings in order, and clears it after asking', async () => {
    const poa = await openPoa(browser, 'SE');
    for (const [id, text] of Object.entries(GOOD)) await poa.locator(`#poa-${id}`).fill(text);
    await expect.poll(() => poa.getByTestId('poa-length').textContent()).toMatch(/^\d+ of 550 words, \d+ left$/);
    await expect.poll(() => poa.locator('[data-rule="vague-promise"]').count()).toBe(0);
    await screenshot(poa, 'poa-workspace-en');
    await poa.emulateMedia({ colorScheme: 'dark' });
    await screenshot(poa, 'poa-workspace-en-dark');
    await poa.emulateMedia({ colorScheme: 'light' });

    await poa.getByRole('button', { name: 'Copy as plain text' }).click();
    await expect.poll(() => poa.locator('.poa-tools [role="status"]').textContent()).toBe('Copied');
    const copied = await poa.evaluate(() => navigator.clipboard.readText());
    const headings = [
      'Acknowledgement of the issue',
      'Root cause',
      'Immediate actions taken',
      'Long-term preventive measures',
      'Evidence that the changes are in place',
    ];
    const positions = headings.map((heading) => copied.indexOf(`${heading}\n`));
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(copied).toContain(GOOD['root-cause']);

    await poa.getByRole('button', { name: 'Clear draft' }).click();
    const confirm = poa.getByRole('group', { name: 'Delete this draft for SE?' });
    await confirm.getByRole('button', { name: 'Clear draft' }).click();
    await expect.poll(() => poa.locator('#poa-root-cause').inputValue()).toBe('');
    await expect.poll(async () => (await browser.storage('local'))['poa:SE'] ?? null).toBeNull();
    await poa.close();
  });

  it('stays responsive with a 100 KB paste of emoji, right-to-left text and HTML, and saves it whole', async () => {
    const poa = await openPoa(browser, 'DE');
    await poa.evaluate(() => {
      const w = window as unknown as { longTasks: number[] };
      w.longTasks = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) w.longTasks.push(entry.duration);
      }).observe({ type: 'longtask' });
    });
    const chunk =
      'We will improve quality control <img src=x onerror="document.title=\'pwned\'"> مرحبا بالعالم 👨‍👩‍👧 \u202Eevil\u202C. ';
    const big = chunk.repeat(Math.ceil(100_000 / chunk.length));
    const evidence = poa.getByLabel('Evidence that the changes are in place');
    await evidence.focus();
    const pasteStart = Date.now();
    await poa.keyboard.insertText(big);
    const pasteMs = Date.now() - pasteStart;
    const typeStart = Date.now();
    await poa.keyboard.type(' ok');
    const typeMs = Date.now() - typeStart;
    await expect.poll(() => poa.locator('.poa-findings').getAttribute('aria-busy'), { timeout: 10_000 }).toBe('false');
    await expect.poll(() => poa.locator('[data-section="evidence"][data-rule="vague-promise"]').count()).toBe(20);
    const timings = await poa.evaluate(() => ({
      lint: Math.max(...performance.getEntriesByName('scc:poa-lint').map((entry) => entry.duration)),
      longestTask: Math.max(0, ...(window as unknown as { longTasks: number[] }).longTasks),
    }));
    // The same paste and keys in a bare text area: what the browser itself needs for 100 KB of text.
    await poa.evaluate(() => {
      const bare = document.createElement('textarea');
      bare.id = 'bare';
      bare.dir = 'auto';
      bare.rows = 6;
      document.querySelector('.poa-editor')?.append(bare);
    });
    await poa.locator('#bare').focus();
    await poa.keyboard.insertText(big);
    const bareStart = Date.now();
    await poa.keyboard.type(' ok');
    const bareMs = Date.now() - bareStart;
    await poa.evaluate(() => document.getElementById('bare')?.remove());
    console.log(
      `100 KB paste: insert ${pasteMs} ms, 3 keys ${typeMs} ms (bare text area ${bareMs} ms), ` +
        `lint ${timings.lint.toFixed(1)} ms, longest task ${timings.longestTask.toFixed(0)} ms`,
    );
    expect(timings.lint).toBeLessThan(300);
    expect(timings.longestTask).toBeLessThan(1_000);
    expect(typeMs).toBeLessThan(bareMs * 1.5 + 250);

    // Rendered as text: the markup made no element and ran nothing.
    expect(await poa.locator('.poa img').count()).toBe(0);
    expect(await poa.title()).not.toBe('pwned');
    await expect
      .poll(
        async () =>
          ((await browser.storage('local'))['poa:DE'] as { sections: Record<string, string> } | undefined)?.sections
            .evidence,
      )
      .toBe(`${big} ok`);
    await screenshot(poa, 'poa-workspace-paste-en');
    await poa.close();
  });

  it('works in Swedish', async () => {
    await setUiLanguage(browser, 'sv');
    const poa = await openPoa(browser, 'SE');
    await expect.poll(() => poa.locator('h1').textContent()).toBe('Handlingsplan');
    const actions = poa.locator('#poa-immediate-actions');
    await actions.fill('Vi kommer att förbättra kvalitetskontrollen.');
    const finding = poa.locator('[data-rule="vague-promise"]').first();
    await expect.poll(() => finding.count()).toBe(1);
    expect(await finding.locator('.severity').textContent()).toBe('Bör rättas');
    expect(await poa.getByTestId('poa-length').textContent()).toMatch(/\d/);
    await screenshot(poa, 'poa-workspace-sv');
    await poa.close();
    await setUiLanguage(browser, 'en');
  });
});

declare const chrome: {
  storage: {
    sync: {
      QUOTA_BYTES: number;
      getBytesInUse(keys: null): Promise<number>;
      set(items: Record<string, unknown>): Promise<void>;
      remove(keys: string[]): Promise<void>;
    };
  };
};
