import { useEffect, useRef, useState } from 'preact/hooks';
import { ConfirmButton } from '@/components/ConfirmButton';
import { copyText } from '@/components/clipboard';
import { useI18n } from '@/components/I18n';
import { MarketplaceSelect } from '@/components/MarketplaceSelect';
import { useFlash } from '@/components/useFlash';
import { useNow } from '@/components/useNow';
import { resolveMarket } from '@/lib/checklists/market';
import { relativeTime } from '@/lib/i18n/relative-time';
import type { MarketplaceCode } from '@/lib/marketplaces';
import { lengthMeter } from '@/lib/poa/lint';
import { poaPlainText } from '@/lib/poa/plain-text';
import { POA_TEXTS } from '@/lib/poa/text';
import { POA_SECTION_IDS, type PoaFinding, type PoaSectionId } from '@/lib/poa/types';
import { lastKnownStates } from '@/lib/storage/items/account-state';
import { rememberedMarketItem, rememberMarket } from '@/lib/storage/items/popup';
import { Findings } from './Findings';
import { marketFromSearch, searchWithMarket } from './market-param';
import { SectionEditor } from './SectionEditor';
import { usePoaDraft } from './usePoaDraft';
import { usePoaLint } from './usePoaLint';

/** Without `?market=`, the marketplace Seller Central was last seen on, else the one last picked. */
async function fallbackMarket(): Promise<MarketplaceCode | null> {
  const [entries, remembered] = await Promise.all([lastKnownStates.entries(), rememberedMarketItem.get()]);
  const states = entries.flatMap(({ value }) => (value ? [value] : []));
  return resolveMarket({ picked: null, subject: null, states, remembered })?.market.code ?? null;
}

export function PoaApp() {
  const { t, language } = useI18n();
  const pack = POA_TEXTS[language];
  const [market, setMarket] = useState<MarketplaceCode | null>(() => marketFromSearch(location.search));
  const [resolving, setResolving] = useState(market === null);
  const areas = useRef<Partial<Record<PoaSectionId, HTMLTextAreaElement | null>>>({});
  const now = useNow(15_000);
  const [status, flash] = useFlash();

  const lint = usePoaLint(() => draft.sections(), language);
  const draft = usePoaDraft(market, (replaced) => lint.schedule(replaced));

  useEffect(() => {
    document.title = `${pack.title} · ${t('extName')}`;
  }, [language]);

  useEffect(() => {
    if (market !== null) return;
    fallbackMarket()
      .then((code) => code && chooseMarket(code, false))
      .finally(() => setResolving(false));
  }, []);

  function chooseMarket(code: MarketplaceCode, remember: boolean) {
    history.replaceState(null, '', searchWithMarket(location.search, code));
    setMarket(code);
    if (remember) void rememberMarket(code);
  }

  const showInText = (finding: PoaFinding) => {
    const area = areas.current[finding.section];
    if (!area) return;
    const end = Math.min(finding.span.end, area.value.length);
    area.focus();
    area.setSelectionRange(Math.min(finding.span.start, end), end);
  };

  const result = lint.result;
  const { state } = draft;
  let saved = '';
  if (state.saving) saved = t('poaSaving');
  else if (state.savedAt !== null) saved = t('poaSaved', relativeTime(Math.min(state.savedAt, now), now, language));

  return (
    <main class="poa">
      <header class="poa-header">
        <h1>{pack.title}</h1>
        <MarketplaceSelect
          id="poa-market"
          label={t('marketplaceSelectLabel')}
          noneLabel={t('marketplaceSelectNone')}
          value={market}
          onChange={(code) => chooseMarket(code, true)}
        />
      </header>
      <p>{t('poaIntro')}</p>
      {market === null ? (
        !resolving && <p data-testid="poa-choose-market">{t('poaChooseMarketplace')}</p>
      ) : (
        <div class="poa-layout" data-market={market} data-loaded={state.loaded ? 'true' : 'false'}>
          <div class="poa-editor">
            {POA_SECTION_IDS.map((id, index) => (
              <SectionEditor
                key={id}
                id={id}
                number={index + 1}
                heading={pack.sections[id].heading}
                hint={pack.sections[id].hint}
                generation={state.generation}
                readOnly={!state.loaded}
                initialText={() => draft.sections()[id]}
                onEdit={draft.edit}
                register={(sectionId, element) => {
                  areas.current[sectionId] = element;
                }}
              />
            ))}
          </div>
          <aside class="poa-side" aria-label={t('poaFindingsHeading')}>
            <div class="card poa-tools">
              {result && (
                <div class="poa-length">
                  <label for="poa-length-meter">{t('poaLengthLabel')}</label>
                  <meter
                    id="poa-length-meter"
                    min={0}
                    max={result.length.limit}
                    high={Math.round(result.length.limit * 0.9)}
                    optimum={0}
                    value={Math.min(result.length.words, result.length.limit)}
                    aria-describedby="poa-length-text"
                  />
                  <p id="poa-length-text" class={result.length.over > 0 ? 'over' : ''} data-testid="poa-length">
                    {lengthMeter(result.length, language)}
                  </p>
                </div>
              )}
              <div class="row">
                <button
                  type="button"
                  class="primary"
                  onClick={async () =>
                    flash(t((await copyText(poaPlainText(draft.sections(), language))) ? 'copied' : 'copyFailed'))
                  }
                >
                  {t('poaCopyPlainText')}
                </button>
                <ConfirmButton
                  label={t('poaClear')}
                  question={t('poaClearConfirm', market)}
                  cancelLabel={t('cancel')}
                  onConfirm={async () => {
                    await draft.clear();
                    flash(t('poaCleared'));
                  }}
                />
              </div>
              <p class="muted saved" data-testid="poa-saved">
                {saved}
              </p>
              {state.failed && (
                <p role="alert" class="save-failed">
                  {t('poaSaveFailed')}
                </p>
              )}
              <p role="status" class="flash">
                {status}
              </p>
            </div>
            {result && (
              <Findings
                findings={result.findings}
                sections={result.sections}
                pending={lint.pending}
                onShow={showInText}
              />
            )}
          </aside>
        </div>
      )}
      <footer class="muted">{t('notAffiliated')}</footer>
    </main>
  );
}
