/**
 * Pseudo-localization (issue #15): every English message turned into accented, 40% longer text,
 * so layout that only fits English shows up before a real language hits it. `$1` placeholders
 * and `$$` stay as they are; the added length is short words, as real languages add words, so
 * text can still wrap.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ACCENTED: Readonly<Record<string, string>> = {
  a: 'á',
  e: 'ë',
  i: 'ï',
  o: 'ö',
  u: 'ü',
  c: 'ç',
  n: 'ñ',
  s: 'š',
  y: 'ý',
  z: 'ž',
  A: 'Å',
  E: 'É',
  I: 'Î',
  O: 'Ø',
  U: 'Û',
  C: 'Ç',
  N: 'Ñ',
  S: 'Š',
  Y: 'Ý',
  Z: 'Ž',
};
const PADDING = ['ẋẋ', 'ẍẍẍ', 'ẋ', 'ẍẍẍẍ'];

export function pseudoLocalize(message: string): string {
  const accented = message
    .split(/(\$\$|\$[1-9])/)
    .map((part, index) =>
      index % 2 === 1 ? part : [...part].map((character) => ACCENTED[character] ?? character).join(''),
    )
    .join('');
  const extra = Math.ceil(message.length * 0.4);
  const words: string[] = [];
  for (let length = 0, i = 0; length < extra; i += 1) {
    const word = PADDING[i % PADDING.length] as string;
    words.push(word);
    length += word.length + 1;
  }
  return `⟦${accented}${words.length > 0 ? ` ${words.join(' ')}` : ''}⟧`;
}

/** A copy of the built extension whose English catalog is pseudo-localized. */
export function writePseudoLocalizedExtension(builtDir: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'scc-pseudo-'));
  cpSync(builtDir, dir, { recursive: true });
  const file = join(dir, '_locales/en/messages.json');
  const catalog = JSON.parse(readFileSync(file, 'utf8')) as Record<string, { message: string }>;
  // The product's name is the same in every language.
  for (const [key, entry] of Object.entries(catalog))
    if (key !== 'extName') entry.message = pseudoLocalize(entry.message);
  writeFileSync(file, JSON.stringify(catalog));
  return dir;
}

/**
 * Run in a page: every visible element whose content is wider than its box (a clipped or
 * overflowing text), open shadow roots included, and a page wider than its window. Scroll
 * containers (overflow auto or scroll) may be wider inside: that is what they are for.
 */
export const FIND_OVERFLOW = `(() => {
  const found = [];
  const describe = (el) => el.localName + (el.id ? '#' + el.id : '') +
    (el.getAttribute('class') ? '.' + el.getAttribute('class').trim().split(/\\s+/).join('.') : '') +
    ' "' + (el.textContent || '').trim().slice(0, 40) + '"';
  const visit = (root) => {
    for (const el of root.querySelectorAll('*')) {
      if (el.shadowRoot) visit(el.shadowRoot);
      const style = getComputedStyle(el);
      if (style.display === 'none' || style.display === 'contents' || style.visibility === 'hidden') continue;
      if (el.closest('[hidden]') || el.getClientRects().length === 0) continue;
      if (['auto', 'scroll'].includes(style.overflowX)) continue;
      // A 1 px box is a screen reader's text, hidden from sight on purpose (.visually-hidden).
      if (el.clientWidth > 1 && el.scrollWidth > el.clientWidth + 1)
        found.push(describe(el) + ': content ' + el.scrollWidth + ' px in ' + el.clientWidth + ' px');
    }
  };
  visit(document);
  if (document.documentElement.scrollWidth > window.innerWidth + 1)
    found.push('page: ' + document.documentElement.scrollWidth + ' px wide in a ' + window.innerWidth + ' px window');
  return found;
})()`;
