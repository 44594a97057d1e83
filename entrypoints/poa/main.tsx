import { render } from 'preact';
import '@/components/theme.css';
import './poa.css';
import { I18nProvider } from '@/components/I18n';
import { PoaApp } from './PoaApp';

const root = document.getElementById('app');
if (root)
  render(
    <I18nProvider>
      <PoaApp />
    </I18nProvider>,
    root,
  );
