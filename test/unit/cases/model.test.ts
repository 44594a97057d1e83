import { caseIdWarning, isCaseId } from '@/lib/cases/case-id';
import { createCase, editCase, recordInteraction, withOverflow } from '@/lib/cases/interactions';
import { caseDetailSchema, caseRecordSchema, NOTES_MAX_CHARS } from '@/lib/cases/model';
import {
  CASE_RECORD_BUDGET_BYTES,
  capTitle,
  caseRecordBytes,
  displayTitle,
  SYNC_ITEM_MAX_BYTES,
  splitForSync,
  syncItemBytes,
} from '@/lib/cases/sync-size';
import { caseDetail, caseRecord, T0 } from './fixtures';

describe('case ids', () => {
  it('accepts 6 to 15 digits and nothing else', () => {
    expect(['123456', '20424098481', '123456789012345'].every(isCaseId)).toBe(true);
    expect(
      ['12345', '1234567890123456', '2042409848a', ' 20424098481', '２０４２４０９８４８１', ''].some(isCaseId),
    ).toBe(false);
  });

  it('warns, without refusing, outside the usual 10 to 11 digits', () => {
    expect(caseIdWarning('20424098481')).toBeUndefined();
    expect(caseIdWarning('2042409848')).toBeUndefined();
    expect(caseIdWarning('123456')).toBe('unusual-length');
    expect(caseIdWarning('123456789012')).toBe('unusual-length');
  });
});

describe('case record schema', () => {
  it('accepts a complete record', () => {
    expect(caseRecordSchema.parse(caseRecord())).toEqual(caseRecord());
  });

  it.each([
    ['a non-digit id', { id: '2042409848O' }],
    ['a short id', { id: '12345' }],
    ['an unknown topic', { topic: 'billing' }],
    ['an unknown status', { status: 'closed' }],
    ['a title over 80 characters', { title: 'x'.repeat(81) }],
    ['a fractional time', { updatedAt: 1.5 }],
    ['a tombstone without deletedAt', { deleted: true }],
    ['a host with a path', { marketplace: 'sellercentral.amazon.de/evil' }],
  ])('refuses %s', (_, change) => {
    expect(caseRecordSchema.safeParse({ ...caseRecord(), ...change }).success).toBe(false);
  });

  it('keeps HTML and script in fields as plain text, unchanged', () => {
    const title = '<img src=x onerror=alert(1)><script>alert(2)</script>';
    expect(caseRecordSchema.parse(caseRecord({ title })).title).toBe(title);
    const notes = '<b>bold</b> & "quoted" </textarea><script>steal()</script>';
    const detail = caseDetailSchema.parse(caseDetail({ notes, notesUpdatedAt: T0 }));
    expect(detail.notes).toBe(notes);
  });
});

describe('case detail schema', () => {
  it('accepts a 1 MB note and refuses one over the limit', () => {
    const megabyte = 'ø'.repeat(1_048_576);
    expect(caseDetailSchema.parse(caseDetail({ notes: megabyte, notesUpdatedAt: T0 })).notes).toHaveLength(1_048_576);
    expect(caseDetailSchema.safeParse(caseDetail({ notes: 'x'.repeat(NOTES_MAX_CHARS + 1) })).success).toBe(false);
  });

  it('refuses duplicate log entry ids', () => {
    const entry = { id: 'a', at: T0, direction: 'sent', channel: 'email', summary: 'x', updatedAt: T0 } as const;
    expect(caseDetailSchema.safeParse(caseDetail({ log: [entry, { ...entry, summary: 'y' }] })).success).toBe(false);
    expect(caseDetailSchema.safeParse(caseDetail({ log: [entry, { ...entry, id: 'b' }] })).success).toBe(true);
  });
});

