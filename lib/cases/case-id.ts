/**
 * What a Seller Central case ID looks like. No zod here: the content script and the pasted-ID
 * parser use these rules and must stay small.
 */

export const CASE_ID_MIN_DIGITS = 6;
export const CASE_ID_MAX_DIGITS = 15;
/** Every real case ID seen so far has 11 digits; 10 allows for older cases. */
export const USUAL_CASE_ID_DIGITS = { min: 10, max: 11 } as const;

export const CASE_ID_PATTERN = /^\d{6,15}$/;

export type CaseIdWarning = 'unusual-length';

export function isCaseId(value: string): boolean {
  return CASE_ID_PATTERN.test(value);
}

/** A valid ID of a length never seen in practice: accepted, but worth a second look. */
export function caseIdWarning(id: string): CaseIdWarning | undefined {
  return id.length < USUAL_CASE_ID_DIGITS.min || id.length > USUAL_CASE_ID_DIGITS.max ? 'unusual-length' : undefined;
}
