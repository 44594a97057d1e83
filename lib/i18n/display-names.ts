/**
 * The browser's own names of regions and languages (`Intl.DisplayNames`), in a UI language, so no
 * language ships a table of them. Chinese is asked for as Simplified, the Chinese we ship.
 */
const CACHE = new Map<string, Intl.DisplayNames | null>();

function namesIn(language: string, type: 'region' | 'language'): Intl.DisplayNames | null {
  const key = `${type}:${language}`;
  let names = CACHE.get(key);
  if (names === undefined) {
    try {
      names = new Intl.DisplayNames([language === 'zh' ? 'zh-Hans' : language], { type });
    } catch {
      names = null;
    }
    CACHE.set(key, names);
  }
  return names;
}

/** The name of `code` (a region or a language) in `language`, or the code itself when the browser has none. */
export function displayName(code: string, language: string, type: 'region' | 'language'): string {
  try {
    return namesIn(language, type)?.of(code) ?? code;
  } catch {
    return code;
  }
}
