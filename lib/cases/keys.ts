/**
 * Where cases are stored (WXT form, `area:name`), spelled here only. No zod: the popup's first
 * chunk reads case records through these before any schema has loaded.
 * A case record lives at exactly one of the first two.
 */
export const CASE_RECORD_PREFIX = 'sync:case:' as const;
/** Cases moved out of sync when it fills up (see sync-budget.ts): same record, this device only. */
export const LOCAL_CASE_RECORD_PREFIX = 'local:caseRecord:' as const;
export const CASE_DETAIL_PREFIX = 'local:caseDetail:' as const;
