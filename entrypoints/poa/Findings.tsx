import { useI18n } from '@/components/I18n';
import type { MessageKey } from '@/lib/i18n/translate';
import { POA_TEXTS } from '@/lib/poa/text';
import type { PoaFinding, PoaSectionId, Severity } from '@/lib/poa/types';
import { spanPreview } from './span-text';

const SEVERITY_LABEL: Readonly<Record<Severity, MessageKey>> = {
  error: 'poaSeverityError',
  warning: 'poaSeverityWarning',
  info: 'poaSeverityInfo',
};

interface FindingsProps {
  readonly findings: readonly PoaFinding[];
  readonly sections: Readonly<Record<PoaSectionId, string>>;
  readonly pending: boolean;
  readonly onShow: (finding: PoaFinding) => void;
}

/** The linter's findings: severity in words, the section, what is wrong, the text concerned, and the fix. */
export function Findings({ findings, sections, pending, onShow }: FindingsProps) {
  const { t, language } = useI18n();
  const headings = POA_TEXTS[language].sections;
  return (
    <section class="poa-findings" aria-labelledby="poa-findings-heading" aria-busy={pending ? 'true' : 'false'}>
      <h2 id="poa-findings-heading">
        {t('poaFindingsHeading')}
        {pending && <span class="muted checking">{t('poaChecking')}</span>}
      </h2>
      <p class="muted disclaimer">{t('poaDisclaimer')}</p>
      {findings.length === 0 ? (
        <p data-testid="poa-no-findings">{t('poaNoFindings')}</p>
      ) : (
        <ul class="findings" data-testid="poa-findings">
          {findings.map((finding, index) => {
            const text = sections[finding.section];
            const preview =
              finding.span.end > finding.span.start ? spanPreview(text, finding.span.start, finding.span.end) : '';
            return (
              <li
                key={`${finding.rule}:${finding.section}:${finding.span.start}:${finding.span.end}`}
                class={`finding ${finding.severity}`}
                data-rule={finding.rule}
                data-severity={finding.severity}
                data-section={finding.section}
              >
                <p class="finding-head">
                  <span class={`severity ${finding.severity}`}>{t(SEVERITY_LABEL[finding.severity])}</span>
                  <span class="finding-section">{headings[finding.section].heading}</span>
                </p>
                <p class="finding-message" id={`poa-finding-${index}`}>
                  {finding.message}
                </p>
                {preview && (
                  <blockquote class="finding-span" dir="auto">
                    {preview}
                  </blockquote>
                )}
                <p class="finding-fix">
                  <strong>{t('poaFixLabel')}</strong> {finding.fix}
                </p>
                {preview && (
                  <button
                    type="button"
                    class="link-button"
                    aria-describedby={`poa-finding-${index}`}
                    onClick={() => onShow(finding)}
                  >
                    {t('poaShowInText')}
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
