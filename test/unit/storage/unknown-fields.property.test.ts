/**
 * Issue #17: every stored item's read-modify-write paths hand back what they do not know.
 * Values carry random extra fields (at the top and inside nested records) and, for the stored
 * items themselves, random newer version markers; the property is that those come back exactly.
 */
import fc from 'fast-check';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { snooze } from '@/lib/cases/follow-up';
import {
  editCase,
  editNotes,
  markDeleted,
  recordInteraction,
  refreshFromPage,
  restoreDeleted,
  withOverflow,
} from '@/lib/cases/interactions';
import { mergeCaseDetail, mergeCaseRecord } from '@/lib/cases/merge';
import { type CaseDetail, caseRecordSchema } from '@/lib/cases/model';
import { resetProgress, setDone } from '@/lib/checklists/progress';
import { withSection } from '@/lib/poa/draft';
import { mergeSeenOrders, recordSightings, type SeenOrders } from '@/lib/removal/seen-orders';
import { STORED_ITEMS } from '@/lib/storage/items';
import { settingsItem } from '@/lib/storage/items/settings';
import { splitKey } from '@/lib/storage/keys';
import { NEWER_VERSION, type ValidatedItem } from '@/lib/storage/stored-item';
import { caseDetail, caseRecord, T0 } from '../cases/fixtures';

const RUNS = 200;

/** Field names no stored shape of this version uses. */
const extraKey = fc.string({ minLength: 1, maxLength: 12 }).map((name) => `x_${name}`);
/** As storage keeps them: browser storage holds JSON, where -0 is 0 (seed 835148851 generated a -0). */
const storedJson = (maxDepth: number) =>
  fc.jsonValue({ maxDepth }).map((value) => JSON.parse(JSON.stringify(value)) as unknown);
const extras = fc.dictionary(extraKey, storedJson(2), { minKeys: 1, maxKeys: 4 }) as fc.Arbitrary<
  Record<string, unknown>
>;

function expectKept(value: unknown, extra: Record<string, unknown>): void {
  for (const [key, field] of Object.entries(extra)) expect((value as Record<string, unknown>)[key]).toEqual(field);
}

describe('pure read-modify-write paths keep unknown fields', () => {
  it('checklist progress: tick, untick, reset', () => {
    fc.assert(
      fc.property(extras, fc.boolean(), (extra, done) => {
        const progress = { done: { 'read-notice': 1 }, ...extra };
        expectKept(setDone(progress, 'check-health', done, T0), extra);
        expectKept(setDone(progress, 'read-notice', false, T0), extra);
        expectKept(resetProgress(progress), extra);
      }),
      { numRuns: RUNS },
    );
  });

  it('Plan of Action draft: a section edit', () => {
    fc.assert(
      fc.property(extras, fc.string(), (extra, text) => {
        const draft = {
          sections: {
            acknowledgement: '',
            'root-cause': '',
            'immediate-actions': '',
            'preventive-measures': '',
            evidence: '',
          },
          updatedAt: 1,
          ...extra,
        };
        expectKept(withSection(draft, 'evidence', text, T0), extra);
      }),
      { numRuns: RUNS },
    );
  });

  it('case record: edit, delete, restore, snooze, a message logged, a page visit, a merge', () => {
    fc.assert(
      fc.property(extras, (extra) => {
        // Read as storage reads it: the schema must keep what it does not know.
        const record = caseRecordSchema.parse({ ...caseRecord(), ...extra });
        expectKept(editCase(record, { status: 'answered', title: 'x'.repeat(100) }, T0 + 1).record, extra);
        const deleted = markDeleted(record, T0 + 1);
        expectKept(deleted, extra);
        expectKept(restoreDeleted(deleted, T0 + 2), extra);
        expectKept(snooze(record, T0 + 1), extra);
        expectKept(refreshFromPage(record, { status: 'resolved' }, T0 + 2), extra);
        const logged = recordInteraction(
          record,
          null,
          { at: T0, direction: 'sent', channel: 'email', summary: 's' },
          T0,
        );
        expectKept(logged.record, extra);
        expectKept(mergeCaseRecord(record, caseRecord({ updatedAt: T0 - 1 })), extra);
      }),
      { numRuns: RUNS },
    );
  });

  it('case detail: notes, overflow, a message logged, a merge; log entries and overflow keep theirs', () => {
    fc.assert(
      fc.property(extras, extras, extras, (extra, entryExtra, overflowExtra) => {
        const entry = {
          id: 'e1',
          at: T0,
          direction: 'sent' as const,
          channel: 'email' as const,
          summary: 's',
          updatedAt: T0,
          ...entryExtra,
        };
        const detail: CaseDetail = {
          ...caseDetail({ notes: 'n', notesUpdatedAt: T0, log: [entry] }),
          overflow: { title: 'long', updatedAt: T0, ...overflowExtra },
          ...extra,
        };
        expectKept(editNotes(detail, 'new notes', T0 + 1), extra);
        const cleared = withOverflow(detail, { record: caseRecord() }, T0 + 1);
        expectKept(cleared, extra);
        expectKept(cleared.overflow, overflowExtra);
        const logged = recordInteraction(
          caseRecord(),
          detail,
          { at: T0 + 5, direction: 'received', channel: 'email', summary: 'r' },
          T0 + 5,
        ).detail;
        expectKept(logged, extra);
        expectKept(
          logged.log.find((e) => e.id === 'e1'),
          entryExtra,
        );
        const merged = mergeCaseDetail(detail, caseDetail({ notes: '', notesUpdatedAt: 0 }));
        expectKept(merged, extra);
        expectKept(merged.log[0], entryExtra);
        expectKept(mergeCaseDetail(caseDetail({ notes: '', notesUpdatedAt: 0 }), detail), extra);
      }),
      { numRuns: RUNS },
    );
  });

  it('removal orders seen: a sighting and a merge, for the list and each order', () => {
    fc.assert(
      fc.property(extras, extras, (extra, orderExtra) => {
        const order = {
          orderId: 'R1',
          statusText: 'Pending',
          status: 'pending' as const,
          amazonInitiated: false,
          firstSeen: T0,
          lastSeen: T0,
          history: [{ at: T0, text: 'Pending', status: 'pending' as const }],
          ...orderExtra,
        };
        const seen: SeenOrders = { orders: [order], ...extra } as SeenOrders;
        const sighted = recordSightings(
          seen,
          [{ orderId: 'R1', statusText: 'Completed', status: 'completed' }],
          T0 + 1,
        );
        expectKept(sighted, extra);
        expectKept(sighted.orders[0], orderExtra);
        const merged = mergeSeenOrders(seen, { orders: [] }, T0 + 1);
        expectKept(merged, extra);
        expectKept(merged.orders[0], orderExtra);
      }),
      { numRuns: RUNS },
    );
  });
});

