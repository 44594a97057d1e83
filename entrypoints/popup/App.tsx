import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { useI18n } from '@/components/I18n';
import { Notices } from '@/components/Notices';
import { Tabs } from '@/components/Tabs';
import { useLiveValue } from '@/components/useAsync';
import { sendMessage } from '@/lib/messaging';
import { findSubjectTabId } from './active-tab';
import { CasesTab } from './CasesTab';
import { ChecklistsTab } from './ChecklistsTab';
import { RemovalTab } from './RemovalTab';
import { StatusTab } from './StatusTab';

export type PopupTab = 'status' | 'checklists' | 'removal' | 'cases';

async function loadSubject() {
  const tabId = await findSubjectTabId();
  if (tabId === null) return { tabId, status: null };
  return { tabId, status: await sendMessage('getTabStatus', tabId) };
}

export function App() {
  const { t } = useI18n();
  const [tab, setTab] = useState<PopupTab>('status');
  const subject = useLiveValue(loadSubject);
  const host = subject.value?.status?.host ?? null;
  return (
    <main class="popup">
      <header>
        <img src="/icon/32.png" width={24} height={24} alt="" />
        <h1>{t('popupHeading')}</h1>
        <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('openSettings')}
        </button>
      </header>
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
        {tab === 'status' && <StatusTab subject={subject} />}
        {tab === 'checklists' && <ChecklistsTab />}
        {tab === 'removal' && <RemovalTab />}
        {tab === 'cases' && <CasesTab host={host} />}
      </Tabs>
      <footer class="muted">{t('notAffiliated')}</footer>
    </main>
  );
}
