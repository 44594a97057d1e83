/**
 * Every language's case-page words, from lib/lang/<code>/cases.ts. A list: every reader takes
 * all languages at once, and a page's words are matched whatever their language.
 */
import type { CaseWords } from '@/lib/cases/case-words';

export const CASE_WORDS: readonly CaseWords[] = /* @__PURE__ */ Object.values(
  import.meta.glob<CaseWords>('./*/cases.ts', { eager: true, import: 'cases' }),
);
