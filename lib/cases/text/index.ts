/**
 * Everything the cases feature says, read from the UI catalog: the `case_*` messages of each
 * language's `_locales/<folder>/messages.json`. A language is its catalog; no case text is code,
 * so neither the popup nor the worker ships a copy per language.
 */
import { hoursAgo } from '@/lib/i18n/relative-time';
import type { MessageKey, Translate, UiLanguage } from '@/lib/i18n/translate';
import type { FollowUpState } from '../follow-up';
import type { CaseStatus, CaseTopic, LogChannel, LogDirection } from '../model';
import type { CaseIdProblem } from '../parse-id';
import type { CaseText, NotifyText } from './types';

export type { CaseText, NotifyText } from './types';

/** Every case message starts with it: the worker asks its catalog for these alone. */
export const CASE_MESSAGE_PREFIX = 'case_';

const TOPICS: Readonly<Record<CaseTopic, MessageKey>> = {
  'account-hold': 'case_topic_accountHold',
  deactivation: 'case_topic_deactivation',
  'under-review': 'case_topic_underReview',
  verification: 'case_topic_verification',
  'removal-order': 'case_topic_removalOrder',
  listing: 'case_topic_listing',
  other: 'case_topic_other',
};
const STATUSES: Readonly<Record<CaseStatus, MessageKey>> = {
  open: 'case_status_open',
  answered: 'case_status_answered',
  'needs-attention': 'case_status_needsAttention',
  resolved: 'case_status_resolved',
};
const FOLLOW_UP_STATES: Readonly<Record<FollowUpState, MessageKey>> = {
  overdue: 'case_followUp_overdue',
  due: 'case_followUp_due',
  'due-soon': 'case_followUp_dueSoon',
  waiting: 'case_followUp_waiting',
  none: 'case_followUp_none',
};
const DIRECTIONS: Readonly<Record<LogDirection, MessageKey>> = {
  sent: 'case_direction_sent',
  received: 'case_direction_received',
};
const CHANNELS: Readonly<Record<LogChannel, MessageKey>> = {
  'case-log': 'case_channel_caseLog',
  email: 'case_channel_email',
  phone: 'case_channel_phone',
  chat: 'case_channel_chat',
  other: 'case_channel_other',
};
const ID_PROBLEMS: Readonly<Record<CaseIdProblem | 'unusual-length', MessageKey>> = {
  empty: 'case_idProblem_empty',
  'non-digit': 'case_idProblem_nonDigit',
  'too-short': 'case_idProblem_tooShort',
  'too-long': 'case_idProblem_tooLong',
  'several-ids': 'case_idProblem_severalIds',
  'unusual-length': 'case_idProblem_unusualLength',
};

function labels<K extends string>(t: Translate, keys: Readonly<Record<K, MessageKey>>): Record<K, string> {
  return Object.fromEntries(Object.entries<MessageKey>(keys).map(([name, key]) => [name, t(key)])) as Record<K, string>;
}

/** The worker's part: the reminder notification and the case page's save control. */
export function notifyTextFrom(t: Translate, language: UiLanguage): NotifyText {
  return {
    notificationTitle: (id, marketplace) => t('case_notificationTitle', id, marketplace),
    // The time in the language's own grammar ("vor 3 Tagen", "3 dni temu"), from Intl.
    notificationBody: (hours) => t('case_notificationBody', hoursAgo(hours, language)),
    notificationButtons: { open: t('case_notificationOpen'), snooze: t('case_notificationSnooze') },
    capture: { save: t('case_captureSave'), saved: t('case_captureSaved'), failed: t('case_captureFailed') },
  };
}

const built = new WeakMap<Translate, CaseText>();

/** The popup's: built once per translator (the list's search index reads every label). */
export function caseTextFrom(t: Translate, language: UiLanguage): CaseText {
  const known = built.get(t);
  if (known) return known;
  const text: CaseText = {
    ...notifyTextFrom(t, language),
    topics: labels(t, TOPICS),
    statuses: labels(t, STATUSES),
    followUpStates: labels(t, FOLLOW_UP_STATES),
    directions: labels(t, DIRECTIONS),
    channels: labels(t, CHANNELS),
    idProblems: labels(t, ID_PROBLEMS),
    followUpIn: (when) => t('case_followUpIn', when),
    followUpOverdue: (when) => t('case_followUpOverdue', when),
    followUpReference: (id, sentOn) =>
      sentOn ? t('case_followUpReferenceDated', id, sentOn) : t('case_followUpReference', id),
  };
  built.set(t, text);
  return text;
}
