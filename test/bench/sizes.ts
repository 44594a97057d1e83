import { measureBundle, SIZE_BUDGETS } from '../support/bundle-size';
import { EXTENSION_DIR, launchExtensionBrowser } from '../support/extension-browser';
import { measurePopupLoad } from '../support/popup-load';
import { type BenchRow, row } from './results';

const label = (name: string) =>
  name.startsWith('content:')
    ? `content script ${name.slice('content:'.length)} size (gzip)`
    : 'background size (gzip)';

export function sizeRows(): BenchRow[] {
  // The popup's budget is judged on what it really loads (popupLoadRow).
  return measureBundle(EXTENSION_DIR).map((r) => row(label(r.name), r.bytes / 1024, 'KB', r.budget / 1024));
}

export async function popupLoadRow(): Promise<BenchRow> {
  const browser = await launchExtensionBrowser();
  const loaded = await measurePopupLoad(browser);
  await browser.close();
  console.log(
    `  popup after visiting every tab: ${(loaded.everyTab.bytes / 1024).toFixed(1)} KB gzip (tabs load their code on first use)`,
  );
  return row(
    'popup JS+CSS+HTML loaded when it opens (gzip)',
    loaded.opened.bytes / 1024,
    'KB',
    SIZE_BUDGETS.popup / 1024,
  );
}
