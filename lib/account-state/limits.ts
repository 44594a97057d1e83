/** Limits shared by storage schemas and the content script (which must not import zod). */
/** State changes kept for every marketplace together; beyond it the oldest are summarized. */
export const STATE_HISTORY_CAP = 2000;
/** How many of the oldest changes one summarizing step folds (one per marketplace remains). */
export const STATE_HISTORY_FOLD = 200;
export const DISMISSAL_DAYS = 7;
export const USER_PHRASE_LIMITS = { min: 4, max: 200, count: 100 } as const;
