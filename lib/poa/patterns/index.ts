/**
 * The phrase tables of every language a plan may be written in, compiled once. A plan is
 * checked against all of them: sellers often write in the marketplace's language, not the
 * language of the extension's UI.
 *
 * Speed: V8 needs about 70 ms to compile one large case-insensitive Unicode-property regular
 * expression, and well under 1 ms for the same expression over an explicit character range
 * without the `i` and `u` flags. So the linter lower-cases the text itself (forMatching in text-tools)
 * and `\p{L}` / `\p{N}` in the tables are rewritten to the letters of the languages we check.
 */
import { packsByLanguage } from '@/lib/i18n/language-packs';
import { UI_LANGUAGES } from '@/lib/i18n/translate';
import type { PoaPatternSet } from './types';

/** Every UI language's phrase tables, from `./<code>.ts`. */
export const POA_PATTERN_SETS: readonly PoaPatternSet[] = ((sets) => UI_LANGUAGES.map((language) => sets[language]))(
  packsByLanguage(
    import.meta.glob<PoaPatternSet>(['./*.ts', '!./index.ts', '!./types.ts'], { eager: true, import: 'poaPatterns' }),
  ),
);

/** Lower-case Latin letters: ASCII, Latin-1 (æ, ø, å, ä, ö, ü, ß, é…) and Latin Extended-A/B. */
const LETTER_RANGE = 'a-z\u00df-\u00f6\u00f8-\u00ff\u0100-\u024f';
const DIGIT_RANGE = '0-9';

/** Rewrites `\p{L}` and `\p{N}` to explicit ranges, inside or outside a character class. */
export function expandClasses(fragment: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < fragment.length; i += 1) {
    const character = fragment[i];
    if (character === '\\') {
      const sequence = fragment.slice(i, i + 5);
      if (sequence === '\\p{L}' || sequence === '\\p{N}') {
        const range = sequence === '\\p{L}' ? LETTER_RANGE : DIGIT_RANGE;
        out += inClass ? range : `[${range}]`;
        i += 4;
      } else {
        out += fragment.slice(i, i + 2);
        i += 1;
      }
      continue;
    }
    if (character === '[') inClass = true;
    else if (character === ']') inClass = false;
    out += character;
  }
  return out;
}

const LETTER_OR_DIGIT = `[${LETTER_RANGE}${DIGIT_RANGE}]`;

/** One regular expression for a list of fragments, matching whole words only; 'g' for matchAll. */
export function compileFragments(fragments: readonly string[]): RegExp {
  const body = fragments.map((fragment) => expandClasses(fragment).replaceAll(' ', String.raw`\s+`)).join('|');
  return new RegExp(`(?<!${LETTER_OR_DIGIT})(?:${body})(?!${LETTER_OR_DIGIT})`, 'g');
}

export interface CompiledPatternSet {
  readonly language: PoaPatternSet['language'];
  readonly vague: RegExp;
  readonly specifics: RegExp;
  readonly blaming: RegExp;
  readonly emotional: RegExp;
  readonly future: RegExp;
  readonly done: RegExp;
  readonly issueTerms: RegExp;
  readonly evidenceTerms: RegExp;
}

const compiled = new Map<PoaPatternSet, CompiledPatternSet>();

function compile(set: PoaPatternSet): CompiledPatternSet {
  let done = compiled.get(set);
  if (!done) {
    done = {
      language: set.language,
      vague: compileFragments(set.vague),
      specifics: compileFragments(set.specifics),
      blaming: compileFragments(set.blaming),
      emotional: compileFragments(set.emotional),
      future: compileFragments(set.future),
      done: compileFragments(set.done),
      issueTerms: compileFragments(set.issueTerms),
      evidenceTerms: compileFragments(set.evidenceTerms),
    };
    compiled.set(set, done);
  }
  return done;
}

/**
 * The tables of the given languages (every language's when null), each compiled on first use:
 * a plan in one language never pays for compiling the other eleven.
 */
export function compiledPatternSets(languages: readonly string[] | null = null): readonly CompiledPatternSet[] {
  const wanted = languages ? POA_PATTERN_SETS.filter((set) => languages.includes(set.language)) : POA_PATTERN_SETS;
  return (wanted.length > 0 ? wanted : POA_PATTERN_SETS).map(compile);
}
