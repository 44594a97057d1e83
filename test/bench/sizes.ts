import { measureBundle } from '../support/bundle-size';
import { EXTENSION_DIR } from '../support/extension-browser';
import { type BenchRow, row } from './results';

const LABELS: Record<string, string> = {
  content: 'content script size (gzip)',
  popup: 'popup JS+CSS, all chunks it loads (gzip)',
  background: 'background size (gzip)',
};

export function sizeRows(): BenchRow[] {
  return measureBundle(EXTENSION_DIR).map((r) => row(LABELS[r.name] ?? r.name, r.bytes / 1024, 'KB', r.budget / 1024));
}
