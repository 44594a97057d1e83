/**
 * Chrome rejects sync writes with messages such as "QUOTA_BYTES quota exceeded",
 * "QUOTA_BYTES_PER_ITEM quota exceeded", "MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded"
 * and "MAX_ITEMS quota exceeded"; Firefox says "QuotaExceededError" or "exceeded quota".
 * All of them mean the same to us: keep the value somewhere else, do not lose it.
 */
const QUOTA_PATTERN = /QUOTA_BYTES|MAX_WRITE_OPERATIONS|MAX_ITEMS|QuotaExceeded|quota/i;

export function isQuotaError(error: unknown): boolean {
  const message = error instanceof Error ? error.message : typeof error === 'string' ? error : '';
  const name = error instanceof Error ? error.name : '';
  return QUOTA_PATTERN.test(message) || QUOTA_PATTERN.test(name);
}

export function describeError(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  return String(error);
}
