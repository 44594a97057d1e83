/** The case text a language's packaged catalog gives, English behind it as in the popup. */
import { type CaseText, caseTextFrom } from '@/lib/cases/text';
import { translatorFromCatalog, type UiLanguage } from '@/lib/i18n/translate';
import { catalogOf } from '../i18n/surfaces';

export function caseTextIn(language: UiLanguage): CaseText {
  return caseTextFrom(translatorFromCatalog(catalogOf(language), catalogOf('en')), language);
}
