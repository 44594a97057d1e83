/**
 * Stored-value validation under generated storage contents: any value under an item's key, its
 * sync fallback, its version record and the quarantine itself. Reading never throws; a valid value
 * is returned untouched; an invalid one is moved to quarantine intact and reported; nothing that
 * was stored is ever lost.
 */
import fc from 'fast-check';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import * as z from 'zod/mini';
import { type CaseRecord, caseDetailSchema, caseRecordSchema } from '@/lib/cases/model';
import { settingsItem } from '@/lib/storage/items/settings';
import { type StorageKey, splitKey, syncFallbackKey } from '@/lib/storage/keys';
import { defineValidatedItem, type ItemDefinition } from '@/lib/storage/stored-item';
import { caseDetailFor, caseRecordFor } from './arbitraries/backup';
import { checkProperty } from './support/property';

const SUBJECT = 'storage-validation';

const thingSchema = z.object({ name: z.string(), count: z.int().check(z.minimum(0)) });
const A_CASE: CaseRecord = {
  id: '20424098481',
  marketplace: 'sellercentral.amazon.de',
  topic: 'other',
  title: '',
  status: 'open',
  createdAt: 0,
  lastContactAt: 0,
  updatedAt: 0,
  deleted: false,
};

interface Subject {
  readonly definition: ItemDefinition<unknown>;
  readonly valid: fc.Arbitrary<unknown>;
}

/** Real item definitions of each area, schema shape and version; the generic one has the simplest schema. */
const SUBJECTS: readonly Subject[] = [
  {
    definition: {
      key: 'sync:thing',
      schema: thingSchema,
      fallback: { name: '', count: 0 },
      version: 1,
      backup: 'derived',
    } as ItemDefinition<unknown>,
    valid: fc.record({ name: fc.string(), count: fc.nat() }),
  },
  {
    definition: {
      key: 'local:thing',
      schema: thingSchema,
      fallback: { name: '', count: 0 },
      version: 1,
      backup: 'derived',
    } as ItemDefinition<unknown>,
    valid: fc.record({ name: fc.string(), count: fc.nat() }),
  },
  {
    definition: settingsItem.definition as ItemDefinition<unknown>,
    valid: fc.record({
      language: fc.constantFrom('auto', 'en', 'da', 'sv', 'de'),
      followUpHours: fc.integer({ min: 24, max: 96 }),
    }),
  },
  {
    definition: {
      key: 'sync:case:20424098481',
      schema: caseRecordSchema,
      fallback: A_CASE,
      version: 1,
      backup: 'derived',
    } as ItemDefinition<unknown>,
    valid: caseRecordFor('20424098481'),
  },
  {
    definition: {
      key: 'local:caseDetail:20424098481',
      schema: caseDetailSchema,
      fallback: { id: '20424098481', notes: '', notesUpdatedAt: 0, log: [] },
      version: 1,
      backup: 'derived',
    } as ItemDefinition<unknown>,
    valid: caseDetailFor('20424098481'),
  },
];

/** What the browser stores: JSON (the fake browser, like the real one, keeps a JSON copy). */
const json = <T>(value: T): T => (value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T));

const anyValue = fc.jsonValue({ maxDepth: 3 });
const quarantineEntry = fc.record({
  id: fc.string({ minLength: 1, maxLength: 8 }),
  item: fc.constantFrom('sync:thing', 'sync:settings', 'local:caseDetail:1'),
  value: anyValue,
  reason: fc.string({ maxLength: 20 }),
  at: fc.nat(),
});
/** An entry written by a newer version may carry fields this one does not know. */
const newerEntry = quarantineEntry.map((entry) => ({ ...entry, source: 'newer version' }));
const previousQuarantine = fc.option(
  fc.oneof(
    fc.array(quarantineEntry, { maxLength: 3 }),
    fc.array(fc.oneof(quarantineEntry, anyValue), { maxLength: 3 }),
    anyValue,
  ),
  { nil: undefined },
);

const stored = (subject: Subject) =>
  fc.option(fc.oneof({ weight: 2, arbitrary: subject.valid }, { weight: 3, arbitrary: anyValue }), { nil: undefined });

const scenario = fc.integer({ min: 0, max: SUBJECTS.length - 1 }).chain((index) => {
  const subject = SUBJECTS[index] as Subject;
  return fc.record({
    subject: fc.constant(index),
    main: stored(subject),
    fallback: splitKey(subject.definition.key).area === 'sync' ? stored(subject) : fc.constant(undefined),
    // Version records that run no migration; the upgrade path has its own property below.
    meta: fc.oneof(
      { weight: 6, arbitrary: fc.constant<unknown>({ v: subject.definition.version }) },
      {
        weight: 1,
        arbitrary: fc.constantFrom<unknown>(
          ...(subject.definition.version === 1 ? [undefined, 'junk', { v: 1 }] : []),
          { v: 'x' },
          { v: 99 },
          { v: subject.definition.version, extra: true },
        ),
      },
    ),
    quarantine: previousQuarantine,
  });
});

