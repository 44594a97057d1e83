/** Limits shared by storage schemas and the content script (which must not import zod). */
export const STATE_HISTORY_CAP = 200;
export const DISMISSAL_DAYS = 7;
export const USER_PHRASE_LIMITS = { min: 4, max: 200, count: 100 } as const;
