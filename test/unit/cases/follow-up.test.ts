import {
  caseIdFromAlarmName,
  diffAlarms,
  followUpAlarmName,
  MIN_ALARM_DELAY_MS,
  markNotified,
  planFollowUpAlarms,
  pruneNotified,
} from '@/lib/cases/alarms';
import {
  clampFollowUpHours,
  followUpDueAt,
  followUpOf,
  hoursSinceSent,
  orderForPopup,
  snooze,
} from '@/lib/cases/follow-up';
import { followUpLine, followUpNotification, followUpReference } from '@/lib/cases/follow-up-text';
import { recordInteraction } from '@/lib/cases/interactions';
import { caseTextIn } from './case-text';
import { caseRecord, DAY, HOUR, T0 } from './fixtures';

describe('follow-up time', () => {
  it('is 48 hours after the last message sent by default, within the 24-96 h setting', () => {
    expect(followUpDueAt(caseRecord({ lastSentAt: T0 }), 48)).toBe(T0 + 48 * HOUR);
    expect(followUpDueAt(caseRecord({ lastSentAt: T0 }), 24)).toBe(T0 + 24 * HOUR);
    expect(followUpDueAt(caseRecord({ lastSentAt: T0 }), 12)).toBe(T0 + 24 * HOUR);
    expect(followUpDueAt(caseRecord({ lastSentAt: T0 }), 500)).toBe(T0 + 96 * HOUR);
    expect(clampFollowUpHours(Number.NaN)).toBe(48);
  });

  it('counts from opening when no message was logged, and a snooze or hand-set date wins', () => {
    const { lastSentAt: _none, ...unsent } = caseRecord({ createdAt: T0 - DAY });
    expect(followUpDueAt(unsent, 48)).toBe(T0 + DAY);
    expect(followUpDueAt(caseRecord({ nextFollowUpAt: T0 + 5 * HOUR }), 48)).toBe(T0 + 5 * HOUR);
  });

  it('applies only while waiting on Amazon', () => {
    for (const status of ['answered', 'needs-attention', 'resolved'] as const) {
      expect(followUpDueAt(caseRecord({ status }), 48)).toBeNull();
    }
    expect(followUpDueAt(caseRecord({ deleted: true, deletedAt: T0 }), 48)).toBeNull();
  });

  it('moves through waiting, due soon, due and overdue as time passes', () => {
    const record = caseRecord({ lastSentAt: T0 });
    expect(followUpOf(record, T0 + HOUR, 48).state).toBe('waiting');
    expect(followUpOf(record, T0 + 24 * HOUR, 48).state).toBe('due-soon');
    expect(followUpOf(record, T0 + 48 * HOUR, 48).state).toBe('due');
    expect(followUpOf(record, T0 + 72 * HOUR - 1, 48).state).toBe('due');
    expect(followUpOf(record, T0 + 72 * HOUR, 48).state).toBe('overdue');
    expect(followUpOf(caseRecord({ status: 'resolved' }), T0, 48)).toEqual({ state: 'none', dueAt: null });
  });

  it('snoozes for 24 hours from now and restarts after a new message', () => {
    const now = T0 + 50 * HOUR;
    const snoozed = snooze(caseRecord(), now);
    expect(followUpDueAt(snoozed, 48)).toBe(now + 24 * HOUR);
    expect(snoozed.updatedAt).toBe(now);
    const sent = recordInteraction(
      snoozed,
      null,
      { at: now + HOUR, direction: 'sent', channel: 'case-log', summary: 's' },
      now + HOUR,
    );
    expect(followUpDueAt(sent.record, 48)).toBe(now + HOUR + 48 * HOUR);
  });
});