async function seed(values: Readonly<Record<string, unknown>>): Promise<void> {
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined) continue;
    const { area, name } = splitKey(key as StorageKey);
    await fakeBrowser.storage[area as 'local' | 'sync'].set({ [name]: value });
  }
}

async function raw(key: string): Promise<unknown> {
  const { area, name } = splitKey(key as StorageKey);
  return (await fakeBrowser.storage[area as 'local' | 'sync'].get(name))[name];
}

const isValid = (schema: z.ZodMiniType<unknown>, value: unknown) => value != null && schema.safeParse(value).success;

/** Every value ever stored is still at its key or inside a quarantine entry (as the entry or as its value). */
function stillThere(value: unknown, where: { atKey: unknown; quarantine: readonly unknown[] }): boolean {
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  if (same(where.atKey, value)) return true;
  return where.quarantine.some(
    (entry) =>
      same(entry, value) ||
      (typeof entry === 'object' && entry !== null && same((entry as { value?: unknown }).value, value)),
  );
}

function quietConsole(): void {
  // A version record of 99 makes @wxt-dev/storage log a downgrade error; 10,000 of them would bury the report.
  vi.spyOn(console, 'error').mockImplementation(() => {});
  vi.spyOn(console, 'warn').mockImplementation(() => {});
}

