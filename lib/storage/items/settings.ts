/** The seller's settings (options page), synced across their browsers. */
import * as z from 'zod/mini';
import { UI_LANGUAGES } from '@/lib/i18n/translate';
import { keepUnknown } from '@/lib/keep-unknown';
import { defineValidatedItem } from '../stored-item';

export const LANGUAGE_SETTINGS = ['auto', ...UI_LANGUAGES] as const;
export type LanguageSetting = (typeof LANGUAGE_SETTINGS)[number];

export const settingsSchema = keepUnknown({
  language: z.enum(LANGUAGE_SETTINGS),
  /** Hours after the last message sent before a case follow-up is due. */
  followUpHours: z.int().check(z.minimum(24), z.maximum(96)),
  /**
   * System notifications for changes for the worse (issue #18). Absent means the default: on for
   * a marketplace entering a state, off for the rating falling below 200 or 100 (it moves often)
   * and for a policy's count going up (lib/account-health/changes.ts says why).
   */
  notifyNewStates: z.optional(z.boolean()),
  notifyRatingDrops: z.optional(z.boolean()),
  notifyPolicyRises: z.optional(z.boolean()),
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
  backup: 'settings',
  backupId: 'settings',
});
