import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { Field } from '@/components/Field';
import { useI18n } from '@/components/I18n';
import { LazyPanel } from '@/components/LazyPanel';
import { useLiveValue } from '@/components/useAsync';
import { type MarketplaceCode, marketplaceHost, sellerCentralUrl } from '@/lib/marketplaces';
import { sendMessage } from '@/lib/messaging';
import { settingsItem } from '@/lib/storage/items/settings';
import { CaseList } from './cases/CaseList';
import { FollowUpSetting } from './cases/FollowUpSetting';
import { MovedNotice } from './cases/MovedNotice';
import { NewerCases } from './cases/NewerCases';
import { loadSettings, useStoredCases } from './cases/useCases';

// The list is what the tab opens on; the editor and the add form are separate chunks, fetched
// once the list is on screen (see the effect below), so the first rows wait for less code.
const loadEditor = () => import('./cases/CaseEditor').then((m) => m.CaseEditor);
const loadAddForm = () => import('./cases/AddCaseForm').then((m) => m.AddCaseForm);

interface CasesTabProps {
  /** The marketplace of the Seller Central tab in front, or of the one used last. */
  readonly marketplace: MarketplaceCode | null;
  /** The marketplace of the Seller Central tab in front only: where a pasted case surely belongs. */
  readonly marketplaceInFront: MarketplaceCode | null;
}

export function CasesTab({ marketplace, marketplaceInFront }: CasesTabProps) {
  const { t } = useI18n();
  const { cases, newer, error } = useStoredCases();
  const { value: settings } = useLiveValue(loadSettings, settingsItem.watch);
  const [openId, setOpenId] = useState<string | null>(null);
  const [lastOpened, setLastOpened] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const [query, setQuery] = useState('');
  const [deleted, setDeleted] = useState<string | null>(null);
  const [message, setMessage] = useState('');
  const listShown = cases !== undefined && settings !== undefined;
  useEffect(() => {
    if (!listShown) return;
    void loadEditor().catch(() => undefined);
    void loadAddForm().catch(() => undefined);
  }, [listShown]);

  if (error !== undefined) return <p role="alert">{t('casesLoadFailed')}</p>;
  if (!cases || !settings) return <p class="muted">{t('statusLoading')}</p>;

  const open = openId === null ? undefined : cases.get(openId);
  if (open && !open.record.deleted) {
    return (
      <LazyPanel
        load={loadEditor}
        fallback={t('statusLoading')}
        props={{
          stored: open,
          hours: settings.followUpHours,
          onBack: () => {
            setLastOpened(open.record.id);
            setOpenId(null);
          },
          onDeleted: (id: string) => {
            setDeleted(id);
            setMessage('');
            setOpenId(null);
          },
        }}
      />
    );
  }
  const undo = async (id: string) => {
    // Only a restore the worker made is said: otherwise the case stays deleted and Undo stays offered.
    const restored = await sendMessage('caseRestore', id).catch(() => false);
    if (!restored) {
      setMessage(t('casesSaveFailed'));
      return;
    }
    setDeleted(null);
    setMessage(t('casesRestored', id));
  };

  return (
    <section aria-labelledby="cases-heading" data-testid="cases-tab">
      <h2 id="cases-heading" class="visually-hidden">
        {t('tabCases')}
      </h2>
      <MovedNotice />
      <div class="row cases-toolbar">
        <Field id="case-search" label={t('casesSearchLabel')} hiddenLabel>
          {(control) => (
            <input
              {...control}
              type="search"
              placeholder={t('casesSearchLabel')}
              value={query}
              onInput={(e) => setQuery(e.currentTarget.value)}
            />
          )}
        </Field>
        <button type="button" class="primary" aria-expanded={adding} onClick={() => setAdding(!adding)}>
          {t('casesAddButton')}
        </button>
      </div>
      <div class="cases-status" role="status" aria-live="polite" data-testid="cases-status">
        {deleted !== null && (
          <p class="card notice row">
            <span class="spacer">{t('casesDeleted', deleted)}</span>
            <button type="button" onClick={() => void undo(deleted)}>
              {t('casesUndo')}
            </button>
          </p>
        )}
        {message && <p>{message}</p>}
      </div>
      {adding && (
        <LazyPanel
          load={loadAddForm}
          fallback={t('statusLoading')}
          props={{
            marketplace: marketplaceInFront,
            onCancel: () => setAdding(false),
            onAdded: (id: string, text: string) => {
              setAdding(false);
              setMessage(text);
              setOpenId(id);
            },
          }}
        />
      )}
      <NewerCases cases={newer} />
      <CaseList
        cases={cases}
        hours={settings.followUpHours}
        query={query}
        focusId={lastOpened}
        onOpen={(id) => {
          setDeleted(null);
          setMessage('');
          setOpenId(id);
        }}
      />
      <p class="muted">{t('casesFollowUpRule')}</p>
      {marketplace ? (
        <p>
          <button
            type="button"
            onClick={() => void browser.tabs.create({ url: sellerCentralUrl(marketplace, '/cu/case-lobby') })}
          >
            {t('casesOpenCaseLog', marketplaceHost(marketplace))}
          </button>
        </p>
      ) : (
        <p class="muted">{t('casesNoMarketplace')}</p>
      )}
      <FollowUpSetting hours={settings.followUpHours} />
    </section>
  );
}
