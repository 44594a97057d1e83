import { useEffect, useState } from 'preact/hooks';
import { useI18n } from '@/components/I18n';
import { MarketplaceSelect } from '@/components/MarketplaceSelect';
import { useLiveValue } from '@/components/useAsync';
import { EMPTY_PROGRESS } from '@/lib/checklists/progress';
import { loadChecklistPack } from '@/lib/checklists/text/load';
import type { ChecklistId } from '@/lib/checklists/types';
import type { MarketplaceCode } from '@/lib/marketplaces';
import { lastKnownStates } from '@/lib/storage/items/account-state';
import './checklists/checklists.css';
import { resolveMarket, suggestedChecklist } from '@/lib/checklists/market';
import { rememberedMarketItem, rememberMarket } from '@/lib/storage/items/popup';
import { ChecklistPanel } from './checklists/ChecklistPanel';
import { ChecklistPicker } from './checklists/ChecklistPicker';
import { openPoaWorkspace } from './checklists/open-poa';
import { useChecklistProgress } from './checklists/useChecklistProgress';

interface ChecklistsTabProps {
  /** A checklist asked for (Status tab, overlay): it wins over the suggestion. */
  readonly selected: ChecklistId | null;
  /** The marketplace of the Seller Central tab the seller is looking at, if any. */
  readonly subject: MarketplaceCode | null;
}

const loadStates = async () => (await lastKnownStates.entries()).flatMap(({ value }) => (value ? [value] : []));

export function ChecklistsTab({ selected, subject }: ChecklistsTabProps) {
  const { t, language } = useI18n();
  const { value: pack } = useLiveValue(() => loadChecklistPack(language), undefined, [language]);
  const { value: states } = useLiveValue(loadStates, lastKnownStates.watchAll);
  const { value: remembered } = useLiveValue(() => rememberedMarketItem.get());
  const [picked, setPicked] = useState<MarketplaceCode | null>(null);
  const [chosen, setChosen] = useState<ChecklistId | null>(selected);
  useEffect(() => setChosen(selected), [selected]);

  const resolved = states && remembered !== undefined ? resolveMarket({ picked, subject, states, remembered }) : null;
  const code = resolved?.market.code ?? null;
  const progress = useChecklistProgress(code);

  if (!states || remembered === undefined || !pack) return <p class="muted">{t('statusLoading')}</p>;
  const suggestion = resolved ? suggestedChecklist(states, resolved.market) : null;
  const current = chosen ?? suggestion?.checklist ?? null;
  const snapshot = progress.snapshot;

  const pickMarket = (next: MarketplaceCode) => {
    setPicked(next);
    void rememberMarket(next);
  };
  const openPoa = () => {
    if (code) void openPoaWorkspace(code);
  };

  return (
    <section class="checklists" data-market={code ?? ''}>
      <MarketplaceSelect
        id="checklist-market"
        label={t('marketplaceSelectLabel')}
        noneLabel={t('marketplaceSelectNone')}
        value={code}
        onChange={pickMarket}
      />
      {!resolved ? (
        <p data-testid="checklists-choose-market">{t('checklistsChooseMarketplace')}</p>
      ) : (
        <>
          {current === null && <p>{t('checklistsIntro')}</p>}
          <ChecklistPicker
            current={current}
            suggested={suggestion?.checklist ?? null}
            progress={snapshot?.byChecklist}
            onPick={setChosen}
            pack={pack}
          />
          <p>
            <button type="button" onClick={openPoa}>
              {t('checklistsOpenPoa')}
            </button>
          </p>
          {current && snapshot && (
            <ChecklistPanel
              key={`${code}:${current}`}
              checklist={current}
              market={resolved}
              suggestion={suggestion}
              progress={snapshot.byChecklist[current] ?? EMPTY_PROGRESS}
              storedLocally={snapshot.storedLocally.has(current)}
              onSetDone={(itemId, done) => progress.setItemDone(current, itemId, done)}
              onReset={() => progress.reset(current)}
              onOpenPoa={openPoa}
              pack={pack}
            />
          )}
        </>
      )}
    </section>
  );
}
