/** What each tab's content script last reported: rebuilt on every page load, so never backed up. */
import * as z from 'zod/mini';
import { keepUnknown } from '@/lib/keep-unknown';
import { PAGE_KINDS } from '@/lib/pages';
import { hostFieldToCode } from '../marketplace-values';
import { defineItemFamily } from '../stored-item';

export const tabReportSchema = keepUnknown({
  /** A marketplace code (v1 held the host). */
  marketplace: z.string(),
  kind: z.enum(PAGE_KINDS),
  url: z.string(),
  at: z.number(),
});
export type TabReport = z.infer<typeof tabReportSchema>;

/**
 * What each tab's content script last reported, one item per tab id. Session storage
 * survives service-worker restarts and is cleared with the browser session.
 */
export const tabReports = defineItemFamily<TabReport | null>({
  prefix: 'session:tab:',
  schema: z.nullable(tabReportSchema),
  fallback: null,
  version: 2,
  migrations: hostFieldToCode,
  backup: 'derived',
});
