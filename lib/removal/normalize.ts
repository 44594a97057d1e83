/**
 * One normalization for every word we compare (statuses, headers, labels, markers): Seller
 * Central renders the same word with different case, accents, dashes, spaces and invisible
 * characters depending on page, language and copy source.
 */

const COMBINING_DIACRITICS = /[\u0300-\u036f]/g;
const INVISIBLES = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
const DASHES = /[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/g;
const SINGLE_QUOTES = /[\u2018\u2019\u201a\u201b\u2032\u02bc`´]/g;
const CAMEL_HUMP = /([a-z])([A-Z])/g;
const SEPARATORS = /[-_\s]+/g;
const TRAILING_PUNCTUATION = /[\s:：.。]+$/;

/**
 * Lower case, no accents (NFKD also folds full-width letters), typographic dashes and quotes
 * made plain, camelCase split ("InProcess"), hyphens and underscores treated as spaces
 * ("order-id" = "Order ID"), runs of whitespace collapsed, trailing colon or period dropped.
 */
export function normalizeLabel(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(COMBINING_DIACRITICS, '')
      .replace(INVISIBLES, '')
      .replace(DASHES, '-')
      .replace(SINGLE_QUOTES, "'")
      .replace(CAMEL_HUMP, '$1 $2')
      .toLowerCase()
      // Turkish dotless ı has no decomposition: "TAMAMLANDI" and "Tamamlandı" are one word.
      .replace(/ı/g, 'i')
      .replace(SEPARATORS, ' ')
      .replace(TRAILING_PUNCTUATION, '')
      .trim()
  );
}
