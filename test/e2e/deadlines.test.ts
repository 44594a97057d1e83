/**
 * Issue #18 in real Chromium: a notice that asks for a plan "innerhalb von 17 Tagen" shows its
 * day on the card (data-scc-deadline, in the page's language) and leaves three reminders planned
 * in the worker: 3 days, 1 day and 6 hours before. The state it brings is news, said once: the
 * badge counts it and the popup shows it until the seller has seen it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { marketplaceDay } from '@/lib/account-health/time-zones';
import { daysBetween } from '@/lib/calendar';
import { type ExtensionBrowser, editedFixture, launchExtensionBrowser } from '../support/extension-browser';
import { screenshot } from '../support/screenshots';

const URL_DE = 'https://sellercentral.amazon.de/gp/customer-experience/perf-notifications.html';
/** 7 December 2026, 10:00 in Berlin. */
const NOW = Date.UTC(2026, 11, 7, 9);
const HOUR = 3_600_000;
const ASKS = 'Bitte reichen Sie innerhalb von 17 Tagen einen Maßnahmenplan ein.';

function onHoldWithDeadline(): string {
  return editedFixture('detect/on-hold-de-legacy-notifications.html', [
    ['Sie können weiterhin verkaufen.', `Sie können weiterhin verkaufen. ${ASKS}`],
  ]);
}

let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await launchExtensionBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe('deadlines', () => {
  it('shows the day a notice asks for on the card and plans its reminders', async () => {
    await browser.setWorkerClock(NOW);
    await browser.serve(URL_DE, onHoldWithDeadline());
    const page = await browser.context.newPage();
    await page.goto(URL_DE);
    const host = page.locator('scc-account-state');
    await expect.poll(() => host.getAttribute('data-scc-deadline'), { timeout: 15_000 }).toBe('2026-12-24');
    expect(await host.getAttribute('data-scc-account-state')).toBe('on-hold');
    const onCard = host.locator('.deadline');
    expect(await onCard.textContent()).toBe('Frist: 24. Dezember 2026 (in 17 Tagen)');
    expect(await onCard.locator('time').getAttribute('datetime')).toBe('2026-12-24');
    await screenshot(page, 'overlay-deadline-de');

    const alarms = await browser.worker.evaluate(async () =>
      (await chrome.alarms.getAll())
        .filter((alarm) => alarm.name.startsWith('account-deadline:'))
        .map(({ name, scheduledTime }) => ({ name, scheduledTime }))
        .sort((a, b) => a.scheduledTime - b.scheduledTime),
    );
    const dueAt = NOW + 17 * 24 * HOUR;
    expect(alarms).toEqual([
      { name: 'account-deadline:DE:72', scheduledTime: dueAt - 72 * HOUR },
      { name: 'account-deadline:DE:24', scheduledTime: dueAt - 24 * HOUR },
      { name: 'account-deadline:DE:6', scheduledTime: dueAt - 6 * HOUR },
    ]);
    await page.close();

    // A marketplace entering a state is news: the badge counts it until the popup has shown it.
    await expect.poll(() => browser.worker.evaluate(() => chrome.action.getBadgeText({}))).toBe('1');

    // The Status tab counts the same day down, in the popup's language and the marketplace's calendar.
    const popup = await browser.openPopup();
    const news = popup.getByTestId('changes-since');
    await expect.poll(() => news.locator('li').count()).toBe(1);
    expect(await news.locator('li').textContent()).toMatch(/^Germany: now on hold · /);
    expect(await news.locator('li').getAttribute('data-change')).toBe('on-hold');
    const row = popup.locator('[data-testid="marketplace-states"] [data-scc-marketplace="DE"]');
    const line = row.getByTestId('marketplace-deadline');
    await expect.poll(() => line.count()).toBe(1);
    const daysLeft = daysBetween(marketplaceDay(Date.now(), 'DE'), '2026-12-24');
    expect(await line.locator('[data-days-left]').getAttribute('data-days-left')).toBe(String(daysLeft));
    expect(await line.textContent()).toMatch(/^Deadline: Dec 24, 2026 \(.+\)$/);
    await screenshot(popup, 'status-deadline-en');
    await popup.close();
    // Seen once: the count is gone, and the next popup leads with the tab again.
    await expect.poll(() => browser.worker.evaluate(() => chrome.action.getBadgeText({}))).toBe('');
    const again = await browser.openPopup();
    await again.getByTestId('marketplace-deadline').waitFor();
    expect(await again.getByTestId('changes-since').count()).toBe(0);
    await again.close();
  });

  it('lets the seller choose which changes become system notifications, kept in synced settings', async () => {
    const options = await browser.openOptions();
    const newStates = options.getByTestId('notifyNewStates');
    const ratingDrops = options.getByTestId('notifyRatingDrops');
    // The defaults: a new state is notified; a rating move and a policy count going up are not.
    await expect.poll(() => newStates.isChecked()).toBe(true);
    expect(await ratingDrops.isChecked()).toBe(false);
    expect(await options.getByTestId('notifyPolicyRises').isChecked()).toBe(false);
    expect(await options.getByText('Notify me when the Account Health Rating falls below 200 or 100').count()).toBe(1);
    await ratingDrops.check();
    await newStates.uncheck();
    await options.getByTestId('notifyPolicyRises').check();
    await expect
      .poll(async () => (await browser.storage('sync')).settings)
      .toMatchObject({ notifyNewStates: false, notifyRatingDrops: true, notifyPolicyRises: true });
    await options.reload();
    await expect.poll(() => options.getByTestId('notifyRatingDrops').isChecked()).toBe(true);
    expect(await options.getByTestId('notifyPolicyRises').isChecked()).toBe(true);
    expect(await options.getByTestId('notifyNewStates').isChecked()).toBe(false);
    await options.close();
  });
});

declare const chrome: {
  alarms: { getAll(): Promise<Array<{ name: string; scheduledTime: number }>> };
  action: { getBadgeText(details: object): Promise<string> };
};
