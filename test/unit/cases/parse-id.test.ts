import fc from 'fast-check';
import { parseCaseId } from '@/lib/cases/parse-id';

const ID = '20424098481';

describe('parseCaseId finds the case ID', () => {
  it.each([
    ['bare digits', ID],
    ['digits with spaces around', `   ${ID}\n`],
    ['the English label', `Case ID: ${ID}`],
    ['a short English label', `Case ${ID}`],
    ['a hash label', `Case #${ID}`],
    ['a case number label', `Case number ${ID}`],
    ['a case no. label', `Case No. ${ID}`],
    ['a glued label', `CaseID:${ID}`],
    ['the summary "ID:"', `ID: ${ID}\nStatus: Work in progress\nCreated: 05/03/2025 10:14`],
    ['Danish Sags-ID', `Sags-ID: ${ID}`],
    ['Danish sagsnummer', `Vores sagsnummer er ${ID}, oprettet 3. maj`],
    ['Swedish Ärende-ID', `Ärende-ID: ${ID}`],
    ['Swedish lower case', `ärende-id ${ID}`],
    ['German Fall-ID', `Fall-ID: ${ID}`],
    ['German Fallnummer', `Ihre Fallnummer lautet ${ID}.`],
    ['a case URL', `https://sellercentral.amazon.com/cu/case-dashboard/view-case?caseID=${ID}`],
    ['a legacy case URL', `https://sellercentral.amazon.de/gp/case-dashboard/view-case.html?caseID=${ID}&ref=x`],
    ['a URL without scheme', `sellercentral.amazon.se/cu/case-dashboard/view-case?caseID=${ID}`],
    ['a URL in a sentence', `See (https://sellercentral-europe.amazon.com/cu/case-dashboard/view-case?caseID=${ID}).`],
    ['an ID with a date and time around it', `Opened 2025-05-03 10:14 — Case ID: ${ID} — 3 replies`],
    ['an ID in quotes and brackets', `["${ID}"]`],
    ['an ID with a trailing full stop', `My case is ${ID}.`],
    ['full-width digits', 'Case ID: ２０４２４０９８４８１'],
    [
      'the same ID twice',
      `Case ${ID} (ID: ${ID}) https://sellercentral.amazon.com/cu/case-dashboard/view-case?caseID=${ID}`,
    ],
    ['a labelled ID beside a phone number', `Case ID: ${ID}\nPhone: 4512345678`],
    ['an ID beside an order ID', `Order 114-3941689-8772232, case ${ID}`],
    ['HTML around it', `<b>Case ID:</b> <span>${ID}</span><script>alert(1)</script>`],
  ])('from %s', (_, input) => {
    expect(parseCaseId(input)).toEqual({ ok: true, id: ID });
  });

  it('ignores a number after "Order ID" in favour of a bare case ID', () => {
    expect(parseCaseId(`Order ID: 1143941689\n${ID}`)).toEqual({
      ok: false,
      reason: 'several-ids',
      candidates: ['1143941689', ID],
    });
    expect(parseCaseId(`Order ID 12345, ${ID}`)).toEqual({ ok: true, id: ID });
  });

  it('accepts an unusual length with a warning', () => {
    expect(parseCaseId('Case 1234567')).toEqual({ ok: true, id: '1234567', warning: 'unusual-length' });
    expect(parseCaseId('123456789012345')).toEqual({ ok: true, id: '123456789012345', warning: 'unusual-length' });
  });
});

describe('parseCaseId explains what is wrong', () => {
  it.each([
    ['', 'empty'],
    ['   \n\t', 'empty'],
    ['no digits here', 'non-digit'],
    ['2042409848O', 'non-digit'],
    ['Case ID: 20424O98481', 'non-digit'],
    ['Case ID: ٢٠٤٢٤٠٩٨٤٨١', 'non-digit'],
    ['12345', 'too-short'],
    ['Case 123', 'too-short'],
    ['2025-05-03 10:14', 'too-short'],
    ['1234567890123456', 'too-long'],
    ['Sags-ID: 12345678901234567890', 'too-long'],
  ])('%j -> %s', (input, reason) => {
    expect(parseCaseId(input)).toEqual({ ok: false, reason });
  });

  it('asks when the text holds several different IDs', () => {
    expect(parseCaseId(`${ID} and 20424098499`)).toEqual({
      ok: false,
      reason: 'several-ids',
      candidates: [ID, '20424098499'],
    });
    expect(parseCaseId(`Case ID: ${ID}\nFall-ID: 30424098481`)).toMatchObject({ reason: 'several-ids' });
  });

  it('never throws and gives a well-formed answer for any input', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.anything()), (input) => {
        const result = parseCaseId(input);
        if (result.ok) {
          expect(result.id).toMatch(/^\d{6,15}$/);
        } else {
          expect(['empty', 'non-digit', 'too-short', 'too-long', 'several-ids']).toContain(result.reason);
          if (result.reason === 'several-ids') expect(result.candidates?.length).toBeGreaterThan(1);
        }
      }),
      { numRuns: 1000 },
    );
  }, 30_000);

  it('finds any valid ID wrapped in any label and junk', () => {
    const label = fc.constantFrom('Case ID: ', 'Case ', 'Sags-ID: ', 'Ärende-ID: ', 'Fall-ID: ', 'ID: ', '#', '');
    const junk = fc.string({ unit: fc.constantFrom(' ', '\n', ',', '(', ')', 'a', 'Z', '-', ':', 'ø') });
    fc.assert(
      fc.property(fc.stringMatching(/^\d{6,15}$/), label, junk, junk, (id, prefix, before, after) => {
        const result = parseCaseId(`${before} ${prefix}${id} ${after}`);
        expect(result.ok && result.id).toBe(id);
      }),
      { numRuns: 1000 },
    );
  }, 30_000);

  it('handles a 1 MB paste quickly', () => {
    const big = `${'lorem ipsum 12 '.repeat(70_000)}Case ID: ${ID}`;
    const started = performance.now();
    expect(parseCaseId(big)).toEqual({ ok: true, id: ID });
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});
