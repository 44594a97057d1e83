import { useEffect } from 'preact/hooks';
import { useI18n } from '@/components/I18n';
import { useLiveValue } from '@/components/useAsync';
import { type AccountChange, changeTag, unseenChanges } from '@/lib/account-health/changes';
import { changeTitle } from '@/lib/i18n/change-text';
import { marketplaceName } from '@/lib/i18n/marketplace-name';
import { relativeTime } from '@/lib/i18n/relative-time';
import { accountChangesItem, changesSeenAtItem } from '@/lib/storage/items/account-changes';

async function readUnseen(): Promise<AccountChange[]> {
  const [changes, seenAt] = await Promise.all([accountChangesItem.get(), changesSeenAtItem.get()]);
  return unseenChanges(changes, seenAt).reverse();
}

/**
 * What got worse since the seller last opened the popup, newest first: each marketplace that
 * entered a state, each rating that fell below 200 or 100, each policy count that went up. Shown once: opening it marks them
 * seen, which clears the toolbar's count.
 */
export function ChangesCard() {
  const { t, language } = useI18n();
  // Read once, not watched: the list is what was new when the seller opened the popup.
  const { value: unseen } = useLiveValue(readUnseen);
  useEffect(() => {
    if (unseen === undefined) return;
    void changesSeenAtItem.set(Date.now()).catch((error) => console.warn('[scc] changes not marked seen', error));
  }, [unseen]);
  if (!unseen || unseen.length === 0) return null;
  const now = Date.now();
  return (
    <section class="card changes" aria-labelledby="changes-heading" data-testid="changes-since">
      <h2 id="changes-heading">{t('changesHeading')}</h2>
      <ul class="list">
        {unseen.map((change) => {
          const name = marketplaceName(change.marketplace, language);
          const text = changeTitle(change, name, t);
          return (
            <li
              key={`${change.marketplace}:${change.at}:${changeTag(change)}:${change.policy ?? ''}`}
              data-marketplace={change.marketplace}
              data-change={changeTag(change)}
            >
              {text} <span class="muted">· {relativeTime(change.at, now, language)}</span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
