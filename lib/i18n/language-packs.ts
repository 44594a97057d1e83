import { isUiLanguage, UI_LANGUAGES, type UiLanguage } from './translate';

/**
 * One pack per UI language from the files of a folder (`<code>.ts`, each exporting its pack under
 * one name), read with `import.meta.glob`: adding a language is adding its file, with no index to
 * edit. A language without its file fails as the module loads, so the first test that reads the
 * packs names it.
 */
export function packsByLanguage<T>(files: Readonly<Record<string, T>>): Readonly<Record<UiLanguage, T>> {
  const packs: Partial<Record<UiLanguage, T>> = {};
  for (const [path, pack] of Object.entries(files)) {
    const code = path.slice(path.lastIndexOf('/') + 1).replace(/\.ts$/, '');
    if (isUiLanguage(code)) packs[code] = pack;
  }
  const missing = UI_LANGUAGES.filter((language) => packs[language] === undefined);
  if (missing.length > 0)
    throw new Error(`no language pack for ${missing.join(', ')} among ${Object.keys(files).join(', ')}`);
  return packs as Record<UiLanguage, T>;
}
