/**
 * The background validates every case message with these before it touches storage: a
 * message may come from an old content script, or from anything else that can send one.
 */
import * as z from 'zod/mini';
import { type MarketplaceCode, PRIMARY_MARKETPLACES } from '@/lib/marketplaces';
import { CASE_ID_PATTERN } from './case-id';
import {
  CASE_STATUSES,
  CASE_TOPICS,
  FULL_TITLE_MAX_CHARS,
  LOG_CHANNELS,
  LOG_DIRECTIONS,
  LOG_SUMMARY_MAX_CHARS,
  NOTES_MAX_CHARS,
} from './model';
import type { CaseAddRequest, CaseEditRequest, CaseLogRequest, CaseNotesRequest, CasePageReport } from './protocol';

const caseId = z.string().check(z.regex(CASE_ID_PATTERN));
/** Messages carry codes; the record keeps a host (see case-marketplace.ts). */
const marketplace = z.enum(PRIMARY_MARKETPLACES.map((m) => m.code) as [MarketplaceCode, ...MarketplaceCode[]]);
const time = z.int().check(z.minimum(0));

export const casePageReportSchema: z.ZodMiniType<CasePageReport> = z.object({
  marketplace,
  url: z.string().check(z.maxLength(4096)),
  id: caseId,
  status: z.nullable(z.enum(CASE_STATUSES)),
  subject: z.optional(z.nullable(z.string().check(z.maxLength(FULL_TITLE_MAX_CHARS)))),
  topic: z.optional(z.enum(CASE_TOPICS)),
  languages: z.optional(z.array(z.string().check(z.maxLength(35))).check(z.maxLength(8))),
});

export const caseAddRequestSchema: z.ZodMiniType<CaseAddRequest> = z.object({
  id: caseId,
  marketplace,
  topic: z.optional(z.enum(CASE_TOPICS)),
  title: z.optional(z.string().check(z.maxLength(FULL_TITLE_MAX_CHARS))),
});

export const caseEditRequestSchema: z.ZodMiniType<CaseEditRequest> = z.object({
  id: caseId,
  title: z.optional(z.string().check(z.maxLength(FULL_TITLE_MAX_CHARS))),
  topic: z.optional(z.enum(CASE_TOPICS)),
  status: z.optional(z.enum(CASE_STATUSES)),
  marketplace: z.optional(marketplace),
  nextFollowUpAt: z.optional(z.nullable(time)),
});

export const caseNotesRequestSchema: z.ZodMiniType<CaseNotesRequest> = z.object({
  id: caseId,
  notes: z.string().check(z.maxLength(NOTES_MAX_CHARS)),
});

export const caseLogRequestSchema: z.ZodMiniType<CaseLogRequest> = z.object({
  id: caseId,
  at: time,
  direction: z.enum(LOG_DIRECTIONS),
  channel: z.enum(LOG_CHANNELS),
  summary: z.string().check(z.minLength(1), z.maxLength(LOG_SUMMARY_MAX_CHARS)),
});

export const caseIdSchema = caseId;
