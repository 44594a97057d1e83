import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { useI18n } from '@/components/I18n';
import { useLiveValue } from '@/components/useAsync';
import { exportBackup, serializeBackup } from '@/lib/backup/export';
import { type BackupEnvelope, backupFileName } from '@/lib/backup/format';
import type { BackupParseError } from '@/lib/backup/parse';
import { planImport, type Resolution } from '@/lib/backup/plan';
import { type ImportPreview, type PreviewItem, previewImport } from '@/lib/backup/preview';
import type { ConflictReason, InvalidCode } from '@/lib/backup/registry';
import { downloadText } from '@/lib/download.dom';
import { storedItemLabel } from '@/lib/i18n/stored-item-label';
import type { MessageKey, Translate } from '@/lib/i18n/translate';
import {
  applyImport,
  applyUndo,
  ImportFailure,
  importSpace,
  planStoredUndo,
  readUndo,
  watchUndo,
} from '@/lib/storage/backup-apply';
import { fullBackupRegistry } from '@/lib/storage/items';
import { takeSnapshot } from '@/lib/storage/snapshot';
import { parseBackupFile } from './backup-parse-client';

const REGISTRY = fullBackupRegistry();
/** Rows listed per kind of outcome; the counts above always cover everything. */
const LISTED = 100;

const PARSE_ERROR: Readonly<Record<BackupParseError['code'], MessageKey>> = {
  'too-large': 'backupErrorTooLarge',
  'corrupt-json': 'backupErrorCorrupt',
  'not-a-backup': 'backupErrorNotBackup',
  'newer-version': 'backupErrorNewer',
  'invalid-envelope': 'backupErrorInvalid',
};

const CONFLICT: Readonly<Record<ConflictReason, MessageKey>> = {
  differs: 'backupConflictDiffers',
  'incoming-deletes': 'backupConflictDeletes',
  'same-time-different-content': 'backupConflictSameTime',
  'notes-differ': 'backupConflictNotes',
  'deleted-here': 'backupDeletedHere',
};

const INVALID: Readonly<Record<InvalidCode, MessageKey>> = {
  'unknown-key': 'backupInvalidUnknown',
  'newer-item-version': 'backupInvalidNewer',
  'migration-failed': 'backupInvalidMigration',
  schema: 'backupInvalidSchema',
  'wrong-key': 'backupInvalidWrongKey',
  'unreadable-at-export': 'backupInvalidUnreadable',
};

function parseErrorText(t: Translate, error: BackupParseError): string {
  return error.code === 'newer-version'
    ? t('backupErrorNewer', error.found, error.supported)
    : t(PARSE_ERROR[error.code]);
}

interface Loaded {
  readonly backup: BackupEnvelope;
  readonly repeated: ReadonlyMap<string, readonly unknown[]>;
  readonly preview: ImportPreview;
  readonly fileName: string;
}

