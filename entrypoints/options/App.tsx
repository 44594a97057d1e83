import { HostAccessNotice } from '@/components/HostAccessNotice';
import { useI18n } from '@/components/I18n';
import { Notices } from '@/components/Notices';
import { BackupSection } from './BackupSection';
import { DataSection } from './DataSection';
import { LanguageSection } from './LanguageSection';
import { NotificationsSection } from './NotificationsSection';
import { PhrasesSection } from './PhrasesSection';

export function App() {
  const { t } = useI18n();
  return (
    <main class="options">
      <h1>{t('optionsTitle')}</h1>
      <HostAccessNotice />
      <Notices />
      <LanguageSection />
      <NotificationsSection />
      <PhrasesSection />
      <DataSection />
      <BackupSection />
      <p class="muted">{t('notAffiliated')}</p>
    </main>
  );
}
