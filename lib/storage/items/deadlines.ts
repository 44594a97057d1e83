/**
 * The deadline each marketplace's notice states (`local:deadline:<code>`; shape and rules in
 * lib/deadlines/record.ts). Derived: the notice is read again on the next visit, so backups
 * leave it out.
 */
import * as z from 'zod/mini';
import { type DeadlineRecord, deadlineRecordSchema } from '@/lib/deadlines/record';
import { MARKETPLACE_CODES } from '@/lib/marketplaces';
import { defineItemFamily } from '../stored-item';

export const deadlines = defineItemFamily<DeadlineRecord | null>({
  prefix: 'local:deadline:',
  likelyIds: MARKETPLACE_CODES,
  schema: z.nullable(deadlineRecordSchema),
  fallback: null,
  version: 1,
  backup: 'derived',
});
