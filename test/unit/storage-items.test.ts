/**
 * The list of stored items (lib/storage/items/index.ts) is the one place a stored key is
 * declared. These tests hold it to that: every entry states its backup role, no two entries
 * claim the same keys, backups cover exactly the user-data and settings entries and carry each
 * of them through export and import, and data written by the previous release reads unchanged
 * but for the marketplace migrations (host to code).
 */
import { readFileSync } from 'node:fs';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { exportBackup, serializeBackup } from '@/lib/backup/export';
import { parseBackupText } from '@/lib/backup/parse';
import { planImport } from '@/lib/backup/plan';
import { previewImport } from '@/lib/backup/preview';
import { applyImport } from '@/lib/storage/backup-apply';
import { claimOf, type StoredEntry } from '@/lib/storage/backup-registry';
import { settleSync } from '@/lib/storage/case-store';
import { fullBackupRegistry, STORED_ITEMS } from '@/lib/storage/items';
import type { StorageKey } from '@/lib/storage/keys';
import { listQuarantine } from '@/lib/storage/quarantine';
import { takeSnapshot } from '@/lib/storage/snapshot';
import { caseDetail, caseRecord, T0 } from './cases/fixtures';

type Definition = StoredEntry['definition'] & {
  readonly key?: StorageKey;
  readonly prefix?: StorageKey;
  readonly backupId?: string;
  readonly backupAliasOf?: StorageKey;
};
const definitions = STORED_ITEMS.map((entry) => entry.definition as Definition);
const backedUp = definitions.filter((definition) => definition.backup !== 'derived');

/**
 * One realistic value per backed-up item or family, stored under `suffix` for a family. A new
 * user-data or settings item fails the round-trip test until it has a sample here.
 */
const SAMPLES: Readonly<Record<string, { readonly suffix?: string; readonly value: unknown }>> = {
  'sync:case:': { suffix: '20424098481', value: caseRecord({ title: 'Funds held' }) },
  // A case moved out of sync: exported as `sync:case:<id>` and restored there.
  'local:caseRecord:': { suffix: '30000000001', value: caseRecord({ id: '30000000001', status: 'resolved' }) },
  'local:caseDetail:': {
    suffix: '20424098481',
    value: caseDetail({
      notes: 'Called on Monday',
      notesUpdatedAt: T0,
      log: [{ id: 'a1', at: T0, direction: 'sent', channel: 'case-log', summary: 'Sent invoice', updatedAt: T0 }],
    }),
  },
  'sync:settings': { value: { language: 'sv', followUpHours: 72 } },
  'local:quarantine': {
    value: [{ id: 'q1', item: 'sync:settings', value: { language: 'xx' }, reason: 'language', at: T0 }],
  },
  'sync:progress:': { suffix: 'SE:hold', value: { done: { 'find-cause': T0 } } },
  'local:poa:': {
    suffix: 'DE',
    value: {
      sections: {
        acknowledgement: 'Wir verstehen',
        'root-cause': 'Late shipments',
        'immediate-actions': '',
        'preventive-measures': '',
        evidence: '',
      },
      updatedAt: T0,
    },
  },
  'local:removal:seen:': {
    suffix: 'DE',
    value: {
      orders: [
        {
          orderId: 'ABC123',
          statusText: 'Completed',
          status: 'completed',
          amazonInitiated: false,
          firstSeen: T0,
          lastSeen: T0,
          history: [{ at: T0, text: 'Completed', status: 'completed' }],
        },
      ],
    },
  },
  'local:removal:disposal': {
    value: {
      entries: [{ id: 'd1', since: '2025-05-01', reason: 'recalled', quantity: 2, createdAt: T0 }],
    },
  },
  'sync:userPhrases': {
    value: [{ id: 'p1', language: 'de', state: 'on-hold', text: 'Konto gesperrt', addedAt: T0 }],
  },
  'local:accountStateHistory': {
    value: [
      { marketplace: 'DE', state: 'at-risk', at: T0 },
      { marketplace: 'DE', state: null, at: T0 + 60_000 },
    ],
  },
  'local:ratingHistory:': {
    suffix: 'SE',
    value: {
      days: [{ day: '2026-12-07', at: T0, rating: 150, status: 'at-risk' }],
      months: [{ month: '2024-10', days: 12, min: 180, max: 240, last: 210, lastStatus: 'healthy' }],
    },
  },
  'local:policyHistory:': {
    suffix: 'FR',
    value: {
      latest: { at: T0, rows: [{ name: 'Violations de la politique relative aux offres', count: 2 }] },
      changes: [{ at: T0, name: 'Violations de la politique relative aux offres', from: 1, to: 2 }],
      folded: { count: 3, until: T0 - 86_400_000 },
    },
  },
  'local:performanceNotices:': {
    suffix: 'US',
    value: {
      notices: [{ title: 'Policy warning', shown: 'Dec 3, 2026', day: '2026-12-03', firstSeen: T0, lastSeen: T0 }],
    },
  },
};

