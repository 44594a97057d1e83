/** Precision, recall and false alarms per language and per state, from case results. */
import { type AccountState, STATES_BY_SEVERITY } from '@/lib/account-state/states';
import type { CaseResult } from './evaluate';

export interface Tally {
  /** Notices (expected a state). */
  positives: number;
  /** Notices read as exactly their state. */
  correct: number;
  /** Notices read as nothing. */
  missed: number;
  /** Notices read as another state. */
  wrongState: number;
  /** Traps (expected nothing). */
  traps: number;
  /** Traps that raised a state. */
  falseAlarms: number;
}

export const emptyTally = (): Tally => ({
  positives: 0,
  correct: 0,
  missed: 0,
  wrongState: 0,
  traps: 0,
  falseAlarms: 0,
});

export function add(tally: Tally, result: CaseResult): void {
  if (result.expected === null) {
    tally.traps += 1;
    if (result.got !== null) tally.falseAlarms += 1;
    return;
  }
  tally.positives += 1;
  if (result.got === result.expected) tally.correct += 1;
  else if (result.got === null) tally.missed += 1;
  else tally.wrongState += 1;
}

/** Recall: notices read as their own state. Precision: alarms that were right (state included). */
export function recall(t: Tally): number {
  return t.positives === 0 ? 1 : t.correct / t.positives;
}

export function precision(t: Tally): number {
  const alarms = t.correct + t.wrongState + t.falseAlarms;
  return alarms === 0 ? 1 : t.correct / alarms;
}

export interface Scores {
  readonly byLanguage: Map<string, Tally>;
  readonly byState: Map<AccountState, Tally>;
  readonly total: Tally;
}

export function score(results: ReadonlyArray<CaseResult & { language: string }>): Scores {
  const byLanguage = new Map<string, Tally>();
  const byState = new Map<AccountState, Tally>(STATES_BY_SEVERITY.map((s) => [s, emptyTally()]));
  const total = emptyTally();
  for (const result of results) {
    const lang = byLanguage.get(result.language) ?? emptyTally();
    byLanguage.set(result.language, lang);
    add(lang, result);
    add(total, result);
    // A false alarm counts against the state it raised; a notice against the state it is.
    const state = result.expected ?? result.got;
    if (state) add(byState.get(state) as Tally, result);
  }
  return { byLanguage, byState, total };
}
