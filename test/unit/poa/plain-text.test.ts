import { poaPlainText } from '@/lib/poa/plain-text';
import { POA_TEXTS } from '@/lib/poa/text';
import { enSamples } from './samples/en';

describe('Plan of Action as plain text', () => {
  it('writes the headings in section order, each followed by its text', () => {
    const sample = enSamples.good[0];
    if (!sample) throw new Error('no sample');
    const text = poaPlainText(sample.sections, 'en');
    const headings = Object.values(POA_TEXTS.en.sections).map((section) => section.heading);
    const positions = headings.map((heading) => text.indexOf(`${heading}\n`));
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(text).toContain(`Root cause\n${sample.sections['root-cause']}\n\nImmediate actions taken\n`);
    expect(text.endsWith(`${sample.sections.evidence}\n`)).toBe(true);
  });

  it('uses the headings of the chosen language', () => {
    const text = poaPlainText({ 'root-cause': 'Årsag.' }, 'da');
    expect(text).toBe(`${POA_TEXTS.da.sections['root-cause'].heading}\nÅrsag.\n`);
  });

  it('leaves empty sections out unless asked, and tidies line endings and blank runs', () => {
    const sections = { acknowledgement: 'Line one  \r\n\r\n\r\n\r\nLine two', evidence: '   ' };
    expect(poaPlainText(sections, 'en')).toBe('Acknowledgement of the issue\nLine one\n\nLine two\n');
    const all = poaPlainText(sections, 'en', { includeEmpty: true });
    expect(all.split('\n\n').map((block) => block.split('\n')[0])).toEqual([
      'Acknowledgement of the issue',
      'Line two',
      'Root cause',
      'Immediate actions taken',
      'Long-term preventive measures',
      'Evidence that the changes are in place',
    ]);
  });

  it('keeps markup and any script exactly as typed', () => {
    const typed = '<b>Bold</b> & <script>alert(1)</script> שלום 👍';
    expect(poaPlainText({ evidence: typed }, 'de')).toBe(`${POA_TEXTS.de.sections.evidence.heading}\n${typed}\n`);
  });

  it('is empty when nothing is written', () => {
    expect(poaPlainText({}, 'sv')).toBe('');
  });
});