export function BackupSection() {
  const { t, language } = useI18n();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [resolutions, setResolutions] = useState<Record<string, Resolution>>({});
  const [message, setMessage] = useState('');
  const [problem, setProblem] = useState('');
  const { value: undo } = useLiveValue(readUndo, watchUndo);
  const section = useRef<HTMLElement>(null);
  // Opened from a case's notes as options.html#backup. The page is drawn after load, too late for
  // the browser's own jump to the fragment, and the sections above grow as their data arrives:
  // the backups are kept in view as the page grows, until the seller scrolls or a few seconds pass.
  useEffect(() => {
    const target = section.current;
    if (location.hash !== '#backup' || !target) return;
    const keep = new ResizeObserver(() => target.scrollIntoView({ block: 'start' }));
    keep.observe(document.body);
    const controller = new AbortController();
    const stop = () => {
      keep.disconnect();
      controller.abort();
    };
    for (const type of ['wheel', 'keydown', 'pointerdown', 'touchstart'])
      addEventListener(type, stop, { passive: true, signal: controller.signal });
    const timer = setTimeout(stop, 3000);
    return () => {
      clearTimeout(timer);
      stop();
    };
  }, []);
  const dateTime = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' });
  const megabytes = new Intl.NumberFormat(language, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 });
  const size = (bytes: number) => megabytes.format(bytes / 1_048_576);

  const exportAll = async () => {
    const now = new Date();
    const envelope = exportBackup(await takeSnapshot(), REGISTRY, { now, app: browser.runtime.getManifest().version });
    downloadText(backupFileName(now), serializeBackup(envelope), 'application/json');
    setMessage(t('backupExported', Object.keys(envelope.data).length));
  };

  const choose = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    setLoaded(null);
    setResolutions({});
    setMessage('');
    setProblem('');
    if (!file) return;
    setMessage(t('backupReading', file.name));
    const parsed = await parseBackupFile(file);
    setMessage('');
    input.value = '';
    if (!parsed.ok) {
      setProblem(parseErrorText(t, parsed.error));
      return;
    }
    setLoaded({
      backup: parsed.backup,
      repeated: parsed.repeated,
      preview: previewImport(parsed.backup, await takeSnapshot(), REGISTRY, parsed.repeated),
      fileName: file.name,
    });
  };

  const importNow = async () => {
    if (!loaded) return;
    // Compared again with the data as it is now: it may have changed while the seller read the preview.
    setProblem('');
    setMessage('');
    const snapshot = await takeSnapshot();
    const preview = previewImport(loaded.backup, snapshot, REGISTRY, loaded.repeated);
    const plan = planImport(preview, snapshot, Date.now(), resolutions);
    // Refused before anything is written when it cannot fit, with the size and the limit.
    const space = await importSpace(plan);
    if (!space.fits) {
      setProblem(
        t('backupImportNothingWritten', t('backupTooBig', size(space.needed), size(space.free), size(space.quota))),
      );
      return;
    }
    try {
      setMessage(t('backupImported', await applyImport(plan)));
      setLoaded(null);
    } catch (error) {
      const failure = error instanceof ImportFailure ? error : new ImportFailure(error, 0, plan.writes.length);
      const why = t('backupStorageRefused', failure.message);
      setProblem(
        failure.written === 0
          ? t('backupImportNothingWritten', why)
          : t('backupImportPartly', why, failure.written, failure.total),
      );
    }
  };

  const undoImport = async () => {
    const stored = await planStoredUndo();
    if (!stored) return;
    const changed = stored.plan.changedSince.length;
    if (changed > 0 && !window.confirm(t('backupUndoConfirm', changed))) return;
    await applyUndo(stored.plan);
    setMessage(t('backupUndone'));
  };

  return (
    <section id="backup" ref={section} class="card" aria-labelledby="backup-heading" data-testid="backup-section">
      <h2 id="backup-heading">{t('backupHeading')}</h2>
      <p>{t('backupIntro')}</p>
      <div class="row" style={{ marginBottom: '1em' }}>
        <button type="button" class="primary" onClick={() => void exportAll()}>
          {t('backupExport')}
        </button>
      </div>
      <h3>{t('backupImportHeading')}</h3>
      <p class="muted">{t('backupImportIntro')}</p>
      <label for="backup-file">{t('backupChooseFile')}</label>
      <input
        id="backup-file"
        type="file"
        accept=".json,application/json"
        onChange={(e) => void choose(e.currentTarget)}
      />
      {problem && (
        <p role="alert" data-testid="backup-problem" style={{ color: 'var(--danger)', fontWeight: 600 }}>
          {problem}
        </p>
      )}
      <p role="status" data-testid="backup-status">
        {message}
      </p>
      {loaded && (
        <Preview
          loaded={loaded}
          resolutions={resolutions}
          onResolve={(key, resolution) => setResolutions({ ...resolutions, [key]: resolution })}
          onImport={() => void importNow()}
          onCancel={() => setLoaded(null)}
          exportedAt={dateTime.format(new Date(loaded.preview.exportedAt))}
        />
      )}
      {undo && (
        <div class="row" data-testid="backup-undo">
          <p class="spacer muted">{t('backupUndoAvailable', dateTime.format(undo.createdAt))}</p>
          <button type="button" onClick={() => void undoImport()}>
            {t('backupUndo')}
          </button>
        </div>
      )}
    </section>
  );
}

interface PreviewProps {
  readonly loaded: Loaded;
  readonly resolutions: Readonly<Record<string, Resolution>>;
  readonly exportedAt: string;
  readonly onResolve: (key: string, resolution: Resolution) => void;
  readonly onImport: () => void;
  readonly onCancel: () => void;
}

