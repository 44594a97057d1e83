import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readCaseSummary } from '@/entrypoints/case-capture.content/case-capture';
import { guessCaseTopic } from '@/lib/cases/case-topic';
import { caseStatusFromPage } from '@/lib/cases/page-status';
import { CASE_SUBJECT_WORDS } from '@/lib/lang/case-subjects';

const FIXTURES = join(import.meta.dirname, '../../fixtures/pages/cases');

/** Loads a fixture's body into the test document; templates the page would render are stamped in. */
function load(name: string): void {
  const parsed = new DOMParser().parseFromString(readFileSync(join(FIXTURES, name), 'utf8'), 'text/html');
  document.body.replaceChildren(...[...parsed.body.childNodes].map((node) => document.importNode(node, true)));
  const template = document.getElementById('summary-template') as HTMLTemplateElement | null;
  if (template) document.getElementById('case-summary')?.append(template.content.cloneNode(true));
}

afterEach(() => document.body.replaceChildren());

describe('reading a case page', () => {
  it('finds the ID and the status in the modern summary, past the masthead pill and an order ID', () => {
    load('case-view-en.html');
    const summary = readCaseSummary(document.body);
    expect(summary).toEqual({
      id: '20424098481',
      status: 'Answered',
      subject: '<img src=x onerror=alert(1)> Funds held after verification request',
    });
    expect(caseStatusFromPage(summary.status)).toBe('answered');
  });

  it('finds them in the legacy table layout', () => {
    load('case-view-legacy-en.html');
    const summary = readCaseSummary(document.body);
    expect(summary).toEqual({
      id: '18765432109',
      status: 'Pending Amazon Action',
      subject: 'Removal order stuck in Processing <script>alert(1)</script>',
    });
    expect(caseStatusFromPage(summary.status)).toBe('open');
  });

  it('finds them on a German page', () => {
    load('case-view-de.html');
    const summary = readCaseSummary(document.body);
    expect(summary).toEqual({
      id: '31234567890',
      status: 'Handlung erforderlich',
      subject: 'Verifizierung der Identität',
    });
    expect(caseStatusFromPage(summary.status)).toBe('needs-attention');
  });

  it('reads labels and values written on one line, and text inside open shadow roots', () => {
    const host = document.createElement('div');
    host
      .attachShadow({ mode: 'open' })
      .append(
        Object.assign(document.createElement('p'), { textContent: 'Case ID: 20424098481' }),
        Object.assign(document.createElement('p'), { textContent: 'Status: Work in progress' }),
      );
    document.body.append(host);
    expect(readCaseSummary(document.body)).toEqual({ id: '20424098481', status: 'Work in progress', subject: null });
  });

  it('finds nothing on a page without a summary, and ignores its own control', () => {
    const own = document.createElement('scc-case-save');
    own.textContent = 'ID: 99999999999 Status: Resolved';
    document.body.append(own, Object.assign(document.createElement('p'), { textContent: 'Order ID is 1234567890' }));
    expect(readCaseSummary(document.body)).toEqual({ id: null, status: null, subject: null });
  });
});

describe('the subject of a case', () => {
  it('is read after its label in any Seller Central language, on one line or the next', () => {
    for (const [label, subject] of [
      ['Subject:', 'Listing removed for ASIN B08K3QZ7T2'],
      ['Betreff:', 'Auszahlungen zurückgehalten'],
      ['Objet :', 'Vérification de votre identité'],
      ['件名：', '出品停止について'],
    ] as const) {
      document.body.innerHTML = '';
      const row = document.createElement('p');
      row.textContent = `${label} ${subject}`;
      const id = Object.assign(document.createElement('p'), { textContent: 'Case ID: 20424098481' });
      document.body.append(id, row);
      expect(readCaseSummary(document.body).subject, label).toBe(subject);
    }
  });

  it('is never a heading after the case ID, nor a heading on a page without one', () => {
    document.body.innerHTML = '<p>ID: 20424098481</p><h2>Correspondence</h2>';
    expect(readCaseSummary(document.body).subject).toBeNull();
    document.body.innerHTML = '<h2>Contact us</h2><p>How can we help?</p>';
    expect(readCaseSummary(document.body).subject).toBeNull();
  });
});

describe('the topic guessed from a subject', () => {
  it.each([
    ['Your seller account has been deactivated', 'deactivation'],
    ['Funds held after verification request', 'account-hold'],
    ['Identity verification documents', 'verification'],
    ['Your account is under review', 'under-review'],
    ['Removal order stuck in Processing', 'removal-order'],
    ['Listing suppressed for ASIN B08K3QZ7T2', 'listing'],
    ['Ihr Verkäuferkonto wurde deaktiviert', 'deactivation'],
    ['Verifizierung der Identität', 'verification'],
    ['Remissionsauftrag storniert', 'removal-order'],
    ['Votre compte a été désactivé', 'deactivation'],
    ['Ordine di rimozione bloccato', 'removal-order'],
    ['Cuenta en revisión', 'under-review'],
    ['Utbetalningar pausade', 'account-hold'],
    ['Kontot granskas', 'under-review'],
    ['アカウントの停止について', 'deactivation'],
    ['身份验证', 'verification'],
    ['Pedido de remoção atrasado', 'removal-order'],
    ['Hesabınız devre dışı bırakıldı', 'deactivation'],
    ['تم إلغاء تنشيط حسابك', 'deactivation'],
    ['Question about my invoice layout', 'other'],
    ['', 'other'],
  ] as const)('%j is %s', (subject, topic) => {
    expect(guessCaseTopic(subject, CASE_SUBJECT_WORDS)).toBe(topic);
  });

  it('has subject labels and words for every topic in every Seller Central language', () => {
    for (const words of CASE_SUBJECT_WORDS) {
      expect(words.subjectLabels.length).toBeGreaterThan(0);
      for (const terms of Object.values(words.topics)) {
        expect(terms.length).toBeGreaterThan(0);
        for (const term of terms) expect(term).toBe(term.toLowerCase());
      }
    }
  });
});