describe('popup order', () => {
  it('puts overdue first, then due, then due soon, then the rest by last contact, resolved last', () => {
    const now = T0 + 100 * HOUR;
    const records = [
      caseRecord({ id: '10000000001', status: 'resolved', lastContactAt: now }),
      caseRecord({ id: '10000000002', status: 'answered', lastContactAt: now - HOUR }),
      caseRecord({ id: '10000000003', lastSentAt: now - 10 * HOUR, lastContactAt: now - 10 * HOUR }), // waiting
      caseRecord({ id: '10000000004', lastSentAt: now - 30 * HOUR }), // due soon
      caseRecord({ id: '10000000005', lastSentAt: now - 50 * HOUR }), // due
      caseRecord({ id: '10000000006', lastSentAt: now - 90 * HOUR }), // overdue
      caseRecord({ id: '10000000007', lastSentAt: now - 80 * HOUR }), // overdue, less so
      caseRecord({ id: '10000000008', deleted: true, deletedAt: now }),
      caseRecord({ id: '10000000009', status: 'needs-attention', lastContactAt: now - 20 * HOUR }),
    ];
    expect(orderForPopup(records, now, 48).map((r) => r.id.slice(-1))).toEqual([
      '6',
      '7',
      '5',
      '4',
      '2',
      '3',
      '9',
      '1',
    ]);
  });

  it('orders 500 cases quickly', () => {
    const records = Array.from({ length: 500 }, (_, i) =>
      caseRecord({ id: String(10_000_000_000 + i), lastSentAt: T0 - (i % 100) * HOUR, lastContactAt: T0 - i * HOUR }),
    );
    const started = performance.now();
    expect(orderForPopup(records, T0, 48)).toHaveLength(500);
    expect(performance.now() - started).toBeLessThan(50);
  });
});

describe('follow-up alarms', () => {
  it('names alarms by case and reads them back', () => {
    expect(followUpAlarmName('20424098481')).toBe('case-follow-up:20424098481');
    expect(caseIdFromAlarmName('case-follow-up:20424098481')).toBe('20424098481');
    expect(caseIdFromAlarmName('case-follow-up:abc')).toBeNull();
    expect(caseIdFromAlarmName('badge-refresh')).toBeNull();
  });

  it('wants one alarm per waiting case, at its due time or as soon as Chrome allows', () => {
    const now = T0 + 60 * HOUR;
    const records = [
      caseRecord({ id: '10000000001', lastSentAt: T0 }), // due 12 h ago
      caseRecord({ id: '10000000002', lastSentAt: T0 + 30 * HOUR }), // due in 18 h
      caseRecord({ id: '10000000003', status: 'resolved' }),
    ];
    expect(planFollowUpAlarms(records, now, 48)).toEqual([
      {
        name: 'case-follow-up:10000000001',
        caseId: '10000000001',
        dueAt: T0 + 48 * HOUR,
        when: now + MIN_ALARM_DELAY_MS,
      },
      { name: 'case-follow-up:10000000002', caseId: '10000000002', dueAt: T0 + 78 * HOUR, when: T0 + 78 * HOUR },
    ]);
  });

  it('does not plan an alarm again once its notification was shown, until the due time changes', () => {
    const record = caseRecord({ lastSentAt: T0 });
    const dueAt = T0 + 48 * HOUR;
    const notified = markNotified({}, record.id, dueAt);
    expect(planFollowUpAlarms([record], dueAt + HOUR, 48, notified)).toEqual([]);
    const snoozed = snooze(record, dueAt + HOUR);
    expect(planFollowUpAlarms([snoozed], dueAt + HOUR, 48, notified).map((a) => a.when)).toEqual([dueAt + 25 * HOUR]);
    expect(pruneNotified(notified, [snoozed], 48)).toEqual({});
    expect(pruneNotified(notified, [record], 48)).toEqual(notified);
  });

  it('creates missing alarms, clears stale ones, leaves other alarms alone', () => {
    const now = T0;
    const wanted = planFollowUpAlarms(
      [caseRecord({ id: '10000000001', lastSentAt: T0 }), caseRecord({ id: '10000000002', lastSentAt: T0 + HOUR })],
      now,
      48,
    );
    const diff = diffAlarms(
      [
        { name: 'case-follow-up:10000000001', scheduledTime: T0 + 48 * HOUR },
        { name: 'case-follow-up:10000000009', scheduledTime: T0 },
        { name: 'other-feature', scheduledTime: T0 },
      ],
      wanted,
    );
    expect(diff.create.map((a) => a.caseId)).toEqual(['10000000002']);
    expect(diff.clear).toEqual(['case-follow-up:10000000009']);
  });

  it('keeps a pending alarm for a passed due time instead of pushing it back on every re-plan', () => {
    const record = caseRecord({ lastSentAt: T0 });
    const first = planFollowUpAlarms([record], T0 + 50 * HOUR, 48);
    const existing = [{ name: first[0]?.name ?? '', scheduledTime: first[0]?.when ?? 0 }];
    const later = planFollowUpAlarms([record], T0 + 50 * HOUR + 10_000, 48);
    expect(diffAlarms(existing, later).create).toEqual([]);
    // A snooze moves the due time past the pending alarm: it is replaced.
    const moved = planFollowUpAlarms([snooze(record, T0 + 50 * HOUR)], T0 + 50 * HOUR, 48);
    expect(diffAlarms(existing, moved).create).toHaveLength(1);
  });
});

