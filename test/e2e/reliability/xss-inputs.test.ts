/**
 * The XSS payload corpus pushed through every place a seller types or imports text: the case
 * form (pasted ID, title), the case editor (notes, log), seller phrases, the Plan of Action,
 * the removal quick check, disposal deadlines, a backup file and a removal report. Nothing may
 * run or become markup, and the text must show exactly as entered wherever it is shown.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanPhrase } from '@/lib/account-state/user-phrases';
import { type ExtensionBrowser, launchExtensionBrowser } from '../../support/extension-browser';
import { reliabilityRecorder } from '../../support/reliability-output';
import { everyListedOrder } from '../../support/removal-list';
import { openPoa, openPopup } from '../../support/ui';
import { readArea } from './support/extension';
import { bannerPage } from './support/pages';
import { loadPayloads, type Payload } from './support/payloads';
import { Tripwire } from './support/tripwire';
import { runXssPaths, XssPath } from './support/xss-path';

const recorder = reliabilityRecorder('xss-inputs');
const PAYLOADS = loadPayloads();
let browser: ExtensionBrowser;
let tripwire: Tripwire;

beforeAll(async () => {
  browser = await launchExtensionBrowser();
  tripwire = await Tripwire.install(browser.context);
});

afterAll(async () => {
  recorder.flush();
  await browser?.close();
});

const path = (name: string) => new XssPath(name, tripwire);
const caseIdFor = (payload: Payload, base: number) => String(base + payload.id);

describe('the tripwire', () => {
  it('catches a payload that runs in a page, one CSP blocks on an extension page, and a dialog', async () => {
    const url = 'https://sellercentral.amazon.com/home?tripwire-control';
    await browser.serve(url, bannerPage('Nothing to see'));
    const page = await browser.context.newPage();
    await page.goto(url);
    expect(await Tripwire.armed(page)).toBe(true);
    await page.evaluate(() => {
      const box = document.createElement('div');
      box.innerHTML = '<img src=x onerror="top.__xss(901)">';
      document.body.append(box);
      setTimeout(() => alert('902'), 0);
    });
    await page.waitForTimeout(300);
    expect([...(await tripwire.collect(page)).ids].sort()).toEqual(['901', '902']);
    await page.close();

    const options = await browser.openOptions();
    expect(await Tripwire.armed(options)).toBe(true);
    await options.evaluate(() => {
      const image = document.createElement('img');
      image.setAttribute('onerror', 'top.__xss(903)');
      image.src = 'x';
      document.body.append(image);
    });
    await options.waitForTimeout(300);
    // CSP blocks the handler and reports it without a sample; the element itself names the payload.
    const signals = await tripwire.collect(options);
    expect(signals.ids.has('903')).toBe(true);
    expect(signals.evidence.some((entry) => entry.startsWith('csp'))).toBe(true);
    await options.close();
  });
});

describe('user input paths', () => {
  it('case form and editor: pasted ID, title, notes, log summary', async () => {
    const pasted = path('pasted case ID text (popup, add case form)');
    const title = path('case title (popup, add case form, case list, editor)');
    const notes = path('case notes (popup, case editor)');
    const log = path('case log summary (popup, case editor)');
    await runXssPaths(recorder, [pasted, title, notes, log], async () => {
      const popup = await openPopup(browser, 'Cases');
      for (const payload of PAYLOADS) {
        const id = caseIdFor(payload, 33_000_000_000);
        await popup.getByRole('button', { name: 'Add case' }).click();
        const paste = popup.locator('#case-paste');
        await paste.fill(`Case ID: ${id}\n${payload.text}`);
        pasted.tried(payload);
        const candidate = popup.locator(`input[name="case-candidate"][value="${id}"]`);
        if ((await candidate.count()) > 0) await candidate.check();
        await popup.locator('#case-add-title').fill(payload.text);
        title.tried(payload);
        const typedTitle = await popup.locator('#case-add-title').inputValue();
        await pasted.check(popup);
        await popup.locator('#case-add-marketplace').selectOption('DE');
        await popup.getByTestId('add-case-form').getByRole('button', { name: 'Save', exact: true }).click();
        await expect.poll(() => popup.getByTestId('case-editor').getAttribute('data-case-id')).toBe(id);
        const shownTitle = await popup.locator('#case-title').inputValue();
        if (shownTitle !== typedTitle) title.misshown(payload, `editor shows ${JSON.stringify(shownTitle)}`);

        const notesArea = popup.locator('#case-notes');
        await notesArea.fill(payload.text);
        notes.tried(payload);
        const typedNotes = await notesArea.inputValue();
        await popup.getByRole('button', { name: 'Save notes' }).click();
        await expect.poll(() => popup.getByTestId('case-editor-status').textContent()).toBe('Notes saved.');
        // The notes form is drawn again from storage once the save is stored.
        await expect
          .poll(async () => ((await readArea(popup, 'local'))[`caseDetail:${id}`] as { notes?: string })?.notes)
          .toBe(typedNotes);
        await popup.waitForTimeout(50);
        if ((await notesArea.inputValue()) !== typedNotes) notes.misshown(payload, 'notes changed after saving');
        await notes.check(popup);

        const summary = popup.locator('#log-summary');
        await summary.fill(payload.text);
        log.tried(payload);
        const typedSummary = (await summary.inputValue()).trim();
        await popup.getByRole('button', { name: 'Add to log' }).click();
        const entry = popup.locator('[data-testid="case-log"] .summary');
        await expect.poll(() => entry.count()).toBe(1);
        if ((await entry.textContent()) !== typedSummary) log.misshown(payload, 'log entry differs');
        await log.check(popup);

        await popup.getByRole('button', { name: '← All cases' }).click();
        const row = popup.locator(`[data-case-id="${id}"] .case-title`);
        const rowText = (await row.textContent()) ?? '';
        if (!rowText.startsWith(typedTitle))
          title.misshown(payload, `list shows ${JSON.stringify(rowText.slice(0, 120))}`);
        await title.check(popup);
      }
      await popup.close();
    });
  }, 300_000);

  it('seller phrases: listed as typed on the options page, matched as plain text on Seller Central', async () => {
    const phrase = path('seller phrase (options page)');
    const matched = path('seller phrases in the content script (Seller Central page)');
    await runXssPaths(recorder, [phrase, matched], async () => {
      const options = await browser.openOptions();
      const accepted: string[] = [];
      for (const payload of PAYLOADS) {
        await options.locator('#phrase-text').fill(payload.text);
        phrase.tried(payload);
        const expected = cleanPhrase(await options.locator('#phrase-text').inputValue());
        await options.getByRole('button', { name: 'Add phrase' }).click();
        if (expected.length >= 4 && expected.length <= 200) {
          const shown = await expect
            .poll(() => options.locator('[data-testid="user-phrases"] q').allTextContents())
            .toContain(expected)
            .then(() => true)
            .catch(() => false);
          if (!shown) phrase.misshown(payload, 'not listed as typed');
          else accepted.push(expected);
        } else {
          await expect.poll(() => options.getByTestId('phrase-message').textContent()).toContain('characters');
        }
        await phrase.check(options);
      }
      await options.close();

      // Every accepted phrase is in the content script's matcher; the page quotes one of them.
      const url = 'https://sellercentral.amazon.de/home?seller-phrases';
      const quoted = accepted[0] ?? '';
      await browser.serve(url, bannerPage(`Hinweis: ${quoted}`));
      const page = await browser.context.newPage();
      await page.goto(url);
      for (const payload of PAYLOADS) if (accepted.includes(cleanPhrase(payload.text))) matched.tried(payload);
      await expect
        .poll(() => page.locator('[data-scc-account-state]').getAttribute('data-scc-account-state'), {
          timeout: 10_000,
        })
        .toBe('on-hold');
      await matched.check(page);
      await page.close();
    });
  }, 180_000);

  it('Plan of Action: section text and the findings that quote it', async () => {
    const poaPath = path('Plan of Action sections and findings (poa page)');
    await runXssPaths(recorder, [poaPath], async () => {
      const poa = await openPoa(browser, 'SE');
      const sections = ['acknowledgement', 'root-cause', 'immediate-actions', 'preventive-measures', 'evidence'];
      for (let start = 0; start < PAYLOADS.length; start += sections.length) {
        const round = PAYLOADS.slice(start, start + sections.length);
        const typed: string[] = [];
        for (const [index, payload] of round.entries()) {
          const area = poa.locator(`#poa-${sections[index]}`);
          await area.fill(payload.text);
          poaPath.tried(payload);
          typed.push(await area.inputValue());
        }
        await expect
          .poll(() => poa.locator('.poa-findings').getAttribute('aria-busy'), { timeout: 10_000 })
          .toBe('false');
        await expect.poll(() => poa.getByTestId('poa-saved').textContent(), { timeout: 10_000 }).toMatch(/^Saved /);
        const flat = typed.map((text) => text.replace(/\s+/g, ' '));
        for (const quote of await poa.locator('.finding-span').allTextContents()) {
          const literal = quote.replace(/…$/, '');
          if (!flat.some((text) => text.includes(literal)))
            poaPath.misshown(round[0] as Payload, `finding quotes ${JSON.stringify(quote.slice(0, 80))}`);
        }
        const storedSections = async () =>
          ((await readArea(poa, 'local'))['poa:SE'] as { sections: Record<string, string> } | undefined)?.sections ??
          {};
        const allStored = await expect
          .poll(async () => {
            const stored = await storedSections();
            return round.every((_, index) => stored[sections[index] as string] === typed[index]);
          })
          .toBe(true)
          .then(() => true)
          .catch(() => false);
        for (const [index, payload] of round.entries()) {
          if ((await poa.locator(`#poa-${sections[index]}`).inputValue()) !== typed[index])
            poaPath.misshown(payload, 'section text changed');
          if (!allStored && (await storedSections())[sections[index] as string] !== typed[index])
            poaPath.misshown(payload, 'stored differently');
        }
        await poaPath.check(poa);
      }
      await poa.close();
    });
  }, 180_000);

  it('Removal orders tab: quick check, disposal SKU and note', async () => {
    const quick = path('removal quick check (popup, Removal orders tab)');
    const sku = path('disposal deadline SKU (popup, Removal orders tab)');
    const note = path('disposal deadline note (popup, Removal orders tab)');
    await runXssPaths(recorder, [quick, sku, note], async () => {
      const popup = await openPopup(browser, 'Removal orders');
      const input = popup.locator('#removal-check-status');
      for (const payload of PAYLOADS) {
        await input.fill(payload.text);
        quick.tried(payload);
        await popup.locator('[data-testid="removal-verdict"] .card').waitFor();
        if ((await input.inputValue()) !== payload.text) quick.misshown(payload, 'input changed');
        await quick.check(popup);

        await popup.locator('#removal-sku').fill(payload.text);
        await popup.locator('#removal-note').fill(payload.text);
        sku.tried(payload);
        note.tried(payload);
        const typedSku = (await popup.locator('#removal-sku').inputValue()).trim();
        const typedNote = (await popup.locator('#removal-note').inputValue()).trim();
        const before = await popup.locator('[data-testid="removal-deadline"]').count();
        await popup.getByRole('button', { name: 'Add deadline' }).click();
        await expect.poll(() => popup.locator('[data-testid="removal-deadline"]').count()).toBe(before + 1);
        const shown = await popup.locator('[data-testid="removal-deadline"]').evaluateAll((items) =>
          items.map((item) => ({
            sku: item.querySelector('strong')?.textContent ?? '',
            note: item.querySelector(':scope > .muted')?.textContent ?? '',
          })),
        );
        if (typedSku && !shown.some((item) => item.sku === typedSku)) sku.misshown(payload, 'SKU not shown as typed');
        if (typedNote && !shown.some((item) => item.note === typedNote))
          note.misshown(payload, 'note not shown as typed');
        await sku.check(popup);
        await note.check(popup);
      }
      await popup.close();
    });
  }, 180_000);

  it('a backup file: its name, keys and case titles', async () => {
    const backup = path('backup import file: name, keys and case titles (options page, popup)');
    await runXssPaths(recorder, [backup], async () => {
      const options = await browser.openOptions();
      const envelope = (data: Record<string, unknown>) =>
        JSON.stringify({
          format: 'seller-central-companion/backup',
          version: 1,
          exportedAt: new Date().toISOString(),
          data,
        });
      const record = (id: string, title: string) => {
        const now = Date.now();
        return {
          id,
          marketplace: 'sellercentral.amazon.fr',
          topic: 'other',
          title,
          status: 'open',
          createdAt: now,
          lastContactAt: now,
          lastSentAt: now,
          updatedAt: now,
          deleted: false,
        };
      };
      for (const payload of PAYLOADS) {
        const fileName = `${payload.text.replace(/[/\\]/g, '_').replaceAll('\u0000', '_').slice(0, 200)}.json`;
        const badKey = `sync:case:${payload.text}`;
        await options.getByLabel('Choose a backup file').setInputFiles({
          name: fileName,
          mimeType: 'application/json',
          buffer: Buffer.from(
            envelope({
              [badKey]: { id: payload.text },
              [`sync:case:${caseIdFor(payload, 35_000_000_000)}`]: record(
                caseIdFor(payload, 35_000_000_000),
                payload.text.slice(0, 80),
              ),
            }),
          ),
        });
        backup.tried(payload);
        await options.getByTestId('backup-preview').waitFor();
        const heading = (await options.locator('#backup-preview-heading').textContent()) ?? '';
        if (!heading.includes(fileName))
          backup.misshown(payload, `file name shown as ${JSON.stringify(heading.slice(0, 120))}`);
        const invalid = await options
          .locator('[data-testid="backup-invalid"] li')
          .evaluateAll(
            (items, key) =>
              items.filter((item) => item.getAttribute('data-key') === key).map((item) => item.textContent ?? ''),
            badKey,
          );
        if (invalid.length !== 1 || !(invalid[0] as string).includes(payload.text))
          backup.misshown(payload, 'invalid key not listed as it is in the file');
        await backup.check(options);
        await options.getByTestId('backup-preview').getByRole('button', { name: 'Cancel' }).click();
      }
      // One file with every payload as a case title, imported, then listed in the popup.
      const data = Object.fromEntries(
        PAYLOADS.map((payload) => {
          const id = caseIdFor(payload, 35_000_000_000);
          return [`sync:case:${id}`, record(id, payload.text.slice(0, 80))];
        }),
      );
      await options.getByLabel('Choose a backup file').setInputFiles({
        name: 'titles.json',
        mimeType: 'application/json',
        buffer: Buffer.from(envelope(data)),
      });
      await options.getByRole('button', { name: 'Import', exact: true }).click();
      await expect.poll(() => options.getByTestId('backup-status').textContent()).toContain('Imported');
      await backup.check(options);
      await options.close();
      const popup = await openPopup(browser, 'Cases');
      for (const payload of PAYLOADS) {
        const row = popup.locator(`[data-case-id="${caseIdFor(payload, 35_000_000_000)}"] .case-title`);
        await row.waitFor();
        if (!((await row.textContent()) ?? '').startsWith(payload.text.slice(0, 80)))
          backup.misshown(payload, 'imported title not listed as in the file');
      }
      await backup.check(popup);
      await popup.close();
    });
  }, 180_000);

  it('a removal report file: order IDs, SKUs and statuses', async () => {
    const report = path('removal report import: order IDs, SKUs and statuses (popup)');
    await runXssPaths(recorder, [report], async () => {
      const header =
        'request-date\torder-id\torder-type\tservice-speed\torder-status\tlast-updated-date\tsku\tfnsku\tdisposition\t' +
        'requested-quantity\tcancelled-quantity\tdisposed-quantity\tshipped-quantity\tin-process-quantity\tremoval-fee\tcurrency';
      // A report cell holds no tab or line break, and a text report no NUL (the parser calls such a file binary).
      const cell = (text: string) => text.replace(/[\t\r\n]/g, ' ').replaceAll('\u0000', ' ');
      const line = (orderId: string, status: string, sku: string) =>
        [
          '2025-11-01T10:22:33+00:00',
          orderId,
          'Return',
          'Standard',
          status,
          '2025-11-01T10:22:33+00:00',
          sku,
          'X001',
          'Sellable',
          '1',
          '0',
          '0',
          '0',
          '0',
          '0.53',
          'USD',
        ].join('\t');
      const lines = [header];
      for (const payload of PAYLOADS) {
        lines.push(line(`XSS-${payload.id}`, cell(payload.text), cell(payload.text)));
        lines.push(line(cell(payload.text), 'Pending', `SKU-${payload.id}`));
        report.tried(payload);
      }
      const popup = await openPopup(browser, 'Removal orders');
      await popup.locator('#removal-report-file').setInputFiles({
        name: 'removal-order-detail.txt',
        mimeType: 'text/plain',
        buffer: Buffer.from(lines.join('\n')),
      });
      await popup.getByTestId('removal-import-summary').waitFor({ timeout: 10_000 });
      // The list is virtual: every row is read by scrolling it from top to bottom.
      const rows = await everyListedOrder(popup);
      // Rows whose cells open with a quote are broken CSV quoting: listed as skipped lines, not orders.
      expect(rows.length).toBeGreaterThan(PAYLOADS.length);
      for (const payload of PAYLOADS) {
        const text = cell(payload.text).trim();
        const byId = rows.find((row) => row.orderId === `XSS-${payload.id}`);
        if (byId && byId.skus !== text)
          report.misshown(payload, `SKU shown as ${JSON.stringify(byId.skus.slice(0, 80))}`);
        const asId = rows.find((row) => row.orderId === text);
        if (asId && asId.shownId !== text) report.misshown(payload, 'order ID shown changed');
      }
      await report.check(popup);
      await popup.close();
    });
  }, 120_000);
});