describe('sync item size', () => {
  it('counts key and JSON value in UTF-8 bytes, as Chrome does', () => {
    expect(syncItemBytes('k', 'æ')).toBe(1 + 4); // k + "æ" where æ is 2 bytes
  });

  it('keeps even the largest valid record far below 8,192 bytes', () => {
    const worst = caseRecord({
      id: '123456789012345',
      marketplace: `${'a'.repeat(249)}.com`,
      title: '\u0001'.repeat(80), // escaped by JSON as \u0001: 6 bytes each
      lastSeenAt: T0,
      nextFollowUpAt: T0,
      deleted: true,
      deletedAt: T0,
      topic: 'removal-order',
      status: 'needs-attention',
    });
    expect(caseRecordSchema.safeParse(worst).success).toBe(true);
    expect(caseRecordBytes(worst)).toBeLessThan(CASE_RECORD_BUDGET_BYTES);
    expect(CASE_RECORD_BUDGET_BYTES).toBeLessThan(SYNC_ITEM_MAX_BYTES / 4);
  });

  it('keeps a typical record near 300 bytes', () => {
    expect(caseRecordBytes(caseRecord())).toBeLessThan(320);
  });

  it('caps a title at 80 characters without splitting a surrogate pair', () => {
    expect(capTitle('a'.repeat(100))).toHaveLength(80);
    expect(capTitle('a'.repeat(100)).endsWith('…')).toBe(true);
    const emoji = capTitle(`${'a'.repeat(78)}😀😀😀`);
    expect(emoji.length).toBeLessThanOrEqual(80);
    expect(emoji).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
    expect(capTitle('  Short   title ')).toBe('Short title');
  });

  it('moves a long title whole into the overflow, and shows it while it still matches', () => {
    const long = `Verification documents rejected twice; ${'details '.repeat(30)}`.trim();
    const split = splitForSync({ ...caseRecord(), title: long });
    expect(split.record.title.length).toBeLessThanOrEqual(80);
    expect(split.record.title.length).toBeGreaterThan(70);
    expect(split.record.title).toMatch(/^Verification documents rejected twice; details.*…$/);
    expect(split.overflow?.title).toBe(long);
    expect(displayTitle(split.record, split.overflow)).toBe(long);
    // Another device renamed the case: the stale overflow is kept but no longer shown.
    expect(displayTitle({ ...split.record, title: 'Renamed' }, split.overflow)).toBe('Renamed');
  });

  it('shortens further when escaping would push a record over the budget', () => {
    const split = splitForSync({ ...caseRecord(), title: '\u0002'.repeat(80) }, 300);
    expect(caseRecordBytes(split.record)).toBeLessThanOrEqual(300);
    expect(split.overflow?.title).toBe('\u0002'.repeat(80));
  });

  it('gives no overflow for a title that fits', () => {
    expect(splitForSync(caseRecord()).overflow).toBeUndefined();
  });
});

describe('case changes', () => {
  it('creates a case counting its opening as the first message sent', () => {
    const { record } = createCase({ id: '20424098481', marketplace: 'sellercentral.amazon.se' }, T0);
    expect(record).toMatchObject({ status: 'open', topic: 'other', createdAt: T0, lastSentAt: T0, deleted: false });
  });

  it('restarts the follow-up clock on a sent message and marks a received one answered', () => {
    const snoozed = caseRecord({ nextFollowUpAt: T0 + 1000, status: 'needs-attention' });
    const sent = recordInteraction(
      snoozed,
      null,
      { at: T0 + 50, direction: 'sent', channel: 'case-log', summary: 'POA' },
      T0 + 60,
    );
    expect(sent.record).toMatchObject({
      status: 'open',
      lastSentAt: T0 + 50,
      lastContactAt: T0 + 50,
      updatedAt: T0 + 60,
    });
    expect(sent.record.nextFollowUpAt).toBeUndefined();
    expect(sent.detail.log).toHaveLength(1);
    const got = recordInteraction(
      sent.record,
      sent.detail,
      { at: T0 + 70, direction: 'received', channel: 'email', summary: 'More info' },
      T0 + 80,
    );
    expect(got.record).toMatchObject({ status: 'answered', lastSentAt: T0 + 50, lastContactAt: T0 + 70 });
    expect(got.detail.log.map((e) => e.direction)).toEqual(['sent', 'received']);
  });

  it('does not move the clock back for a back-dated entry, nor log the same message twice', () => {
    const record = caseRecord({ lastSentAt: T0, lastContactAt: T0 });
    const message = { at: T0 - 5000, direction: 'sent', channel: 'phone', summary: 'call' } as const;
    const once = recordInteraction(record, null, message, T0 + 1);
    const twice = recordInteraction(once.record, once.detail, message, T0 + 2);
    expect(twice.record.lastSentAt).toBe(T0);
    expect(twice.detail.log).toHaveLength(1);
  });

  it('keeps the whole long title in the detail and clears it when the title fits again', () => {
    const long = 'Q'.repeat(120);
    const edited = editCase(caseRecord(), { title: long }, T0 + 1);
    const detail = withOverflow(caseDetail(), edited, T0 + 1);
    expect(detail.overflow?.title).toBe(long);
    const shortened = editCase(edited.record, { title: 'Short' }, T0 + 2);
    const after = withOverflow(detail, shortened, T0 + 2);
    expect(after.overflow).toEqual({ updatedAt: T0 + 2 });
    expect(displayTitle(shortened.record, after.overflow)).toBe('Short');
  });
});