describe('follow-up texts', () => {
  const record = caseRecord({ marketplace: 'sellercentral.amazon.de', lastSentAt: T0 });

  it('quotes the case ID and the date of the last message in each language', () => {
    expect(followUpReference(record, caseTextIn('en'), 'en', 'UTC')).toBe(
      'Case ID 20424098481: I am following up on my message of May 3, 2025. Could you tell me where this case stands?',
    );
    expect(followUpReference(record, caseTextIn('da'), 'da', 'UTC')).toContain('Sags-ID 20424098481');
    expect(followUpReference(record, caseTextIn('da'), 'da', 'UTC')).toContain('3. maj 2025');
    expect(followUpReference(record, caseTextIn('sv'), 'sv', 'UTC')).toContain('Ärende-ID 20424098481');
    expect(followUpReference(record, caseTextIn('sv'), 'sv', 'UTC')).toContain('3 maj 2025');
    expect(followUpReference(record, caseTextIn('de'), 'de', 'UTC')).toContain('Fall-ID 20424098481');
    expect(followUpReference(record, caseTextIn('de'), 'de', 'UTC')).toContain('vom 3. Mai 2025');
    for (const language of ['en', 'da', 'sv', 'de'] as const) {
      expect(followUpReference(record, caseTextIn(language), language, 'UTC')).not.toContain('\n');
    }
  });

  it('titles the notification with the case and marketplace', () => {
    const now = T0 + 50 * HOUR;
    expect(followUpNotification(record, now, caseTextIn('en'))).toEqual({
      title: 'Follow up on case 20424098481 (amazon.de)',
      message: 'Your last message was sent 2 days ago. Open the case, or snooze this reminder for 24 hours.',
      buttons: ['Open case', 'Snooze 24 h'],
    });
    expect(followUpNotification(record, now, caseTextIn('da')).title).toBe('Følg op på sag 20424098481 (amazon.de)');
    expect(followUpNotification(record, now, caseTextIn('sv')).title).toBe('Följ upp ärende 20424098481 (amazon.de)');
    expect(followUpNotification(record, now, caseTextIn('de')).title).toBe(
      'Bei Fall 20424098481 nachfassen (amazon.de)',
    );
    expect(followUpNotification(record, T0 + 73 * HOUR, caseTextIn('de')).message).toContain('vor 3 Tagen');
    expect(hoursSinceSent(record, T0 + 90 * 60 * 1000)).toBe(1);
    expect(followUpNotification(record, T0 + HOUR, caseTextIn('en')).message).toContain('sent 1 hour ago');
    expect(followUpNotification(record, T0 + 30 * HOUR, caseTextIn('sv')).message).toContain('för 30 timmar sedan');
  });
});

