import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { HostAccessNotice } from '@/components/HostAccessNotice';
import { useI18n } from '@/components/I18n';
import { LazyPanel } from '@/components/LazyPanel';
import { Notices } from '@/components/Notices';
import { Tabs } from '@/components/Tabs';
import { useEarlyValue } from '@/components/useAsync';
import type { ChecklistId } from '@/lib/checklists/types';
import { POPUP_INTENT_TTL_MS } from '@/lib/popup-intent';
import { popupIntentItem } from '@/lib/storage/items/popup';
import { prefetchCasesTab } from './cases/early';
import { StatusTab } from './StatusTab';
import { subjectRead } from './subject';

export type PopupTab = 'status' | 'checklists' | 'removal' | 'cases';
const TAB_IDS: readonly PopupTab[] = ['status', 'checklists', 'removal', 'cases'];

// Each tab's module loads when the tab is first opened (module-level, so each loads once).
const loadChecklists = () => import('./ChecklistsTab').then((m) => m.ChecklistsTab);
const loadRemoval = () => import('./RemovalTab').then((m) => m.RemovalTab);
const loadCases = () => import('./CasesTab').then((m) => m.CasesTab);

/** `popup.html#cases` opens on that tab (the popup opened in a tab of its own, links from notices). */
export function tabFromHash(): PopupTab {
  const wanted = location.hash.slice(1);
  return TAB_IDS.find((id) => id === wanted) ?? 'status';
}

export function App() {
  const { t } = useI18n();
  const [tab, setTab] = useState<PopupTab>(tabFromHash);
  const [checklist, setChecklist] = useState<ChecklistId | null>(null);
  const openChecklist = (id: ChecklistId) => {
    setChecklist(id);
    setTab('checklists');
  };
  // The Cases tab's reads and list code, so opening it waits for neither: in the task after the
  // first render, not in the first render (Status is what the popup opens on) and not a frame
  // later (a seller who goes straight to Cases would wait for it).
  useLayoutEffect(() => {
    const handle = setTimeout(prefetchCasesTab);
    return () => clearTimeout(handle);
  }, []);
  // The overlay's "open the checklist" button leaves an intent: honour it once, if fresh.
  useEffect(() => {
    void popupIntentItem.get().then(async (intent) => {
      if (!intent) return;
      await popupIntentItem.remove();
      if (Date.now() - intent.at <= POPUP_INTENT_TTL_MS) openChecklist(intent.checklist);
    });
  }, []);
  const subject = useEarlyValue(subjectRead);
  const marketplace = subject.value?.status?.marketplace ?? null;
  // A tab used earlier is a fair default for lists, never evidence of where a pasted case belongs.
  const marketplaceInFront = subject.value?.inFront ? marketplace : null;
  return (
    <main class="popup">
      <header>
        <img src="/icon/32.png" width={24} height={24} alt="" />
        <h1>{t('popupHeading')}</h1>
        <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('openSettings')}
        </button>
      </header>
      <HostAccessNotice />
      <Notices />
      <Tabs
        label={t('tabsLabel')}
        selected={tab}
        onSelect={setTab}
        tabs={[
          { id: 'status', label: t('tabStatus') },
          { id: 'checklists', label: t('tabChecklists') },
          { id: 'removal', label: t('tabRemoval') },
          { id: 'cases', label: t('tabCases') },
        ]}
      >
        {tab === 'status' && <StatusTab subject={subject} onOpenChecklist={openChecklist} />}
        {tab === 'checklists' && (
          <LazyPanel
            load={loadChecklists}
            props={{ selected: checklist, subject: marketplace }}
            fallback={t('statusLoading')}
          />
        )}
        {tab === 'removal' && <LazyPanel load={loadRemoval} props={{}} fallback={t('statusLoading')} />}
        {tab === 'cases' && (
          <LazyPanel load={loadCases} props={{ marketplace, marketplaceInFront }} fallback={t('statusLoading')} />
        )}
      </Tabs>
      <footer class="muted">{t('notAffiliated')}</footer>
    </main>
  );
}
