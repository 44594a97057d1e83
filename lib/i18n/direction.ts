/**
 * Which way a language's text runs. Arabic (Seller Central on amazon.sa, amazon.ae and
 * amazon.eg) reads right to left; every other language this extension speaks, left to right.
 * Pages set it on their root, the in-page card on itself; IDs, numbers and the page's own words
 * keep their own direction (`dir="auto"`, `unicode-bidi: isolate`).
 */
const RIGHT_TO_LEFT: ReadonlySet<string> = new Set(['ar']);

export function textDirection(language: string): 'rtl' | 'ltr' {
  return RIGHT_TO_LEFT.has(language.toLowerCase().split(/[-_]/)[0] ?? '') ? 'rtl' : 'ltr';
}
