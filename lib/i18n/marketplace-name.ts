/**
 * A marketplace as a seller names it: its country in the UI language ("Germany", "Deutschland",
 * "ドイツ"; the unified European Seller Central is the European Union), from the browser's own
 * region names, so no language ships a table of them.
 */
const NAMES = new Map<string, Intl.DisplayNames | null>();

function regionNames(language: string): Intl.DisplayNames | null {
  let names = NAMES.get(language);
  if (names === undefined) {
    try {
      names = new Intl.DisplayNames([language === 'zh' ? 'zh-Hans' : language], { type: 'region' });
    } catch {
      names = null;
    }
    NAMES.set(language, names);
  }
  return names;
}

/** The country's name, or the code itself when the browser has none for it (a code a newer version stored). */
export function marketplaceName(code: string, language: string): string {
  try {
    return regionNames(language)?.of(code) ?? code;
  } catch {
    return code;
  }
}
