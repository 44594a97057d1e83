/**
 * Every language's deadline phrases, from lib/lang/<code>/deadlines.ts. A list: a notice's
 * deadline is read in whatever language it is written.
 */
import type { DeadlineWords } from '@/lib/deadlines/deadline-words';

export const DEADLINE_WORDS: readonly DeadlineWords[] = /* @__PURE__ */ Object.values(
  import.meta.glob<DeadlineWords>('./*/deadlines.ts', { eager: true, import: 'deadlines' }),
);
