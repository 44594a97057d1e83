import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { readAllCases } from '@/lib/cases/case-store.storage';
import type { StoredCase } from '@/lib/cases/stored-cases';

const CASE_KEY = /^(case:|caseRecord:|caseDetail:|syncFallback:case:)/;

/** Every stored case, read in one pass over both areas and read again whenever a case changes. */
export function useStoredCases(): { cases: ReadonlyMap<string, StoredCase> | undefined; error: unknown } {
  const [state, setState] = useState<{ cases?: ReadonlyMap<string, StoredCase>; error?: unknown }>({});
  useEffect(() => {
    let active = true;
    let loading = false;
    let again = false;
    // Changes arriving while a read runs are folded into one more read, not one read each.
    const load = () => {
      if (loading) {
        again = true;
        return;
      }
      loading = true;
      readAllCases()
        .then(
          (stored) => active && setState({ cases: stored.cases }),
          (error: unknown) => active && setState({ error }),
        )
        .finally(() => {
          loading = false;
          if (again && active) {
            again = false;
            load();
          }
        });
    };
    const listener = (changes: Record<string, unknown>, area: string) => {
      if (area !== 'session' && Object.keys(changes).some((key) => CASE_KEY.test(key))) load();
    };
    load();
    browser.storage.onChanged.addListener(listener);
    return () => {
      active = false;
      browser.storage.onChanged.removeListener(listener);
    };
  }, []);
  return { cases: state.cases, error: state.error };
}
