/**
 * No HTML parsing of strings and no code from strings anywhere in what ships: page text and user
 * text can only ever become text nodes. Nothing is allowed; a legitimate need must be argued in
 * review and this list changed there, not silenced here.
 */
import { describeFindings, type Rule, scan, shippedSources } from './source-scan';

const FORBIDDEN: readonly Rule[] = [
  { name: 'innerHTML', pattern: /innerHTML/ },
  { name: 'outerHTML', pattern: /outerHTML/ },
  { name: 'insertAdjacentHTML', pattern: /insertAdjacentHTML/ },
  { name: 'document.write', pattern: /document\s*\.\s*write(?:ln)?\s*\(/ },
  { name: 'dangerouslySetInnerHTML', pattern: /dangerouslySetInnerHTML/ },
  { name: 'eval(', pattern: /\beval\s*\(/ },
  { name: 'new Function(', pattern: /\bnew\s+Function\s*\(/ },
  { name: 'Function( called as a constructor', pattern: /(?<![\w$.])Function\s*\(/ },
  { name: 'string timer (eval in disguise)', pattern: /\bset(?:Timeout|Interval)\s*\(\s*['"`]/ },
  { name: 'createContextualFragment', pattern: /createContextualFragment/ },
  { name: 'DOMParser.parseFromString', pattern: /\.parseFromString\s*\(/ },
  { name: 'iframe srcdoc', pattern: /\bsrcdoc\b/ },
  { name: 'javascript: URL', pattern: /javascript:/i },
];

describe('security: no HTML from strings, no code from strings', () => {
  const sources = shippedSources();

  it('scans the shipped source folders', () => {
    const paths = sources.map((file) => file.path);
    expect(paths.some((path) => path.startsWith('entrypoints/'))).toBe(true);
    expect(paths.some((path) => path.startsWith('components/'))).toBe(true);
    expect(paths.some((path) => path.startsWith('lib/'))).toBe(true);
    expect(paths).toContain('lib/pages.ts');
  });

  it('finds each forbidden pattern when it is there', () => {
    const bad = [
      'el.innerHTML = text;',
      "el['outerHTML'] = x;",
      "node.insertAdjacentHTML('beforeend', s);",
      'document.write(s);',
      '<div dangerouslySetInnerHTML={{ __html: s }} />',
      'eval(code);',
      "const f = new Function('return 1');",
      "const g = Function('return 1');",
      "setTimeout('alert(1)', 0);",
      'range.createContextualFragment(s);',
      "new DOMParser().parseFromString(s, 'text/html');",
      'frame.srcdoc = s;',
      "a.href = 'javascript:alert(1)';",
    ];
    const findings = scan(
      bad.map((text, i) => ({ path: `bad-${i}.ts`, text })),
      FORBIDDEN,
    );
    expect(new Set(findings.map((f) => f.rule))).toEqual(new Set(FORBIDDEN.map((rule) => rule.name)));
    expect(scan([{ path: 'ok.ts', text: 'el.textContent = text; retrieval(x); evaluate(y);' }], FORBIDDEN)).toEqual([]);
  });

  it('entrypoints/, components/ and lib/ use none of them', () => {
    const findings = scan(sources, FORBIDDEN);
    expect(findings, describeFindings(findings)).toEqual([]);
  });
});
