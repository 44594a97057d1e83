/**
 * Starts an extension page (popup, options, Plan of Action): the shared theme, the seller's UI
 * language, and the page's root component in the page's `#app`. Import it before the page's own
 * CSS, so the page's rules come after the theme's.
 */
import { type ComponentType, render } from 'preact';
import './theme.css';
import { I18nProvider } from './I18n';

export function mountPage(Page: ComponentType): void {
  const root = document.getElementById('app');
  if (root)
    render(
      <I18nProvider>
        <Page />
      </I18nProvider>,
      root,
    );
}