/** Entries added after the release that wrote test/fixtures/storage/previous-release-backup.json. */
const ADDED_SINCE_PREVIOUS_RELEASE = ['ratingHistory', 'accountStateHistory', 'policyHistory', 'performanceNotices'];

/** Writes a value the way the area holds it: `{ name: value }` plus its `$` version record. */
async function store(key: StorageKey, value: unknown, version: number): Promise<void> {
  const colon = key.indexOf(':');
  const area = key.slice(0, colon) as 'sync' | 'local';
  const name = key.slice(colon + 1);
  await fakeBrowser.storage[area].set({ [name]: value, [`${name}$`]: { v: version } });
}

async function exportText(): Promise<string> {
  return serializeBackup(exportBackup(await takeSnapshot(), fullBackupRegistry(), { now: new Date(T0) }));
}

async function importText(text: string): Promise<void> {
  const parsed = parseBackupText(text);
  if (!parsed.ok) throw new Error(parsed.error.code);
  const snapshot = await takeSnapshot();
  const preview = previewImport(parsed.backup, snapshot, fullBackupRegistry());
  expect(preview.counts.invalid).toBe(0);
  await applyImport(planImport(preview, snapshot, T0));
  await settleSync(T0); // what the background does with case records waiting for sync
}

const fixture = JSON.parse(readFileSync('test/fixtures/storage/previous-release.json', 'utf8')) as Record<
  'sync' | 'local' | 'session',
  Record<string, unknown>
>;
const fixtureBackup = readFileSync('test/fixtures/storage/previous-release-backup.json', 'utf8');

async function loadFixture(): Promise<void> {
  await fakeBrowser.storage.sync.set(structuredClone(fixture.sync));
  await fakeBrowser.storage.local.set(structuredClone(fixture.local));
  await fakeBrowser.storage.session.set(structuredClone(fixture.session));
}

beforeEach(() => {
  fakeBrowser.reset();
});

/** The previous release's hosts, by the code this release names them with (lib/marketplaces.ts). */
const CODES: Readonly<Record<string, string>> = { 'sellercentral.amazon.de': 'DE', 'sellercentral.amazon.se': 'SE' };

/** A version-1 value naming its marketplace by host, as version 2 stores it (by code). */
function byCode(value: unknown): unknown {
  const { host, ...rest } = value as { host: string };
  const code = CODES[host];
  if (!code) throw new Error(`no code for ${host}`);
  return { marketplace: code, ...rest };
}

/**
 * The fixture as this release leaves it: the values that named a host name a code (version 2),
 * and the families keyed by host are keyed by code (lib/storage/marketplace-keys.ts). Every
 * other byte stays as the previous release wrote it.
 */
