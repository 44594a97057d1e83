/**
 * Writes test/fixtures/storage/by-host.json: storage as the release before marketplace codes
 * (commit 48fe02d) leaves it, written through that release's own worker handlers and items.
 * Run once at that commit with SCC_WRITE_FIXTURE=1; kept here so the fixture's origin is on record.
 */
import { writeFileSync } from 'node:fs';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { registerAccountStateHandlers } from '@/entrypoints/background/account-state';
import { caseHandlers, casesIdle, registerCaseHandlers } from '@/entrypoints/background/cases';
import { dismissals } from '@/lib/account-state/items';
import { sendMessage } from '@/lib/messaging';
import { tabReports } from '@/lib/storage/items';

const T0 = Date.UTC(2026, 10, 20, 9, 0, 0);

it.runIf(process.env.SCC_WRITE_FIXTURE === '1')('writes the by-host storage fixture', async () => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en-US');
  vi.spyOn(fakeBrowser.action, 'openPopup').mockResolvedValue(undefined);
  registerAccountStateHandlers();
  registerCaseHandlers();
  let now = T0;
  vi.useFakeTimers({ toFake: ['Date'], now });
  const at = (minutes: number) => {
    now = T0 + minutes * 60_000;
    vi.setSystemTime(now);
  };
  const report = (host: string, path: string, kind: string, state: string | null, severity: string | null) =>
    sendMessage('reportAccountState', {
      host,
      url: `https://${host}${path}`,
      kind: kind as 'account-health',
      state: state as 'on-hold' | null,
      severity: severity as 'high' | null,
      why: null,
    });
  // Germany: held, then healthy again. Sweden: on hold. The UK: at risk.
  at(0);
  await report('sellercentral.amazon.de', '/performance/dashboard', 'account-health', 'on-hold', 'high');
  at(30);
  await report('sellercentral.amazon.se', '/home', 'home', 'on-hold', 'high');
  at(60);
  await report('sellercentral.amazon.de', '/performance/dashboard', 'account-health', null, null);
  at(90);
  await report('sellercentral.amazon.co.uk', '/performance/dashboard', 'account-health', 'at-risk', 'warning');
  // Japan on both of its hosts: under review on one, then verification required on the other, later.
  at(120);
  await report('sellercentral.amazon.co.jp', '/performance/dashboard', 'account-health', 'under-review', 'high');
  at(180);
  await report('sellercentral-japan.amazon.com', '/home', 'home', 'verification-required', 'critical');
  // Dismissed cards: Sweden, both Japanese hosts (the older one first).
  at(200);
  await sendMessage('dismissOverlay', { host: 'sellercentral.amazon.se', state: 'on-hold' });
  at(210);
  await sendMessage('dismissOverlay', { host: 'sellercentral.amazon.co.jp', state: 'under-review' });
  at(220);
  await sendMessage('dismissOverlay', { host: 'sellercentral-japan.amazon.com', state: 'verification-required' });
  // A host a newer release may know and this one does not: written straight, as such a release would.
  await dismissals.item('sellercentral.amazon.xx').set({ state: 'on-hold', at: now });
  // The overlay's "open checklist" on the UK.
  at(230);
  await sendMessage('openChecklist', { host: 'sellercentral.amazon.co.uk', checklist: 'prevention' });
  // What tabs reported (the worker needs a sender tab, which the fake cannot give a message).
  await tabReports.item('17').set({
    host: 'sellercentral-japan.amazon.com',
    kind: 'home',
    url: 'https://sellercentral-japan.amazon.com/home',
    at: now,
  });
  await tabReports.item('23').set({
    host: 'sellercentral.amazon.de',
    kind: 'account-health',
    url: 'https://sellercentral.amazon.de/performance/dashboard',
    at: now,
  });
  // Cases on two marketplaces: sync records keep their host.
  at(240);
  await caseHandlers.caseAdd({
    id: '20424098481',
    marketplace: 'sellercentral.amazon.de',
    topic: 'account-hold',
    title: 'Funds held',
  });
  await caseHandlers.caseAdd({
    id: '30000000001',
    marketplace: 'sellercentral-japan.amazon.com',
    topic: 'verification',
    title: '',
  });
  for (let i = 0; i < 4; i++) await casesIdle();
  const dump = {
    note: 'Storage as release 48fe02d writes it (marketplaces keyed by host). Written by test/unit/storage-fixture-gen/write-by-host.test.ts at that commit.',
    local: await fakeBrowser.storage.local.get(null),
    sync: await fakeBrowser.storage.sync.get(null),
    session: await fakeBrowser.storage.session.get(null),
  };
  writeFileSync('test/fixtures/storage/by-host.json', `${JSON.stringify(dump, null, 2)}\n`);
  vi.useRealTimers();
});
