/**
 * Which languages a plan's section is written in, so that it is checked against those languages'
 * phrase tables only. With every language's tables on every plan, one language's everyday word
 * reads as another's phrase: French "droits" as a Swedish past participle (so a plan of promises
 * looked done), Portuguese "implantada" as a German document name. Sample plans written apart from
 * the tables found both.
 *
 * A language is recognised by its most frequent small words (articles, pronouns, auxiliaries,
 * conjunctions), chosen to tell close languages apart where they can (Danish "og" and "ikke",
 * Swedish "och" and "inte"). Japanese and Chinese have no spaces: Japanese is recognised by its
 * kana, Chinese by Han characters without kana, Arabic by its script.
 */
import type { UiLanguage } from '@/lib/i18n/translate';

const COMMON_WORDS: Readonly<Record<Exclude<UiLanguage, 'ja' | 'zh' | 'ar'>, readonly string[]>> = {
  en: ['the', 'and', 'we', 'our', 'to', 'of', 'was', 'were', 'have', 'has', 'this', 'that', 'with', 'will', 'is'],
  de: [
    'der',
    'die',
    'das',
    'und',
    'wir',
    'unser',
    'unsere',
    'ist',
    'wurde',
    'wurden',
    'haben',
    'mit',
    'nicht',
    'eine',
    'dem',
  ],
  fr: ['le', 'la', 'les', 'et', 'nous', 'notre', 'nos', 'est', 'avons', 'des', 'du', 'une', 'pour', 'avec', 'dans'],
  it: [
    'il',
    'gli',
    'abbiamo',
    'nostro',
    'nostra',
    'nostri',
    'della',
    'delle',
    'del',
    'sono',
    'stato',
    'stati',
    'per',
    'che',
    'non',
  ],
  es: [
    'el',
    'los',
    'las',
    'y',
    'hemos',
    'nuestro',
    'nuestra',
    'nuestros',
    'del',
    'está',
    'fue',
    'para',
    'con',
    'que',
    'por',
  ],
  pt: ['o', 'os', 'as', 'e', 'nós', 'nosso', 'nossa', 'nossos', 'do', 'da', 'dos', 'das', 'foi', 'não', 'com'],
  nl: ['de', 'het', 'een', 'en', 'wij', 'onze', 'ons', 'hebben', 'zijn', 'van', 'voor', 'met', 'niet', 'dat', 'werd'],
  pl: ['i', 'w', 'na', 'z', 'się', 'nie', 'jest', 'został', 'została', 'nasz', 'nasza', 'nasze', 'oraz', 'dla', 'że'],
  sv: ['och', 'vi', 'vår', 'vårt', 'våra', 'är', 'har', 'att', 'som', 'inte', 'av', 'för', 'ett', 'på', 'med'],
  // Not "et", "at" or "for": French and English use them as much.
  da: ['og', 'vi', 'vores', 'er', 'har', 'som', 'ikke', 'af', 'på', 'med', 'til', 'blev', 'jeg', 'hvor', 'også'],
  tr: [
    've',
    'bir',
    'bu',
    'için',
    'ile',
    'olarak',
    'biz',
    'bizim',
    'tüm',
    'ettik',
    'yaptık',
    'olan',
    'daha',
    'her',
    'sonra',
  ],
};

const LANGUAGES_BY_WORD = new Map<string, UiLanguage[]>();
for (const [language, words] of Object.entries(COMMON_WORDS) as Array<[UiLanguage, readonly string[]]>)
  for (const word of words) LANGUAGES_BY_WORD.set(word, [...(LANGUAGES_BY_WORD.get(word) ?? []), language]);

const WORD = /\p{L}+/gu;
const KANA = /[\u3040-\u30ff]/gu;
const HAN = /\p{Script=Han}/gu;
const ARABIC = /\p{Script=Arabic}/gu;
/** Below this many small words a text is too short to tell: every language's tables apply. */
const MIN_EVIDENCE = 4;
/** A second language counts when it scores at least this share of the first (a plan quoting another). */
const SECOND_LANGUAGE_SHARE = 0.5;

/** The languages the text is written in, most likely first; null when the text is too short to tell. */
export function planLanguages(text: string): UiLanguage[] | null {
  const scores = new Map<UiLanguage, number>();
  const add = (language: UiLanguage, points: number) => scores.set(language, (scores.get(language) ?? 0) + points);
  for (const [word] of text.toLowerCase().matchAll(WORD))
    for (const language of LANGUAGES_BY_WORD.get(word) ?? []) add(language, 1);
  // Japanese is written in kana and Han, Chinese in Han alone: Han without kana is Chinese.
  const kana = text.match(KANA)?.length ?? 0;
  const han = text.match(HAN)?.length ?? 0;
  if (kana > 0) add('ja', (kana + han) / 2);
  else if (han > 0) add('zh', han / 2);
  // Arabic is the only language we read in its script; a word is about five letters.
  const arabic = text.match(ARABIC)?.length ?? 0;
  if (arabic > 0) add('ar', arabic / 5);
  const ranked = [...scores].sort((a, b) => b[1] - a[1]);
  const top = ranked[0]?.[1] ?? 0;
  if (top < MIN_EVIDENCE) return null;
  return ranked.filter(([, score]) => score >= top * SECOND_LANGUAGE_SHARE).map(([language]) => language);
}
