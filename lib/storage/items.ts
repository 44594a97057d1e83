/**
 * Every stored item, defined once. Feature modules add their items here (or in a file of
 * their own that uses defineValidatedItem), never by calling the storage API with ad-hoc keys.
 */
import * as z from 'zod/mini';
import { PAGE_KINDS } from '../pages';
import { hostFieldToCode } from './marketplace-values';
import { defineItemFamily, defineValidatedItem } from './validated-item';

export const LANGUAGE_SETTINGS = ['auto', 'en', 'da', 'sv', 'de'] as const;
export type LanguageSetting = (typeof LANGUAGE_SETTINGS)[number];

export const settingsSchema = z.object({
  language: z.enum(LANGUAGE_SETTINGS),
  /** Hours after the last message sent before a case follow-up is due. */
  followUpHours: z.int().check(z.minimum(24), z.maximum(96)),
});
export type Settings = z.infer<typeof settingsSchema>;
export const DEFAULT_SETTINGS: Settings = { language: 'auto', followUpHours: 48 };

/**
 * v1 held only the UI language; v2 adds the follow-up delay. Unknown languages from v1 become
 * 'auto' rather than failing the whole item; a follow-up delay already there (a v2 value whose
 * version record was lost) is kept. Anything that is not an object is not a v1 value: the
 * migration refuses it, so it stays as it is and validation sets it aside whole.
 */
export function migrateSettingsV1(previous: unknown): Settings {
  if (previous === null || previous === undefined) return { ...DEFAULT_SETTINGS };
  if (typeof previous !== 'object' || Array.isArray(previous)) throw new Error('settings v1 must be an object');
  const old = previous as { language?: unknown; followUpHours?: unknown };
  const language = LANGUAGE_SETTINGS.find((l) => l === old.language) ?? 'auto';
  const hours = old.followUpHours;
  const followUpHours =
    typeof hours === 'number' && Number.isInteger(hours) && hours >= 24 && hours <= 96
      ? hours
      : DEFAULT_SETTINGS.followUpHours;
  return { language, followUpHours };
}

export const settingsItem = defineValidatedItem<Settings>({
  key: 'sync:settings',
  schema: settingsSchema,
  fallback: DEFAULT_SETTINGS,
  version: 2,
  migrations: { 2: migrateSettingsV1 },
});

export const tabReportSchema = z.object({
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
});