/** Every stored item and one member of every family, for the storage round trips below. */
function storedItems(): ValidatedItem<unknown>[] {
  return STORED_ITEMS.flatMap((entry) => {
    const candidate = entry as unknown as { item?: (id: string) => ValidatedItem<unknown>; get?: unknown };
    if (typeof candidate.item === 'function') return [candidate.item('20424098481')];
    if (typeof candidate.get === 'function') return [entry as unknown as ValidatedItem<unknown>];
    return [];
  });
}

describe('stored items, through storage', () => {
  beforeEach(() => fakeBrowser.reset());

  it('an update of the settings keeps the fields a newer version added', async () => {
    await fc.assert(
      fc.asyncProperty(extras, async (extra) => {
        fakeBrowser.reset();
        await fakeBrowser.storage.sync.set({
          settings: { language: 'sv', followUpHours: 48, ...extra },
          settings$: { v: 2 },
        });
        await settingsItem.update((current) => ({ ...current, followUpHours: 72 }));
        const stored = (await fakeBrowser.storage.sync.get('settings')).settings;
        expect(stored).toMatchObject({ language: 'sv', followUpHours: 72 });
        expectKept(stored, extra);
      }),
      { numRuns: 50 },
    );
  });

  it('a value under a newer version marker is read, never rewritten, set aside or removed, whatever it holds', async () => {
    const items = storedItems();
    expect(items.length).toBeGreaterThan(10);
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...items.map((_, index) => index)),
        // Storage holds no null: a stored value is anything else JSON can say.
        fc.oneof(storedJson(3), extras).filter((value) => value !== null),
        fc.integer({ min: 1, max: 50 }),
        async (index, value, ahead) => {
          const item = items[index] as ValidatedItem<unknown>;
          fakeBrowser.reset();
          const { area, name } = splitKey(item.key);
          const stored = { [name]: value, [`${name}$`]: { v: item.definition.version + ahead } };
          await fakeBrowser.storage[area].set(stored);
          await item.get();
          await expect(item.update((current) => current)).rejects.toThrow(NEWER_VERSION);
          await expect(item.set(item.definition.fallback)).rejects.toThrow(NEWER_VERSION);
          await expect(item.remove()).rejects.toThrow(NEWER_VERSION);
          expect(await fakeBrowser.storage[area].get(null)).toEqual(JSON.parse(JSON.stringify(stored)));
          expect((await fakeBrowser.storage.local.get('quarantine')).quarantine).toBeUndefined();
        },
      ),
      { numRuns: RUNS },
    );
  });
});
