/**
 * The bench's control: an extension with one empty content script on every Seller Central
 * host (and an empty worker, so the browser helpers can find it). What Chromium charges any
 * extension for injecting a script at all is its own time: the floor ours is read against.
 * Its `blank.html` is the popup's floor: an extension page whose one tiny module script puts
 * up the elements the Status bench waits for, with no storage, messages or rendering.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SELLER_CENTRAL_MATCHES } from '@/lib/marketplaces';

/** Its name is also the isolated world's name in traces. */
export const CONTROL_WORLD_NAME = 'SCC bench control';

/** Writes the control extension to a fresh temporary directory and returns it. */
export function writeControlExtension(): string {
  const dir = mkdtempSync(join(tmpdir(), 'scc-control-'));
  mkdirSync(dir, { recursive: true });
  const manifest = {
    manifest_version: 3,
    name: CONTROL_WORLD_NAME,
    version: '1.0.0',
    background: { service_worker: 'worker.js' },
    host_permissions: [...SELLER_CENTRAL_MATCHES],
    content_scripts: [{ matches: [...SELLER_CENTRAL_MATCHES], js: ['empty.js'], run_at: 'document_idle' }],
  };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  writeFileSync(join(dir, 'worker.js'), '// The control does nothing.\n');
  writeFileSync(join(dir, 'empty.js'), '// The control does nothing.\n');
  writeFileSync(
    join(dir, 'blank.html'),
    '<!doctype html><html><head><meta charset="utf-8"><script type="module" src="blank.js"></script></head><body></body></html>',
  );
  writeFileSync(
    join(dir, 'blank.js'),
    'document.body.innerHTML = \'<p data-testid="status-not-sc"></p><ul data-testid="marketplace-states"></ul>\';\n',
  );
  return dir;
}
