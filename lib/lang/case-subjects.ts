/**
 * Every language's case-subject words, from lib/lang/<code>/case-subjects.ts: a subject is read
 * whatever its language. The capture script's alone (the worker never needs them).
 */
import type { CaseSubjectWords } from '@/lib/cases/case-words';

export const CASE_SUBJECT_WORDS: readonly CaseSubjectWords[] = /* @__PURE__ */ Object.values(
  import.meta.glob<CaseSubjectWords>('./*/case-subjects.ts', { eager: true, import: 'caseSubjects' }),
);
