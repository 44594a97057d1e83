import { useEffect, useRef, useState } from 'preact/hooks';
import type { MarketplaceCode } from '@/lib/marketplaces';
import { EMPTY_DRAFT } from '@/lib/poa/draft';
import { POA_SECTION_IDS, type PoaDraft, type PoaSectionId } from '@/lib/poa/types';
import { poaDraftItem } from '@/lib/storage/items/poa';

/** Typing pauses shorter than this are one edit: a save per pause, not per key. */
export const SAVE_DELAY_MS = 600;

type Sections = Record<PoaSectionId, string>;

export interface DraftState {
  /** False until the stored draft is read. */
  readonly loaded: boolean;
  /** Changes whenever the text areas must take their text from `sections` again (load, clear, another tab). */
  readonly generation: number;
  readonly savedAt: number | null;
  readonly saving: boolean;
  readonly failed: boolean;
}

export interface PoaDraftApi {
  readonly state: DraftState;
  /** The current text of every section; read it, never keep it. */
  readonly sections: () => Sections;
  edit(id: PoaSectionId, text: string): void;
  clear(): Promise<void>;
}

const sameSections = (a: Sections, b: Readonly<Sections>) => POA_SECTION_IDS.every((id) => a[id] === b[id]);

/**
 * The draft of one marketplace: read once, kept in memory while the seller types (the text
 * areas own their text, so a 100 KB paste never goes through a re-render), saved after a pause
 * in typing and when the page is hidden or closed. A change saved by another tab is taken over
 * when nothing typed here is waiting to be saved.
 */
export function usePoaDraft(market: MarketplaceCode | null, onText: (replaced: boolean) => void): PoaDraftApi {
  const sections = useRef<Sections>({ ...EMPTY_DRAFT.sections });
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const dirty = useRef(false);
  const lastWritten = useRef(0);
  const [state, setState] = useState<DraftState>({
    loaded: false,
    generation: 0,
    savedAt: null,
    saving: false,
    failed: false,
  });
  const textChanged = useRef(onText);
  textChanged.current = onText;

  const adopt = (draft: PoaDraft) => {
    sections.current = { ...draft.sections };
    setState((previous) => ({
      loaded: true,
      generation: previous.generation + 1,
      savedAt: draft.updatedAt > 0 ? draft.updatedAt : null,
      saving: false,
      failed: false,
    }));
    textChanged.current(true);
  };

  const save = async (code: MarketplaceCode) => {
    clearTimeout(timer.current);
    if (!dirty.current) return;
    dirty.current = false;
    const draft: PoaDraft = { sections: { ...sections.current }, updatedAt: Date.now() };
    lastWritten.current = draft.updatedAt;
    setState((previous) => ({ ...previous, saving: true }));
    try {
      await poaDraftItem(code).set(draft);
      setState((previous) => ({ ...previous, saving: false, failed: false, savedAt: draft.updatedAt }));
    } catch (error) {
      console.error('[scc] saving the Plan of Action draft failed', error);
      dirty.current = true;
      setState((previous) => ({ ...previous, saving: false, failed: true }));
    }
  };

  useEffect(() => {
    if (!market) return;
    let active = true;
    dirty.current = false;
    setState((previous) => ({ ...previous, loaded: false }));
    const item = poaDraftItem(market);
    item.get().then(
      (draft) => active && adopt(draft),
      (error: unknown) => {
        console.error('[scc] reading the Plan of Action draft failed', error);
        if (active) adopt(EMPTY_DRAFT);
      },
    );
    const stopWatch = item.watch((draft) => {
      if (!active || dirty.current || draft.updatedAt === lastWritten.current) return;
      if (!sameSections(sections.current, draft.sections)) adopt(draft);
    });
    const flush = () => void save(market);
    const onHidden = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onHidden);
    return () => {
      active = false;
      flush();
      stopWatch();
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onHidden);
    };
  }, [market]);

  return {
    state,
    sections: () => sections.current,
    edit(id, text) {
      if (!market || sections.current[id] === text) return;
      sections.current = { ...sections.current, [id]: text };
      dirty.current = true;
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void save(market), SAVE_DELAY_MS);
      textChanged.current(false);
    },
    async clear() {
      if (!market) return;
      clearTimeout(timer.current);
      dirty.current = false;
      // The item queues the removal behind a save already under way (lib/storage/stored-item.ts).
      await poaDraftItem(market).remove();
      adopt(EMPTY_DRAFT);
    },
  };
}