describe('storage validation (generated)', () => {
  it('reading any stored value never throws, returns only valid data, and quarantines the rest intact', async () => {
    quietConsole();
    await checkProperty(
      {
        subject: SUBJECT,
        invariant:
          'reading an item (sync or local; plain, versioned with migrations, case record, case detail) never throws for any stored value, fallback copy, version record or quarantine content; valid data is returned untouched; each invalid value is quarantined with its value intact and reported; nothing stored is lost',
        noLoss: true,
      },
      fc.asyncProperty(scenario, async ({ subject: index, main, fallback, meta, quarantine }) => {
        fakeBrowser.reset();
        const subject = SUBJECTS[index] as Subject;
        const { key, schema } = subject.definition;
        const fallbackKey = syncFallbackKey(key);
        const before = { main: json(main), fallback: json(fallback), quarantine: json(quarantine) };
        await seed({ [key]: main, [`${key}$`]: meta, [fallbackKey]: fallback, 'local:quarantine': quarantine });

        const item = defineValidatedItem(subject.definition);
        const value = await item.get();

        const mainValid = isValid(schema, before.main);
        const version = (meta as { v?: unknown } | undefined)?.v;
        if (typeof version === 'number' && version > subject.definition.version) {
          // Written by a newer version: read if this version can, never set aside, moved or deleted (issue #17).
          expect(value).toEqual(mainValid ? schema.parse(before.main) : subject.definition.fallback);
          // (The storage keeps no null: a stored null reads back as nothing.)
          expect((await raw(key)) ?? null).toEqual(before.main ?? null);
          expect((await raw(fallbackKey)) ?? null).toEqual(before.fallback ?? null);
          expect((await raw('local:quarantine')) ?? null).toEqual(before.quarantine ?? null);
          return;
        }
        // A value the quarantine already holds for its item is the same finding: no second notice.
        const alreadyAside = (item: string, value: unknown) =>
          (Array.isArray(before.quarantine) ? before.quarantine : [before.quarantine]).some(
            (entry) =>
              typeof entry === 'object' &&
              entry !== null &&
              (entry as { item?: unknown }).item === item &&
              JSON.stringify((entry as { value?: unknown }).value) === JSON.stringify(value),
          );
        const fallbackValid = isValid(schema, before.fallback);
        const expected = fallbackValid
          ? schema.parse(before.fallback)
          : mainValid
            ? schema.parse(before.main)
            : subject.definition.fallback;
        expect(value).toEqual(expected);

        // Untouched when nothing was set aside; listQuarantine reads a lone value as one entry.
        const stored = await raw('local:quarantine');
        const entries = (stored == null ? [] : Array.isArray(stored) ? stored : [stored]) as {
          item?: unknown;
          value?: unknown;
        }[];
        const notices = ((await raw('local:notices')) ?? []) as { kind: string; item: string }[];
        if (before.fallback != null && !fallbackValid) {
          expect(
            entries.some((e) => e.item === fallbackKey && JSON.stringify(e.value) === JSON.stringify(before.fallback)),
          ).toBe(true);
          expect(await raw(fallbackKey)).toBeUndefined();
          if (!alreadyAside(fallbackKey, before.fallback))
            expect(notices).toContainEqual(expect.objectContaining({ kind: 'quarantined', item: fallbackKey }));
        }
        // With a valid fallback waiting, the main value is not even read.
        if (!fallbackValid && before.main != null && !mainValid) {
          expect(entries.some((e) => e.item === key && JSON.stringify(e.value) === JSON.stringify(before.main))).toBe(
            true,
          );
          // A bad synced value is copied aside but left in sync: removing it would sync the loss to
          // every other browser (issue #17). A local one is moved aside.
          if (splitKey(key).area === 'sync') expect(await raw(key)).toEqual(before.main);
          else expect(await raw(key)).toBeUndefined();
          if (!alreadyAside(key, before.main))
            expect(notices).toContainEqual(expect.objectContaining({ kind: 'quarantined', item: key }));
        }
        if (mainValid) expect(await raw(key)).toEqual(before.main);

        const previous =
          before.quarantine == null ? [] : Array.isArray(before.quarantine) ? before.quarantine : [before.quarantine];
        for (const entry of previous) {
          expect(stillThere(entry, { atKey: undefined, quarantine: entries }), JSON.stringify(entry)).toBe(true);
        }
        for (const [at, original] of [
          [key, before.main],
          [fallbackKey, before.fallback],
        ] as const) {
          if (original == null) continue;
          expect(stillThere(original, { atKey: await raw(at), quarantine: entries }), at).toBe(true);
        }
      }),
    );
  });

  it('setting a value aside keeps every quarantine entry already there whole', async () => {
    quietConsole();
    await checkProperty(
      {
        subject: SUBJECT,
        invariant:
          'quarantining a new invalid value keeps every entry already in the quarantine whole, including fields a newer version of the extension wrote into it',
        noLoss: true,
      },
      fc.asyncProperty(
        fc.array(fc.oneof(quarantineEntry, newerEntry), { minLength: 1, maxLength: 3 }),
        anyValue.filter((value) => value != null && !thingSchema.safeParse(value).success),
        async (previous, invalid) => {
          fakeBrowser.reset();
          await seed({ 'sync:thing': invalid, 'sync:thing$': { v: 1 }, 'local:quarantine': previous });
          await defineValidatedItem(SUBJECTS[0]?.definition as ItemDefinition<unknown>).get();
          const entries = ((await raw('local:quarantine')) ?? []) as unknown[];
          for (const entry of json(previous)) {
            expect(
              entries.some((kept) => JSON.stringify(kept) === JSON.stringify(entry)),
              JSON.stringify({ entry, entries }),
            ).toBe(true);
          }
        },
      ),
    );
  });

  it('the settings upgrade keeps what an old or unversioned value holds, and quarantines what it cannot read', async () => {
    quietConsole();
    const v2 = fc.record({
      language: fc.constantFrom('auto', 'en', 'da', 'sv', 'de'),
      followUpHours: fc.integer({ min: 24, max: 96 }),
    });
    const v1 = fc.record({ language: fc.constantFrom('en', 'da', 'sv', 'de') });
    const notAnObject = fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.array(anyValue, { maxLength: 3 }));
    const oldValue = fc.oneof(
      v2.map((value) => ({ kind: 'v2' as const, value })),
      v1.map((value) => ({ kind: 'v1' as const, value })),
      notAnObject.map((value) => ({ kind: 'unreadable' as const, value: value as unknown })),
    );
    await checkProperty(
      {
        subject: SUBJECT,
        invariant:
          'a settings value stored at version 1 or without a version record goes through the upgrade without loss: a current-shaped value keeps its values, a version-1 value keeps its language, and a value that is no settings object at all (string, number, boolean, array) is quarantined intact instead of being replaced by defaults',
        noLoss: true,
      },
      fc.asyncProperty(oldValue, fc.constantFrom<unknown>(undefined, { v: 1 }), async ({ kind, value }, meta) => {
        fakeBrowser.reset();
        await seed({ 'sync:settings': value, 'sync:settings$': meta });
        const read = await defineValidatedItem({ ...settingsItem.definition }).get();
        const entries = ((await raw('local:quarantine')) ?? []) as { value?: unknown }[];
        const context = JSON.stringify({ value, meta, read, entries });
        if (kind === 'v2') expect(read, context).toEqual(value);
        if (kind === 'v1')
          expect((read as { language: string }).language, context).toBe((value as { language: string }).language);
        if (kind === 'unreadable') {
          expect(read, context).toEqual(settingsItem.definition.fallback);
          expect(
            entries.some((e) => JSON.stringify(e.value) === JSON.stringify(json(value))),
            context,
          ).toBe(true);
        }
      }),
    );
  });
});
