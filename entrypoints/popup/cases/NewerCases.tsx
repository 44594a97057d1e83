import { useI18n } from '@/components/I18n';
import { NewerVersionNote } from '@/components/NewerVersionNote';
import type { NewerCase } from '@/lib/cases/stored-case';

/**
 * Cases a newer version of the extension saved (on another browser sharing sync): listed so
 * the seller knows they are there, read-only, since this version never writes over them.
 */
export function NewerCases({ cases }: { readonly cases: readonly NewerCase[] }) {
  const { t } = useI18n();
  if (cases.length === 0) return null;
  return (
    <section class="card" aria-labelledby="newer-cases-heading" data-testid="newer-cases">
      <h3 id="newer-cases-heading">{t('newerVersionCasesHeading')}</h3>
      <NewerVersionNote />
      <ul class="list">
        {cases.map((item) => (
          <li key={item.id} data-newer-case={item.id}>
            <strong>{item.id}</strong>
            {item.title ? ` ${item.title}` : ''}
          </li>
        ))}
      </ul>
    </section>
  );
}
