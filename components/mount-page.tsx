/**
 * Starts an extension page (popup, options, Plan of Action): the seller's UI language and the
 * page's root component in the page's `#app`. Each page's own stylesheet imports the shared
 * theme first (`@import '../../components/theme.css'`), so a page loads one stylesheet.
 */
import { type ComponentType, render } from 'preact';
import { I18nProvider, loadChosenTranslator } from './I18n';

/**
 * Reads the page's first screen shows: the first render waits for them, at most `atMostMs`, so
 * the page paints once with its content instead of a "loading" frame and a second layout a few
 * milliseconds later. A slow read (a worker waking up) only costs that wait.
 */
export interface FirstScreen {
  readonly reads: readonly Promise<unknown>[];
  readonly atMostMs: number;
}

async function waitAtMost({ reads, atMostMs }: FirstScreen): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise((resolve) => {
    timer = setTimeout(resolve, atMostMs);
  });
  await Promise.race([Promise.allSettled(reads), late]);
  clearTimeout(timer);
}

/**
 * The first render waits for the strings (a flash of message keys helps nobody), and only for
 * them: the settings read starts as the page's script runs, not in an effect a frame later.
 */
export async function mountPage(Page: ComponentType, firstScreen?: FirstScreen): Promise<void> {
  const root = document.getElementById('app');
  if (!root) return;
  const [translator] = await Promise.all([loadChosenTranslator(), firstScreen && waitAtMost(firstScreen)]);
  render(
    <I18nProvider initial={translator}>
      <Page />
    </I18nProvider>,
    root,
  );
}
