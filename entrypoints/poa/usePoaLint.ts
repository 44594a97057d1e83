import { useEffect, useRef, useState } from 'preact/hooks';
import type { UiLanguage } from '@/lib/i18n/translate';
import { lintPoa, type PoaLength, poaLength } from '@/lib/poa/lint';
import { POA_SECTION_IDS, type PoaFinding, type PoaSectionId } from '@/lib/poa/types';

/** Name of the User Timing measure each lint run records (read by the benchmark). */
export const LINT_MEASURE = 'scc:poa-lint';

/** A short pause after typing; longer for a very large draft, so pasting and typing never wait on the checks. */
export function lintDelay(totalChars: number): number {
  if (totalChars > 50_000) return 700;
  if (totalChars > 10_000) return 400;
  return 200;
}

export interface LintResult {
  readonly findings: readonly PoaFinding[];
  readonly length: PoaLength;
  /** The text the findings' spans point into. */
  readonly sections: Readonly<Record<PoaSectionId, string>>;
}

export interface PoaLintApi {
  readonly result: LintResult | null;
  /** True from an edit until the checks for it have run. */
  readonly pending: boolean;
  /** Checks again after a pause; `now` checks at once (a whole draft was loaded or cleared). */
  schedule(now?: boolean): void;
}

/** Runs the linter on the draft a short while after the last edit, and at once when the language changes. */
export function usePoaLint(read: () => Readonly<Record<PoaSectionId, string>>, language: UiLanguage): PoaLintApi {
  const [result, setResult] = useState<LintResult | null>(null);
  const [pending, setPending] = useState(true);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const reader = useRef(read);
  reader.current = read;

  const run = () => {
    const sections = reader.current();
    const start = performance.now();
    const findings = lintPoa(sections, { language });
    const length = poaLength(sections);
    performance.measure(LINT_MEASURE, { start, end: performance.now() });
    setResult({ findings, length, sections });
    setPending(false);
  };

  useEffect(() => {
    run();
    return () => clearTimeout(timer.current);
  }, [language]);

  return {
    result,
    pending,
    schedule(now = false) {
      clearTimeout(timer.current);
      if (now) {
        run();
        return;
      }
      setPending(true);
      const total = POA_SECTION_IDS.reduce((sum, id) => sum + reader.current()[id].length, 0);
      timer.current = setTimeout(run, lintDelay(total));
    },
  };
}
