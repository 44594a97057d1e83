import { describe, expect, it } from 'vitest';
import { calendarDateIn, daysBetween, zonedTime } from '@/lib/calendar';
import { compileDeadlineReader, type DeadlineContext } from '@/lib/deadlines/deadline';
import { phraseSource } from '@/lib/deadlines/phrases';
import { SELLER_CENTRAL_LANGUAGES } from '@/lib/lang/languages';
import { loadNoticeLexicons } from '@/lib/lang/notices';

const LEXICONS = Object.values(await loadNoticeLexicons());
const read = compileDeadlineReader(LEXICONS);
/** 2026-12-07 10:00 in Berlin. */
const FROM = Date.UTC(2026, 11, 7, 9);
const berlin: DeadlineContext = { from: FROM, timeZone: 'Europe/Berlin' };
const due = (text: string, context = berlin) => read(text, context)?.due ?? null;

describe('deadlines read from notices', () => {
  it('has phrases for every Seller Central language, each with one number', () => {
    expect(LEXICONS.map((lexicon) => lexicon.language).sort()).toEqual([...SELLER_CENTRAL_LANGUAGES].sort());
    for (const pack of LEXICONS)
      for (const phrase of [...pack.deadlines.days, ...pack.deadlines.hours]) {
        expect(phrase.split('{n}'), `${pack.language}: ${phrase}`).toHaveLength(2);
        expect(() => new RegExp(phraseSource(phrase), 'u')).not.toThrow();
      }
  });

  it.each([
    ['en', 'Submit a plan of action within 17 days, or your account may be deactivated.'],
    ['en', 'You have 17 days from today to respond.'],
    ['de', 'Bitte reichen Sie innerhalb von 17 Tagen einen Maßnahmenplan ein.'],
    ['de', 'Sie haben binnen 17 Tagen Zeit.'],
    ['fr', 'Veuillez nous envoyer un plan d’action dans les 17 jours.'],
    ['fr', 'Répondez sous 17 jours.'],
    ['it', 'Invia un piano d’azione entro 17 giorni.'],
    ['es', 'Envíe un plan de acción en un plazo de 17 días.'],
    ['nl', 'Stuur binnen 17 dagen een actieplan.'],
    ['pl', 'Prześlij plan działania w ciągu 17 dni.'],
    ['sv', 'Skicka en handlingsplan inom 17 dagar.'],
    ['ja', '17日以内に改善計画書を提出してください。'],
    ['ja', '１７日以内に改善計画書を提出してください。'],
    ['zh', '请在17天内提交行动计划。'],
    ['pt', 'Envie um plano de ação no prazo de 17 dias.'],
    ['tr', 'Lütfen 17 gün içinde bir eylem planı gönderin.'],
    ['ar', 'يرجى إرسال خطة عمل خلال 17 يومًا.'],
    ['ar', 'يرجى إرسال خطة عمل خلال ١٧ يومًا.'],
  ])('%s: "%s" is due 17 days after it was first seen', (_language, text) => {
    expect(due(text)).toBe('2026-12-24');
  });

  it.each([
    ['en', 'Respond within 72 hours.'],
    ['de', 'Antworten Sie innerhalb von 72 Stunden.'],
    ['fr', 'Répondez dans les 72 heures.'],
    ['sv', 'Svara inom 72 timmar.'],
    ['ja', '72時間以内にご対応ください。'],
    ['zh', '请在72小时内回复。'],
    ['tr', '72 saat içinde yanıt verin.'],
    ['ar', 'يرجى الرد خلال 72 ساعة.'],
  ])('%s: "%s" is due three days on, to the hour', (_language, text) => {
    expect(read(text, berlin)).toMatchObject({ due: '2026-12-10', dueAt: FROM + 72 * 3_600_000 });
  });

  it.each([
    ['by 12 January 2027', '2027-01-12'],
    ['by January 12, 2027', '2027-01-12'],
    ['bis zum 12. Januar 2027', '2027-01-12'],
    ['avant le 1er février 2027', '2027-02-01'],
    ['antes del 12 de enero de 2027', '2027-01-12'],
    ['senast den 12 januari 2027', '2027-01-12'],
    ['do 12 stycznia 2027', '2027-01-12'],
    ['12 Ocak 2027 tarihine kadar', '2027-01-12'],
    ['بحلول 12 يناير 2027', '2027-01-12'],
    ['2027年1月12日までに', '2027-01-12'],
    ['bis 12.01.2027', '2027-01-12'],
    ['by 2027-01-12', '2027-01-12'],
  ])('reads the date in "%s"', (text, expected) => {
    expect(due(text)).toBe(expected);
  });

  it('leaves a slashed date alone: 01/02 is a different day on different marketplaces', () => {
    expect(due('by 01/02/2027')).toBeNull();
  });

  it('is due at the end of the named day in the marketplace, not in the seller’s zone', () => {
    const deadline = read('by 12 January 2027', { ...berlin, timeZone: 'Asia/Tokyo' });
    expect(deadline?.dueAt).toBe(Date.UTC(2027, 0, 12, 14, 59));
  });

  it('takes the earliest of several', () => {
    expect(due('Send the documents within 30 days; respond to this message within 72 hours.')).toBe('2026-12-10');
  });

  it.each([
    'Your Order Defect Rate over the last 60 days is 1.2%.',
    'Seller fulfilled orders in the past 30 days: 117.',
    'Your account was deactivated on 3 March 2026.',
    'This plan stays valid until 1 January 2031.',
    'We reviewed your account within 2 business days.',
    'Respond within 9999 days',
    'Within 0 days',
    'Call us on 0800 123 4567 within office hours.',
    'begin 17 dagen',
  ])('finds no deadline in "%s"', (text) => {
    expect(read(text, berlin)).toBeNull();
  });

  it('counts across a change of the clocks and the year', () => {
    // Late on 30 December in Los Angeles is already 31 December in UTC.
    const from = Date.UTC(2026, 11, 31, 7);
    const deadline = read('within 3 days', { from, timeZone: 'America/Los_Angeles' });
    expect(deadline?.due).toBe('2027-01-02');
    expect(calendarDateIn(zonedTime('2027-03-28', 2, 'Europe/Berlin'), 'Europe/Berlin')).toBe('2027-03-28');
    expect(daysBetween('2026-12-30', '2027-01-02')).toBe(3);
  });
});
