/**
 * A case's topic guessed from its subject, in whatever Seller Central language the subject is
 * written: the seller can always change it. Unsure means "other", never a guess.
 */
import { CASE_TOPIC_ORDER, type CaseSubjectWords } from './case-words';
import type { CaseTopic } from './model';

export function guessCaseTopic(subject: string, words: readonly CaseSubjectWords[]): CaseTopic {
  const text = subject.toLowerCase();
  if (text.trim() === '') return 'other';
  for (const topic of CASE_TOPIC_ORDER)
    if (words.some((language) => language.topics[topic].some((term) => text.includes(term)))) return topic;
  return 'other';
}
