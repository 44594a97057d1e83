import { type ComponentChildren, createContext } from 'preact';
import { useContext, useEffect, useState } from 'preact/hooks';
import { textDirection } from '@/lib/i18n/direction';
import { type LoadedTranslator, loadTranslator } from '@/lib/i18n/load';
import { settingsItem } from '@/lib/storage/items/settings';

const I18nContext = createContext<LoadedTranslator | null>(null);

/** The seller's chosen UI language, read once as a page starts (see mount-page.tsx). */
export async function loadChosenTranslator(): Promise<LoadedTranslator> {
  return labelled(await loadTranslator((await settingsItem.get()).language));
}

/**
 * Before the page renders in it: its language and direction on the root (Arabic mirrors the
 * layout: the styles use logical properties), and a title a page may then make more specific.
 */
function labelled(next: LoadedTranslator): LoadedTranslator {
  document.documentElement.lang = next.language;
  document.documentElement.dir = textDirection(next.language);
  document.title = next.t('extName');
  return next;
}

/**
 * Gives the page its strings, starting from the ones read before the first render, and follows
 * changes made on the options page.
 */
export function I18nProvider({ initial, children }: { initial: LoadedTranslator; children: ComponentChildren }) {
  const [loaded, setLoaded] = useState(initial);
  useEffect(() => {
    let active = true;
    const stop = settingsItem.watch(
      (s) =>
        void loadTranslator(s.language).then((next) => {
          if (active) setLoaded(labelled(next));
        }),
    );
    return () => {
      active = false;
      stop();
    };
  }, []);
  return <I18nContext.Provider value={loaded}>{children}</I18nContext.Provider>;
}

export function useI18n(): LoadedTranslator {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}