describe('the list row follow-up line', () => {
  const open = caseRecord({ lastSentAt: T0, status: 'open' });
  const line = (record: typeof open, now: number, language: 'en' | 'sv' | 'da' | 'de' = 'en') =>
    followUpLine(followUpOf(record, now, 48), now, caseTextIn(language), language);

  it('counts down to the follow-up while the seller waits for Amazon', () => {
    expect(line(open, T0)).toBe('Follow up in 2 days');
    expect(line(open, T0 + 24 * HOUR)).toBe('Follow up tomorrow');
    expect(line(open, T0 + 43 * HOUR)).toBe('Follow up in 5 hours');
    expect(line(open, T0, 'sv')).toBe('Följ upp i övermorgon');
    expect(line(caseRecord({ lastSentAt: T0, nextFollowUpAt: T0 + 4 * DAY }), T0, 'sv')).toBe('Följ upp om 4 dagar');
    expect(line(open, T0, 'de')).toBe('Nachfassen übermorgen');
  });

  it('says the follow-up is due, then overdue and since when', () => {
    expect(line(open, T0 + 50 * HOUR)).toBe('Follow up now');
    expect(line(open, T0 + 48 * HOUR + 3 * DAY)).toBe('Follow-up overdue: it was due 3 days ago');
    expect(line(open, T0 + 48 * HOUR + 3 * DAY, 'da')).toBe(
      'Opfølgningen er forsinket: den skulle ske for 3 dage siden',
    );
  });

  it('is silent when the next move is not a follow-up', () => {
    expect(line(caseRecord({ lastSentAt: T0, status: 'answered' }), T0)).toBeNull();
    expect(line(caseRecord({ lastSentAt: T0, status: 'resolved' }), T0 + 10 * DAY)).toBeNull();
  });
});

// Survivors of `npm run mutation` (issue #17): the popup's order in full, ties included.
describe('popup order: paths the mutation run found untested (follow-up.ts:66-74, 84)', () => {
  const now = T0 + 30 * DAY;
  const due = (id: string, dueAt: number, lastContactAt = T0) =>
    caseRecord({ id, nextFollowUpAt: dueAt, lastContactAt, status: 'open' });
  const other = (id: string, status: 'answered' | 'resolved' | 'open', lastContactAt: number, dueAt = now + 10 * DAY) =>
    caseRecord({ id, status, lastContactAt, nextFollowUpAt: dueAt });

  // Each group's own order runs against the input order, against the other key and against the ids.
  const records = [
    other('91', 'resolved', T0 + 5 * DAY),
    other('90', 'resolved', T0 + 6 * DAY),
    other('83', 'answered', T0 + 2 * DAY),
    // Waiting: by latest contact, whatever their due times; equal contacts by id.
    other('82', 'open', T0 + 2 * DAY, now + 3 * DAY),
    other('81', 'open', T0 + 2 * DAY, now + 4 * DAY),
    other('80', 'open', T0 + 3 * DAY, now + 9 * DAY),
    due('30', now + HOUR), // due soon
    due('20', now - HOUR), // due
    // Overdue: earliest due first, whatever their contacts; equal due times by id.
    due('12', now - 5 * DAY, T0 + 9 * DAY),
    due('11', now - 5 * DAY, T0 + 8 * DAY),
    due('10', now - 6 * DAY, T0),
    caseRecord({ id: '99', deleted: true, deletedAt: T0, nextFollowUpAt: now - 9 * DAY }),
  ];

  it('overdue, due, due soon by due time then id; the rest by latest contact then id; resolved last', () => {
    const expected = ['10', '11', '12', '20', '30', '80', '81', '82', '83', '90', '91'];
    expect(orderForPopup(records, now, 48).map((r) => r.id)).toEqual(expected);
    expect(orderForPopup([...records].reverse(), now, 48).map((r) => r.id)).toEqual(expected);
  });

  it('counts hours since the last message sent, not since the case was opened', () => {
    const record = caseRecord({ createdAt: T0, lastSentAt: T0 + 5 * HOUR });
    expect(hoursSinceSent(record, T0 + 8 * HOUR)).toBe(3);
    expect(hoursSinceSent(caseRecord({ createdAt: T0, lastSentAt: undefined }), T0 + 8 * HOUR)).toBe(8);
  });
});
