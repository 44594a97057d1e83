/**
 * Starts an extension page (popup, options, Plan of Action): the shared theme, the seller's UI
 * language, and the page's root component in the page's `#app`. Import it before the page's own
 * CSS, so the page's rules come after the theme's.
 */
import { type ComponentType, render } from 'preact';
import './theme.css';
import { I18nProvider, loadChosenTranslator } from './I18n';

/**
 * The first render waits for the strings (a flash of message keys helps nobody), and only for
 * them: the settings read starts as the page's script runs, not in an effect a frame later.
 */
export async function mountPage(Page: ComponentType): Promise<void> {
  const root = document.getElementById('app');
  if (!root) return;
  const translator = await loadChosenTranslator();
  render(
    <I18nProvider initial={translator}>
      <Page />
    </I18nProvider>,
    root,
  );
}
