import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readCaseSummary } from '@/entrypoints/case-capture.content/case-capture';
import { caseStatusFromPage } from '@/lib/cases/page-status';

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
    expect(summary).toEqual({ id: '20424098481', status: 'Answered' });
    expect(caseStatusFromPage(summary.status)).toBe('answered');
  });

  it('finds them in the legacy table layout', () => {
    load('case-view-legacy-en.html');
    const summary = readCaseSummary(document.body);
    expect(summary).toEqual({ id: '18765432109', status: 'Pending Amazon Action' });
    expect(caseStatusFromPage(summary.status)).toBe('open');
  });

  it('finds them on a German page', () => {
    load('case-view-de.html');
    const summary = readCaseSummary(document.body);
    expect(summary).toEqual({ id: '31234567890', status: 'Handlung erforderlich' });
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
    expect(readCaseSummary(document.body)).toEqual({ id: '20424098481', status: 'Work in progress' });
  });

  it('finds nothing on a page without a summary, and ignores its own control', () => {
    const own = document.createElement('scc-case-save');
    own.textContent = 'ID: 99999999999 Status: Resolved';
    document.body.append(own, Object.assign(document.createElement('p'), { textContent: 'Order ID is 1234567890' }));
    expect(readCaseSummary(document.body)).toEqual({ id: null, status: null });
  });
});
