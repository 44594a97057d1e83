import { CASE_STATUSES, CASE_TOPICS, LOG_CHANNELS, LOG_DIRECTIONS } from '@/lib/cases/model';
import { UI_LANGUAGES } from '@/lib/i18n/translate';
import { caseTextIn } from './case-text';

describe('case texts', () => {
  it.each(UI_LANGUAGES)(
    '%s has a label for every topic, status, direction and channel, from its catalog',
    (language) => {
      const text = caseTextIn(language);
      const english = caseTextIn('en');
      for (const topic of CASE_TOPICS) expect(text.topics[topic]).toMatch(/\S/);
      for (const status of CASE_STATUSES) expect(text.statuses[status]).toMatch(/\S/);
      for (const direction of LOG_DIRECTIONS) expect(text.directions[direction]).toMatch(/\S/);
      for (const channel of LOG_CHANNELS) expect(text.channels[channel]).toMatch(/\S/);
      // No label is a message key: every key the builder asks for is in the catalog.
      for (const label of [...Object.values(text.topics), ...Object.values(text.idProblems)])
        expect(label).not.toMatch(/^case_/);
      expect(text.followUpReference('123456789')).toContain('123456789');
      expect(text.followUpReference('123456789', 'DATE')).toMatch(/123456789.*DATE|DATE.*123456789/);
      expect(text.notificationTitle('123456789', 'amazon.se')).toMatch(/123456789.*amazon\.se/);
      if (language !== 'en') {
        expect(text.idProblems.empty).not.toBe(english.idProblems.empty);
        expect(text.notificationBody(30)).not.toBe(english.notificationBody(30));
      }
    },
  );

  it('counts the time since the last message in the language’s own grammar', () => {
    expect(caseTextIn('en').notificationBody(72)).toContain('sent 3 days ago');
    expect(caseTextIn('de').notificationBody(72)).toContain('vor 3 Tagen');
    expect(caseTextIn('da').notificationBody(1)).toContain('for 1 time siden');
    expect(caseTextIn('sv').notificationBody(30)).toContain('för 30 timmar sedan');
  });
});
