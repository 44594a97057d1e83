import { addCase, captureFromPage, editStoredCase, newerThanBefore, seeOnPage, setNotes } from '@/lib/cases/commands';
import type { StoredCase } from '@/lib/cases/stored-case';
import { caseDetail, caseRecord, HOUR, T0 } from './fixtures';

const ID = '20424098481';
const stored = (overrides: Partial<StoredCase> = {}): StoredCase => ({
  record: caseRecord(),
  detail: null,
  place: 'sync',
  ...overrides,
});

describe('case commands', () => {
  it('adds a case with the given fields and keeps a long title whole in the detail', () => {
    const title = `${'Long subject '.repeat(10)}end`;
    const added = addCase(null, { id: ID, marketplace: 'SE', topic: 'listing', title }, T0);
    expect(added.result).toBe('added');
    expect(added.record).toMatchObject({ id: ID, topic: 'listing', status: 'open', createdAt: T0 });
    expect(added.record?.title.length).toBeLessThanOrEqual(80);
    expect(added.detail?.overflow?.title).toBe(title.trim());
  });

  it('does not touch a saved case, and brings back a deleted one without losing its fields', () => {
    expect(addCase(stored(), { id: ID, marketplace: 'DE' }, T0 + HOUR)).toEqual({
      result: 'exists',
    });
    const tombstone = stored({ record: caseRecord({ deleted: true, deletedAt: T0 }) });
    const back = addCase(tombstone, { id: ID, marketplace: 'DE' }, T0 + HOUR);
    expect(back.result).toBe('restored');
    expect(back.record).toMatchObject({ deleted: false, topic: 'account-hold', title: caseRecord().title });
    expect(back.record?.deletedAt).toBeUndefined();
  });

  it('edits only the fields given, and clears a hand-set follow-up with null', () => {
    const current = stored({ record: caseRecord({ nextFollowUpAt: T0 + 5 * HOUR }) });
    const edited = editStoredCase(current, { id: ID, status: 'answered' }, T0 + HOUR);
    expect(edited.record).toMatchObject({ status: 'answered', topic: 'account-hold', nextFollowUpAt: T0 + 5 * HOUR });
    const cleared = editStoredCase(current, { id: ID, nextFollowUpAt: null }, T0 + HOUR);
    expect(cleared.record && 'nextFollowUpAt' in cleared.record).toBe(false);
  });

  it('writes notes only when they change', () => {
    const current = stored({ detail: caseDetail({ notes: 'same', notesUpdatedAt: T0 }) });
    expect(setNotes(current, 'same', T0 + HOUR)).toEqual({});
    expect(setNotes(current, 'new', T0 + HOUR).detail).toMatchObject({ notes: 'new', notesUpdatedAt: T0 + HOUR });
  });

  it('a visit changes the status the page shows, and otherwise at most hourly', () => {
    const current = stored({ record: caseRecord({ lastSeenAt: T0 }) });
    expect(seeOnPage(current, 'open', T0 + 10 * 60_000)).toEqual({});
    expect(seeOnPage(current, 'resolved', T0 + 10 * 60_000).record).toMatchObject({ status: 'resolved' });
    expect(seeOnPage(current, null, T0 + 2 * HOUR).record).toMatchObject({ lastSeenAt: T0 + 2 * HOUR });
  });

  it('saving from the page creates, restores or refreshes', () => {
    const page = { id: ID, marketplace: 'DE' as const, status: 'answered' as const };
    expect(captureFromPage(null, page, T0).record).toMatchObject({
      status: 'answered',
      lastSeenAt: T0,
      topic: 'other',
    });
    const tombstone = stored({ record: caseRecord({ deleted: true, deletedAt: T0 }) });
    expect(captureFromPage(tombstone, page, T0 + HOUR).record).toMatchObject({ deleted: false, status: 'answered' });
    expect(captureFromPage(stored(), { ...page, status: null }, T0 + 1).record).toMatchObject({
      status: 'open',
      lastSeenAt: T0 + 1,
    });
  });

  it('saving from the page takes the subject as the title and the guessed topic, never over the seller’s own', () => {
    const page = {
      id: ID,
      marketplace: 'DE' as const,
      status: null,
      subject: 'Identity verification',
      topic: 'verification' as const,
    };
    expect(captureFromPage(null, page, T0).record).toMatchObject({
      title: 'Identity verification',
      topic: 'verification',
    });
    // A saved case keeps the title and topic the seller gave it.
    expect(captureFromPage(stored(), page, T0 + 1).record).toMatchObject({
      title: caseRecord().title,
      topic: 'account-hold',
    });
    // …and gains them where it had none.
    const bare = stored({ record: caseRecord({ title: '', topic: 'other' }) });
    expect(captureFromPage(bare, page, T0 + 1).record).toMatchObject({
      title: 'Identity verification',
      topic: 'verification',
    });
    // A long subject stays whole in the detail, as a long typed title does.
    const long = `${'Removal order stuck in Processing '.repeat(5)}end`;
    const captured = captureFromPage(null, { ...page, subject: long, topic: 'removal-order' }, T0);
    expect(captured.record?.title.length).toBeLessThanOrEqual(80);
    expect(captured.detail?.overflow?.title).toBe(long.trim());
  });

  it('makes every changed record strictly newer than the one it replaces', () => {
    const current = stored();
    const sameInstant = { record: { ...current.record, deleted: true, deletedAt: T0 } };
    expect(newerThanBefore(current, sameInstant).record?.updatedAt).toBe(T0 + 1);
    const unchanged = { record: current.record };
    expect(newerThanBefore(current, unchanged)).toBe(unchanged);
    const later = { record: { ...current.record, title: 'x', updatedAt: T0 + HOUR } };
    expect(newerThanBefore(current, later)).toBe(later);
  });
});