function Preview({ loaded, resolutions, exportedAt, onResolve, onImport, onCancel }: PreviewProps) {
  const { t } = useI18n();
  const { counts, items } = loaded.preview;
  const of = <S extends PreviewItem['status']>(status: S) =>
    items.filter((item): item is Extract<PreviewItem, { status: S }> => item.status === status);
  const changes = counts.new + counts.updated + counts.conflict;
  return (
    <section
      class="card"
      aria-labelledby="backup-preview-heading"
      data-testid="backup-preview"
      style={{ background: 'var(--bg)' }}
    >
      <h3 id="backup-preview-heading">{t('backupPreviewHeading', loaded.fileName)}</h3>
      <p class="muted">{t('backupExportedAt', exportedAt)}</p>
      <dl class="facts" data-testid="backup-counts">
        <dt>{t('backupCountNew')}</dt>
        <dd data-count="new">{counts.new}</dd>
        <dt>{t('backupCountUpdated')}</dt>
        <dd data-count="updated">{counts.updated}</dd>
        <dt>{t('backupCountUnchanged')}</dt>
        <dd data-count="unchanged">{counts.unchanged}</dd>
        <dt>{t('backupCountConflict')}</dt>
        <dd data-count="conflict">{counts.conflict}</dd>
        <dt>{t('backupCountInvalid')}</dt>
        <dd data-count="invalid">{counts.invalid}</dd>
      </dl>
      {loaded.preview.repeated.length > 0 && (
        <>
          <h4>{t('backupDuplicatesHeading')}</h4>
          <p class="muted">{t('backupDuplicatesIntro')}</p>
          <ul class="list" data-testid="backup-repeated">
            {loaded.preview.repeated.slice(0, LISTED).map(({ key, copies }) => (
              <li key={key} data-key={key} data-copies={copies}>
                {t('backupDuplicateCopies', storedItemLabel(t, key), copies)}
              </li>
            ))}
          </ul>
        </>
      )}
      <KeyList title={t('backupCountNew')} keys={of('new').map((item) => item.key)} />
      <KeyList title={t('backupCountUpdated')} keys={of('updated').map((item) => item.key)} />
      {counts.conflict > 0 && (
        <>
          <h4>{t('backupCountConflict')}</h4>
          <p class="muted">{t('backupConflictIntro')}</p>
          <ul class="list" data-testid="backup-conflicts">
            {of('conflict')
              .slice(0, LISTED)
              .map((item) => (
                <li key={item.key} data-key={item.key}>
                  <ConflictChoice
                    itemKey={item.key}
                    reason={item.reason}
                    deletedAt={deletedAtOf(item.current)}
                    value={resolutions[item.key] ?? 'keep'}
                    onChange={onResolve}
                  />
                </li>
              ))}
          </ul>
        </>
      )}
      {counts.invalid > 0 && (
        <>
          <h4>{t('backupCountInvalid')}</h4>
          <ul class="list" data-testid="backup-invalid">
            {of('invalid')
              .slice(0, LISTED)
              .map((item, index) => (
                <li key={`${item.key}:${index}`} data-key={item.key} data-problem={item.problem.code}>
                  <strong>{storedItemLabel(t, item.key)}</strong>
                  <div>{t(INVALID[item.problem.code])}</div>
                  {item.problem.code !== 'unknown-key' && <div class="muted">{item.problem.detail}</div>}
                </li>
              ))}
          </ul>
        </>
      )}
      <div class="row">
        <button type="button" class="primary" disabled={changes === 0} onClick={onImport}>
          {t('backupImport')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('casesCancel')}
        </button>
        {changes === 0 && (
          <span class="muted">
            {counts.unchanged === 0 && counts.invalid > 0 ? t('backupNothingValid') : t('backupNothingToImport')}
          </span>
        )}
      </div>
    </section>
  );
}

function KeyList({ title, keys }: { readonly title: string; readonly keys: readonly string[] }) {
  const { t } = useI18n();
  if (keys.length === 0) return null;
  return (
    <details>
      <summary>{`${title}: ${keys.length}`}</summary>
      <ul class="list">
        {keys.slice(0, LISTED).map((key) => (
          <li key={key}>{storedItemLabel(t, key)}</li>
        ))}
      </ul>
    </details>
  );
}

/** When a case was deleted here, for "deleted here on <date>". */
function deletedAtOf(current: unknown): number | null {
  const at = (current as { deletedAt?: unknown } | null)?.deletedAt;
  return typeof at === 'number' ? at : null;
}

interface ConflictChoiceProps {
  readonly itemKey: string;
  readonly reason: ConflictReason;
  readonly deletedAt: number | null;
  readonly value: Resolution;
  readonly onChange: (key: string, resolution: Resolution) => void;
}

function ConflictChoice({ itemKey, reason, deletedAt, value, onChange }: ConflictChoiceProps) {
  const { t, language } = useI18n();
  const name = `conflict-${itemKey}`;
  // A case deleted here is offered for restore in plain words: "deleted here on <date>: restore?"
  const deletedHere = reason === 'deleted-here';
  const question = deletedHere
    ? t('backupDeletedHere', new Intl.DateTimeFormat(language, { dateStyle: 'medium' }).format(deletedAt ?? 0))
    : t(CONFLICT[reason]);
  const choiceText = (choice: Resolution) =>
    deletedHere
      ? t(choice === 'keep' ? 'backupKeepDeleted' : 'backupRestoreDeleted')
      : t(choice === 'keep' ? 'backupKeepMine' : 'backupTakeFile');
  return (
    <fieldset style={{ border: 0, margin: 0, padding: 0 }}>
      <legend>
        <strong>{storedItemLabel(t, itemKey)}</strong>: {question}
      </legend>
      {(['keep', 'take'] as const).map((choice) => (
        <label key={choice} style={{ fontWeight: 400 }}>
          <input
            type="radio"
            name={name}
            value={choice}
            checked={value === choice}
            onChange={() => onChange(itemKey, choice)}
          />
          {choiceText(choice)}
        </label>
      ))}
    </fieldset>
  );
}
