import type { PoaRule, PoaSectionId } from '@/lib/poa/types';

export type Sections = Record<PoaSectionId, string>;

export interface GoodSample {
  readonly name: string;
  readonly sections: Sections;
}

export interface BadSample extends GoodSample {
  /** The one rule (error or warning) this plan must trigger, and the only one. */
  readonly expected: PoaRule;
}

export interface LanguageSamples {
  readonly good: readonly GoodSample[];
  readonly bad: readonly BadSample[];
}

export function variant(base: GoodSample, name: string, expected: PoaRule, changes: Partial<Sections>): BadSample {
  return { name, expected, sections: { ...base.sections, ...changes } };
}

/** Many distinct, specific sentences: a plan that is only wrong because it is far too long. */
export function padded(text: string, line: (index: number) => string, count: number): string {
  return [text, ...Array.from({ length: count }, (_, index) => line(index + 1))].join('\n');
}
