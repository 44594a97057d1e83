import type { UiLanguage } from './translate';

const STEPS: ReadonlyArray<[Intl.RelativeTimeFormatUnit, number]> = [
  ['second', 60],
  ['minute', 60],
  ['hour', 24],
  ['day', 7],
  ['week', 4.35],
  ['month', 12],
  ['year', Number.POSITIVE_INFINITY],
];

/**
 * "2 hours ago" / "for 2 timer siden" in the UI language, from two epoch-millisecond times, for
 * something that has happened. A moment after `now` reads "now": screens refresh their clock
 * every few seconds, so an item ticked since then would otherwise read "in 3 seconds".
 */
export function relativeTime(then: number, now: number, language: UiLanguage): string {
  return formatSeconds((Math.min(then, now) - now) / 1000, language);
}

/** "in 2 days" / "om 2 dage": something still to come; a moment already past reads "now". */
export function relativeTimeUntil(then: number, now: number, language: UiLanguage): string {
  return formatSeconds((Math.max(then, now) - now) / 1000, language);
}

// One formatter per language: creating one loads locale data and cost more than a list row.
const formats = new Map<UiLanguage, Intl.RelativeTimeFormat>();

function formatterFor(language: UiLanguage): Intl.RelativeTimeFormat {
  let format = formats.get(language);
  if (!format) {
    format = new Intl.RelativeTimeFormat(language, { numeric: 'auto' });
    formats.set(language, format);
  }
  return format;
}

function formatSeconds(seconds: number, language: UiLanguage): string {
  const format = formatterFor(language);
  let value = seconds;
  for (const [unit, size] of STEPS) {
    if (Math.abs(value) < size) return format.format(Math.round(value), unit);
    value /= size;
  }
  return format.format(Math.round(value), 'year');
}

/**
 * How long ago something was sent, in whole hours up to two days and in days after ("30 hours
 * ago", "vor 3 Tagen"): the reminder's wording, where "yesterday" would be too vague a count.
 */
export function hoursAgo(hours: number, language: UiLanguage): string {
  const format = new Intl.RelativeTimeFormat(language, { numeric: 'always' });
  return hours < 48 ? format.format(-hours, 'hour') : format.format(-Math.floor(hours / 24), 'day');
}
