import { measureBundle } from '../support/bundle-size';
import { EXTENSION_DIR } from '../support/extension-browser';
import { type BenchRow, row } from './results';

const label = (name: string) =>
  name.startsWith('content:')
    ? `content script ${name.slice('content:'.length)} size (gzip)`
    : name === 'popup'
      ? 'popup JS+CSS, all chunks it loads (gzip)'
      : 'background size (gzip)';

export function sizeRows(): BenchRow[] {
  return measureBundle(EXTENSION_DIR).map((r) => row(label(r.name), r.bytes / 1024, 'KB', r.budget / 1024));
}
