/**
 * Every state has every field in every language, each short enough for the corner card.
 * Returns problems as readable lines; empty means valid.
 */
import type { UiLanguage } from '@/lib/i18n/translate';
import { ACCOUNT_STATES } from './account-states';
import { CARD_LABEL_FIELDS, STATE_FACT_FIELDS } from './fields';
import type { GuidancePack } from './types';

/** Characters; the card is about 320 px wide, so a fact or step should wrap to two lines at most. */
export const GUIDANCE_LIMITS = {
  title: 50,
  summary: 130,
  fact: 110,
  step: 110,
  openChecklist: 45,
  label: 45,
} as const;

function check(problems: string[], where: string, value: unknown, limit: number): void {
  if (typeof value !== 'string' || value.trim() === '') problems.push(`${where}: empty`);
  else if (value.length > limit) problems.push(`${where}: ${value.length} characters, limit ${limit}`);
  else if (/[\r\n]/.test(value)) problems.push(`${where}: must be one line`);
}

export function validateGuidancePack(pack: GuidancePack, language: UiLanguage): string[] {
  const problems: string[] = [];
  if (pack.language !== language) problems.push(`${language}: pack says it is ${pack.language}`);
  for (const key of CARD_LABEL_FIELDS)
    check(problems, `${language} labels.${key}`, pack.labels[key], GUIDANCE_LIMITS.label);
  for (const state of Object.keys(pack.states)) {
    if (!(ACCOUNT_STATES as readonly string[]).includes(state)) problems.push(`${language}/${state}: unknown state`);
  }
  for (const state of ACCOUNT_STATES) {
    const copy = pack.states[state];
    const where = `${language}/${state}`;
    if (!copy) {
      problems.push(`${where}: missing`);
      continue;
    }
    check(problems, `${where} title`, copy.title, GUIDANCE_LIMITS.title);
    check(problems, `${where} summary`, copy.summary, GUIDANCE_LIMITS.summary);
    for (const key of STATE_FACT_FIELDS)
      check(problems, `${where} facts.${key}`, copy.facts?.[key], GUIDANCE_LIMITS.fact);
    if (!Array.isArray(copy.steps) || copy.steps.length !== 3) problems.push(`${where}: needs exactly three steps`);
    copy.steps?.forEach((step, index) => {
      check(problems, `${where} steps[${index}]`, step, GUIDANCE_LIMITS.step);
    });
    check(problems, `${where} openChecklist`, copy.openChecklist, GUIDANCE_LIMITS.openChecklist);
  }
  return problems;
}

export function validateGuidance(packs: Readonly<Record<UiLanguage, GuidancePack>>): string[] {
  return (Object.entries(packs) as Array<[UiLanguage, GuidancePack]>).flatMap(([language, pack]) =>
    validateGuidancePack(pack, language),
  );
}