function migratedFixture(): typeof fixture {
  const { sync, local, session } = structuredClone(fixture);
  const moveKey = (from: string, to: string, value: unknown, version: number) => {
    delete local[from];
    delete local[`${from}$`];
    local[to] = value;
    local[`${to}$`] = { v: version };
  };
  moveKey(
    'accountState:sellercentral.amazon.de',
    'accountState:DE',
    byCode(local['accountState:sellercentral.amazon.de']),
    2,
  );
  moveKey(
    'overlayDismissed:sellercentral.amazon.de',
    'overlayDismissed:DE',
    local['overlayDismissed:sellercentral.amazon.de'],
    1,
  );
  local.accountStateHistory = (local.accountStateHistory as unknown[]).map(byCode);
  local.accountStateHistory$ = { v: 2 };
  local.popupIntent = byCode(local.popupIntent);
  local.popupIntent$ = { v: 2 };
  session['tab:12'] = byCode(session['tab:12']);
  session['tab:12$'] = { v: 2 };
  return { sync, local, session };
}

describe('the list of stored items', () => {
  it('gives every entry a backup role, and every backed-up one a name or the family it belongs to', () => {
    for (const definition of definitions) {
      expect(['user-data', 'settings', 'derived'], claimOf({ definition })).toContain(definition.backup);
      if (definition.backup !== 'derived') {
        expect(
          (definition.backupId === undefined) !== (definition.backupAliasOf === undefined),
          `${claimOf({ definition })}: give backupId or backupAliasOf`,
        ).toBe(true);
      }
    }
  });

  it('lists every item the files of lib/storage/items/ define (an unlisted one would miss backups)', () => {
    const files = import.meta.glob<Record<string, unknown>>(['@/lib/storage/items/*.ts', '!**/index.ts'], {
      eager: true,
    });
    const isEntry = (value: unknown): value is StoredEntry =>
      typeof value === 'object' && value !== null && 'definition' in value;
    const defined = Object.entries(files).flatMap(([file, exports]) =>
      Object.entries(exports).flatMap(([name, value]) => (isEntry(value) ? [{ file, name, value }] : [])),
    );
    expect(defined.length).toBeGreaterThanOrEqual(STORED_ITEMS.length);
    const unlisted = defined.filter(({ value }) => !STORED_ITEMS.includes(value)).map((d) => `${d.file}: ${d.name}`);
    expect(unlisted).toEqual([]);
  });

  it('claims each key once: no key or prefix equals or falls under another', () => {
    const claims = STORED_ITEMS.map(claimOf);
    const clashes = claims.flatMap((claim, i) =>
      claims.flatMap((other, j) => {
        if (i === j) return [];
        const otherIsPrefix = definitions[j]?.prefix !== undefined;
        return claim === other || (otherIsPrefix && claim.startsWith(other)) ? [`${claim} / ${other}`] : [];
      }),
    );
    expect(clashes).toEqual([]);
  });

  it('backs up exactly its user-data and settings entries, under their own names', () => {
    const registry = fullBackupRegistry();
    const ids = backedUp.flatMap((definition) => definition.backupId ?? []);
    expect(registry.entries.map((entry) => entry.id)).toEqual(ids);
    const registered = registry.entries.flatMap((entry) => [entry.key ?? entry.prefix, ...(entry.aliasPrefixes ?? [])]);
    expect(new Set(registered)).toEqual(new Set(backedUp.map((definition) => claimOf({ definition }))));
    // The names in backup files written by the previous release still name the same entries, in order.
    expect(Object.keys(JSON.parse(fixtureBackup).schemaVersions)).toEqual(
      ids.filter((id) => !ADDED_SINCE_PREVIOUS_RELEASE.includes(id)),
    );
  });

  it('has a sample for every backed-up entry (and none for a derived one)', () => {
    expect(Object.keys(SAMPLES).sort()).toEqual(backedUp.map((definition) => claimOf({ definition })).sort());
  });

  it.each(backedUp.map((definition) => [claimOf({ definition }), definition] as const))(
    'carries %s through export and import into an empty browser',
    async (claim, definition) => {
      const sample = SAMPLES[claim];
      if (!sample) throw new Error(`no sample for ${claim}`);
      const key = `${claim}${sample.suffix ?? ''}` as StorageKey;
      await store(key, sample.value, definition.version);
      const exported = await exportText();
      // Exported under the key of the family it belongs to (a moved case under `sync:case:<id>`).
      const exportedKey = definition.backupAliasOf ? `${definition.backupAliasOf}${sample.suffix}` : key;
      expect(JSON.parse(exported).data).toEqual({ [exportedKey]: sample.value });

      fakeBrowser.reset();
      await importText(exported);
      expect(await exportText()).toBe(exported);
    },
  );
});

