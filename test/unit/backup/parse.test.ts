/** parseBackupText at its edges: the size limit, the byte-order mark, and what a file must say it is. */
import { BACKUP_FORMAT, BACKUP_VERSION } from '@/lib/backup/format';
import { BACKUP_MAX_CHARS, parseBackupText } from '@/lib/backup/parse';

const envelope = (fields: Record<string, unknown> = {}) =>
  JSON.stringify({
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: '2026-12-01T10:00:00.000Z',
    data: { 'sync:settings': { note: 'kept' } },
    ...fields,
  });

describe('parseBackupText', () => {
  it('reads a file of exactly the largest size, and refuses one character more, saying how long it is', () => {
    const file = envelope();
    const padded = file + ' '.repeat(BACKUP_MAX_CHARS - file.length);
    expect(padded.length).toBe(BACKUP_MAX_CHARS);
    expect(parseBackupText(padded).ok).toBe(true);
    expect(parseBackupText(`${padded} `)).toEqual({
      ok: false,
      error: { code: 'too-large', detail: `${BACKUP_MAX_CHARS + 1} characters` },
    });
  });

  it('skips a byte-order mark at the start only: the same character inside a value is kept', () => {
    const withMark = parseBackupText(`\uFEFF${envelope()}`);
    expect(withMark.ok && withMark.backup.data['sync:settings']).toEqual({ note: 'kept' });
    const inside = parseBackupText(envelope({ data: { 'sync:settings': { note: '\uFEFFkept' } } }));
    expect(inside.ok && inside.backup.data['sync:settings']).toEqual({ note: '\uFEFFkept' });
  });

  it('says which format it expected from a JSON file that is not a backup', () => {
    for (const text of ['42', '"text"', 'null', '[]', JSON.stringify({ format: 'other' })]) {
      expect(parseBackupText(text)).toEqual({
        ok: false,
        error: { code: 'not-a-backup', detail: `expected "format": "${BACKUP_FORMAT}"` },
      });
    }
  });

  it('calls only a whole version number above its own newer; anything else is an invalid file', () => {
    const newer = parseBackupText(envelope({ version: BACKUP_VERSION + 1 }));
    expect(newer.ok === false && newer.error.code).toBe('newer-version');
    for (const version of [BACKUP_VERSION + 0.5, String(BACKUP_VERSION + 1), null]) {
      const result = parseBackupText(envelope({ version }));
      expect(result.ok === false && result.error.code).toBe('invalid-envelope');
    }
  });
});
