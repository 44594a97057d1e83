import { useI18n } from '@/components/I18n';
import { dayInstant } from '@/lib/account-health/chart-geometry';
import type { PerformanceNotices } from '@/lib/account-health/performance-notices';

interface NoticeSectionProps {
  readonly notices: PerformanceNotices | undefined;
  readonly formatDay: (at: number) => string;
  readonly formatAt: (at: number) => string;
}

/**
 * The notifications Performance Notifications listed, newest first, each with its own date (or,
 * where the page's date could not be read for certain, the date as shown and when it was first
 * seen), kept after Amazon's page lets them go (issue #18).
 */
export function NoticeSection({ notices, formatDay, formatAt }: NoticeSectionProps) {
  const { t } = useI18n();
  if (!notices) return <h3>{t('historyNotices')}</h3>;
  return (
    <>
      <h3>{t('historyNotices')}</h3>
      {notices.notices.length === 0 ? (
        <p class="muted" data-testid="history-no-notices">
          {t('historyNoNotices')}
        </p>
      ) : (
        <ol class="list" data-testid="history-notices">
          {[...notices.notices].reverse().map((notice) => (
            <li key={`${notice.title}:${notice.shown}`} class="row" data-notice-day={notice.day ?? ''}>
              {notice.day ? (
                <time class="spacer" dateTime={notice.day}>
                  {formatDay(dayInstant(notice.day))}
                </time>
              ) : (
                <span class="spacer">
                  {notice.shown} <span class="muted">({t('historyNoticeFirstSeen', formatAt(notice.firstSeen))})</span>
                </span>
              )}
              <span>{notice.title}</span>
            </li>
          ))}
          {notices.folded && <li class="muted">{t('historyNoticesFolded', String(notices.folded.count))}</li>}
        </ol>
      )}
    </>
  );
}