describe('data the previous release wrote', () => {
  it('is all declared: every stored key falls under an entry of the list', () => {
    const keys = (['sync', 'local', 'session'] as const).flatMap((area) =>
      Object.keys(fixture[area]).map((name) => `${area}:${name}`.replace(/\$$/, '')),
    );
    const undeclared = keys.filter(
      (key) =>
        !definitions.some((definition) =>
          definition.prefix ? key.startsWith(definition.prefix) : key === definition.key,
        ),
    );
    expect(undeclared).toEqual([]);
  });

  it('reads through today’s items once the worker moved host keys, and only the marketplace migrations write', async () => {
    await loadFixture();
    // Items migrate when their module loads (as in a starting worker or page): load them afresh.
    vi.resetModules();
    const { STORED_ITEMS: items } = await import('@/lib/storage/items');
    const { moveHostKeysToCodes } = await import('@/lib/storage/marketplace-keys');
    expect(await moveHostKeysToCodes()).toBe(2); // what the worker does on update
    const expected = migratedFixture();
    for (const entry of items) {
      const definition = entry.definition as Definition;
      const item = entry as Partial<{
        get(): Promise<unknown>;
        entries(): Promise<Array<{ id: string; value: unknown }>>;
      }>;
      const [area, name] = [
        claimOf(entry).split(':')[0] as 'sync' | 'local' | 'session',
        claimOf(entry).slice(claimOf(entry).indexOf(':') + 1),
      ];
      if (item.get && definition.key) {
        // A sync item's value that sync refused is the newer one: it is read first.
        const stored = (area === 'sync' ? expected.local[`syncFallback:${name}`] : undefined) ?? expected[area][name];
        if (stored !== undefined) expect(await item.get(), definition.key).toEqual(stored);
      }
      if (item.entries && definition.prefix) {
        const stored = Object.fromEntries(
          Object.entries(expected[area])
            .filter(([member]) => member.startsWith(name) && !member.endsWith('$'))
            .map(([member, value]) => [member.slice(name.length), value]),
        );
        const read = Object.fromEntries((await item.entries()).map(({ id, value }) => [id, value]));
        // A sync family member also reads its waiting copy first; none in the fixture differs.
        expect(read, definition.prefix).toEqual(stored);
      }
    }
    expect(await listQuarantine()).toEqual(fixture.local.quarantine);
    expect(await fakeBrowser.storage.sync.get(null)).toEqual(expected.sync);
    expect(await fakeBrowser.storage.local.get(null)).toEqual(expected.local);
    expect(await fakeBrowser.storage.session.get(null)).toEqual(expected.session);
  });

  it('exports the same backup file as the previous release did', async () => {
    await loadFixture();
    const envelope = exportBackup(await takeSnapshot(), fullBackupRegistry(), { now: new Date(T0), app: '0.1.0' });
    // The same file, but for the entries that release did not back up: their versions and their data.
    const exported = JSON.parse(serializeBackup(envelope));
    for (const id of ADDED_SINCE_PREVIOUS_RELEASE) {
      expect(exported.schemaVersions[id], id).toBeGreaterThanOrEqual(1);
      delete exported.schemaVersions[id];
      const entry = fullBackupRegistry().entries.find((candidate) => candidate.id === id);
      for (const key of Object.keys(exported.data))
        if (key === entry?.key || (entry?.prefix && key.startsWith(entry.prefix))) delete exported.data[key];
    }
    expect(`${JSON.stringify(exported, null, 2)}\n`).toBe(fixtureBackup);
  });
});
