import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { useI18n } from '@/components/I18n';
import { caseMarketplaceLabel } from '@/lib/cases/case-marketplace';
import { followUpOf, orderForPopup } from '@/lib/cases/follow-up';
import { followUpLine } from '@/lib/cases/follow-up-text';
import type { CaseRecord } from '@/lib/cases/model';
import { buildSearchIndex, type SearchEntry, searchCases } from '@/lib/cases/search';
import type { StoredCase } from '@/lib/cases/stored-case';
import { displayTitle } from '@/lib/cases/sync-size';
import { type CaseText, caseTextFrom } from '@/lib/cases/text';

/** Rows drawn at first; the rest on request. Due cases sort first, so they are always drawn. */
export const FIRST_ROWS = 50;
/**
 * Rows drawn before the list first paints: more than the popup shows at once. The rest of the
 * first FIRST_ROWS follow as soon as the popup is idle, so the list appears sooner.
 */
export const SCREEN_ROWS = 12;

interface CaseListProps {
  readonly cases: ReadonlyMap<string, StoredCase>;
  readonly hours: number;
  readonly query: string;
  /** The case to give focus to when the list comes back (the one just closed). */
  readonly focusId: string | null;
  readonly onOpen: (id: string) => void;
}

function useSearchIndex(cases: ReadonlyMap<string, StoredCase>, text: CaseText) {
  const built = useRef<{ cases: ReadonlyMap<string, StoredCase>; index: SearchEntry[] } | null>(null);
  const get = () => {
    if (built.current?.cases !== cases) {
      const views = [...cases.values()]
        .filter((c) => !c.record.deleted)
        .map((c) => ({ record: c.record, detail: c.detail, title: displayTitle(c.record, c.detail?.overflow) }));
      built.current = { cases, index: buildSearchIndex(views, text) };
    }
    return built.current.index;
  };
  // Built while the seller reads the list, so the first keystroke does not pay for it: at the
  // first idle moment (a fixed delay let a keystroke that came sooner pay for the logs' text).
  useEffect(() => {
    const handle = requestIdleCallback(get, { timeout: 200 });
    return () => cancelIdleCallback(handle);
  }, [cases]);
  return get;
}

export function CaseList({ cases, hours, query, focusId, onOpen }: CaseListProps) {
  const { t, language } = useI18n();
  const text = caseTextFrom(t, language);
  const [limit, setLimit] = useState(FIRST_ROWS);
  // Coming back from a case draws every row at once: the row to focus may be further down.
  const [drawAll, setDrawAll] = useState(focusId !== null);
  useEffect(() => {
    if (drawAll) return;
    const idle = requestIdleCallback(() => setDrawAll(true), { timeout: 200 });
    return () => cancelIdleCallback(idle);
  }, [drawAll]);
  const now = Date.now();
  const ordered = useMemo(
    () =>
      orderForPopup(
        [...cases.values()].map((c) => c.record),
        now,
        hours,
      ),
    [cases, hours],
  );
  const searchIndex = useSearchIndex(cases, text);
  const shown = useMemo(() => {
    if (query.trim() === '') return ordered;
    const hits = new Set(searchCases(searchIndex(), query));
    return ordered.filter((record) => hits.has(record.id));
  }, [ordered, query]);
  const list = useRef<HTMLUListElement>(null);
  useEffect(() => {
    if (focusId) list.current?.querySelector<HTMLElement>(`[data-case-id="${focusId}"] button`)?.focus();
  }, []);

  if (ordered.length === 0) return <p data-testid="cases-empty">{t('casesEmpty')}</p>;
  return (
    <>
      <p class="visually-hidden" role="status" aria-live="polite">
        {query.trim() === '' ? '' : t('casesSearchCount', shown.length)}
      </p>
      {shown.length === 0 && <p data-testid="cases-no-match">{t('casesNoMatch')}</p>}
      <ul class="list case-list" data-testid="case-list" ref={list}>
        {shown.slice(0, drawAll ? limit : Math.min(limit, SCREEN_ROWS)).map((record) => (
          <CaseRow
            key={record.id}
            record={record}
            stored={cases.get(record.id)}
            hours={hours}
            now={now}
            onOpen={onOpen}
            text={text}
          />
        ))}
      </ul>
      {shown.length > limit && (
        <button type="button" onClick={() => setLimit(shown.length)}>
          {t('casesShowMore', shown.length - limit)}
        </button>
      )}
    </>
  );
}

interface CaseRowProps {
  readonly record: CaseRecord;
  readonly stored: StoredCase | undefined;
  readonly hours: number;
  readonly now: number;
  readonly text: CaseText;
  readonly onOpen: (id: string) => void;
}

/**
 * Subject first, then where and how the case stands, then when to follow up. The ID appears
 * once: as the title of an untitled case, otherwise in the details line.
 */
function CaseRow({ record, stored, hours, now, text, onOpen }: CaseRowProps) {
  const { t, language } = useI18n();
  const followUp = followUpOf(record, now, hours);
  const title = displayTitle(record, stored?.detail?.overflow);
  const followLine = followUpLine(followUp, now, text, language);
  const details = [
    title ? record.id : null,
    caseMarketplaceLabel(record),
    text.statuses[record.status],
    record.topic === 'other' ? null : text.topics[record.topic],
    stored?.place === 'local' ? t('casesThisDeviceOnly') : null,
  ].filter((part): part is string => part !== null);
  return (
    <li data-case-id={record.id} data-follow-up={followUp.state} data-status={record.status}>
      <button type="button" class="case-row" onClick={() => onOpen(record.id)}>
        <span class="case-title">{title || t('casesUntitled', record.id)}</span>
        <span class="case-meta">{details.join(' · ')}</span>
        {followLine && (
          <span class="case-follow" data-state={followUp.state}>
            {followLine}
          </span>
        )}
      </button>
    </li>
  );
}
