import { CASE_STATUSES, CASE_TOPICS, LOG_CHANNELS } from '@/lib/cases/model';
import { CASE_TEXT } from '@/lib/cases/text';
import { UI_LANGUAGES } from '@/lib/i18n/translate';

describe('case texts', () => {
  it('exist for every UI language, with a label for every topic, status and channel', () => {
    expect(Object.keys(CASE_TEXT).sort()).toEqual([...UI_LANGUAGES].sort());
    for (const language of UI_LANGUAGES) {
      const text = CASE_TEXT[language];
      for (const topic of CASE_TOPICS) expect(text.topics[topic].trim()).not.toBe('');
      for (const status of CASE_STATUSES) expect(text.statuses[status].trim()).not.toBe('');
      for (const channel of LOG_CHANNELS) expect(text.channels[channel].trim()).not.toBe('');
      expect(text.followUpReference('123456789')).toContain('123456789');
      expect(text.notificationTitle('123456789', 'amazon.se')).toMatch(/123456789.*\(amazon\.se\)/);
    }
  });

  it('are translated, not copied from English', () => {
    for (const language of ['da', 'sv', 'de'] as const) {
      expect(CASE_TEXT[language].idProblems.empty).not.toBe(CASE_TEXT.en.idProblems.empty);
      expect(CASE_TEXT[language].notificationBody(30)).not.toBe(CASE_TEXT.en.notificationBody(30));
    }
  });
});
