import { type ComponentChildren, createContext } from 'preact';
import { useContext, useEffect, useState } from 'preact/hooks';
import { type LoadedTranslator, loadTranslator } from '@/lib/i18n/load';
import { settingsItem } from '@/lib/storage/items/settings';

const I18nContext = createContext<LoadedTranslator | null>(null);

/** Loads the chosen UI language and follows changes made on the options page. */
export function I18nProvider({ children }: { children: ComponentChildren }) {
  const [loaded, setLoaded] = useState<LoadedTranslator | null>(null);
  useEffect(() => {
    let active = true;
    const apply = (language: Parameters<typeof loadTranslator>[0]) =>
      loadTranslator(language).then((next) => {
        if (!active) return;
        document.documentElement.lang = next.language;
        document.title = next.t('extName');
        setLoaded(next);
      });
    settingsItem.get().then((s) => apply(s.language));
    const stop = settingsItem.watch((s) => void apply(s.language));
    return () => {
      active = false;
      stop();
    };
  }, []);
  // Nothing renders until strings exist: a flash of message keys helps nobody.
  return loaded ? <I18nContext.Provider value={loaded}>{children}</I18nContext.Provider> : null;
}

export function useI18n(): LoadedTranslator {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}
