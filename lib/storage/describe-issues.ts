import type * as z from 'zod/mini';

/**
 * A readable reason for the quarantine list. zod/mini ships no message locale (that is what
 * keeps it small), so the reason is built from the issue data itself.
 */
export function describeIssues(error: z.core.$ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => {
      const where = issue.path.length ? issue.path.map(String).join('.') : '(value)';
      const detail =
        issue.code === 'invalid_type'
          ? `expected ${issue.expected}`
          : issue.code === 'invalid_value'
            ? `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`
            : issue.code === 'too_small'
              ? `below the minimum ${String(issue.minimum)}`
              : issue.code === 'too_big'
                ? `above the maximum ${String(issue.maximum)}`
                : issue.code;
      return `${where}: ${detail}`;
    })
    .concat(error.issues.length > 5 ? [`…and ${error.issues.length - 5} more`] : [])
    .join('; ');
}
