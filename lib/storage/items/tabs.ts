/** What each tab's content script last reported: rebuilt on every page load, so never backed up. */
import * as z from 'zod/mini';
import { PAGE_KINDS } from '@/lib/pages';
import { defineItemFamily } from '../stored-item';

export const tabReportSchema = z.object({
  host: z.string(),
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
  version: 1,
  backup: 'derived',
});
