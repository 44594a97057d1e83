import { useI18n } from '@/components/I18n';
import type { PolicyHistory } from '@/lib/account-health/policy-history';

interface PolicySectionProps {
  readonly history: PolicyHistory | undefined;
  readonly formatAt: (at: number) => string;
}

const countText = (count: number | null) => (count === null ? '–' : String(count));

/**
 * The count under each policy as Account Health last listed it, a count above zero marked, and
 * every change of a count since, newest first (issue #18).
 */
export function PolicySection({ history, formatAt }: PolicySectionProps) {
  const { t } = useI18n();
  const latest = history?.latest;
  return (
    <>
      <h3>{t('historyPolicies')}</h3>
      {!latest ? (
        history && (
          <p class="muted" data-testid="history-no-policies">
            {t('historyNoPolicies')}
          </p>
        )
      ) : (
        <>
          <table class="history-table" data-testid="history-policies">
            <thead>
              <tr>
                <th scope="col">{t('historyPolicyColumn')}</th>
                <th scope="col">{t('historyCountColumn')}</th>
              </tr>
            </thead>
            <tbody>
              {latest.rows.map((row) => (
                <tr key={row.name} data-policy-count={row.count} class={row.count > 0 ? 'policy-flagged' : undefined}>
                  <td>{row.name}</td>
                  <td>{row.count}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p class="muted">{t('historyPoliciesAsOf', formatAt(latest.at))}</p>
          {history.changes.length > 0 && (
            <details>
              <summary>{t('historyPolicyChanges')}</summary>
              <ol class="list" data-testid="history-policy-changes">
                {[...history.changes].reverse().map((change) => (
                  <li key={`${change.at}:${change.name}`} class="row">
                    <time class="spacer" dateTime={new Date(change.at).toISOString()}>
                      {formatAt(change.at)}
                    </time>
                    <span>
                      {change.name}: {countText(change.from)} → {countText(change.to)}
                    </span>
                  </li>
                ))}
                {history.folded && <li class="muted">{t('historyPolicyFolded', String(history.folded.count))}</li>}
              </ol>
            </details>
          )}
        </>
      )}
    </>
  );
}
