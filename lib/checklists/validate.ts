/**
 * Checks checklist definitions against every language's text: each item has text, nothing is
 * extra, evidence prompts exist exactly where the definition asks for proof, and every string
 * fits where the popup shows it. Returns problems as readable lines; empty means valid.
 */
import type { UiLanguage } from '@/lib/i18n/translate';
import {
  CHECKLIST_IDS,
  type ChecklistDefinition,
  type ChecklistExportLabels,
  type ChecklistId,
  type ChecklistLanguagePack,
} from './types';

/** Character limits per field: a title fits one popup row, a why fits one line of a 360 px popup's list. */
export const TEXT_LIMITS = {
  checklistTitle: 60,
  intro: 160,
  itemTitle: 70,
  why: 140,
  detail: 320,
  evidencePrompt: 160,
  exportLabel: 90,
} as const;

/** Ids go into sync storage keys and values: keep them short and plain. */
export const ITEM_ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,23}$/;

const EXPORT_PLACEHOLDERS: Partial<Record<keyof ChecklistExportLabels, readonly string[]>> = {
  progress: ['{done}', '{total}', '{percent}'],
  tickedAt: ['{time}'],
};

function checkString(problems: string[], where: string, value: unknown, limit: number, oneLine = true): void {
  if (typeof value !== 'string' || value.trim() === '') {
    problems.push(`${where}: empty`);
    return;
  }
  if (value.length > limit) problems.push(`${where}: ${value.length} characters, limit ${limit}`);
  if (value !== value.trim()) problems.push(`${where}: leading or trailing whitespace`);
  if (oneLine && /[\r\n]/.test(value)) problems.push(`${where}: must be one line`);
}

export function validateDefinitions(definitions: Readonly<Record<ChecklistId, ChecklistDefinition>>): string[] {
  const problems: string[] = [];
  for (const id of CHECKLIST_IDS) {
    const definition = definitions[id];
    if (definition.id !== id) problems.push(`${id}: definition carries id ${definition.id}`);
    if (definition.items.length === 0) problems.push(`${id}: no items`);
    const seen = new Set<string>();
    for (const item of definition.items) {
      if (!ITEM_ID_PATTERN.test(item.id)) problems.push(`${id}/${item.id}: id must match ${ITEM_ID_PATTERN}`);
      if (seen.has(item.id)) problems.push(`${id}/${item.id}: duplicate id`);
      seen.add(item.id);
    }
  }
  return problems;
}

export function validateLanguagePack(
  definitions: Readonly<Record<ChecklistId, ChecklistDefinition>>,
  pack: ChecklistLanguagePack,
  language: UiLanguage,
): string[] {
  const problems: string[] = [];
  if (pack.language !== language) problems.push(`${language}: pack says it is ${pack.language}`);
  const extraChecklists = Object.keys(pack.checklists).filter(
    (id) => !(CHECKLIST_IDS as readonly string[]).includes(id),
  );
  for (const id of extraChecklists) problems.push(`${language}/${id}: text for a checklist that does not exist`);

  for (const id of CHECKLIST_IDS) {
    const text = pack.checklists[id];
    const where = `${language}/${id}`;
    if (!text) {
      problems.push(`${where}: missing`);
      continue;
    }
    checkString(problems, `${where} title`, text.title, TEXT_LIMITS.checklistTitle);
    checkString(problems, `${where} intro`, text.intro, TEXT_LIMITS.intro);
    const defined = new Set(definitions[id].items.map((item) => item.id));
    for (const key of Object.keys(text.items)) {
      if (!defined.has(key)) problems.push(`${where}/${key}: text for an item that does not exist`);
    }
    for (const item of definitions[id].items) {
      const itemText = text.items[item.id];
      const at = `${where}/${item.id}`;
      if (!itemText) {
        problems.push(`${at}: missing`);
        continue;
      }
      checkString(problems, `${at} title`, itemText.title, TEXT_LIMITS.itemTitle);
      checkString(problems, `${at} why`, itemText.why, TEXT_LIMITS.why);
      if (itemText.detail !== undefined) checkString(problems, `${at} detail`, itemText.detail, TEXT_LIMITS.detail);
      if (item.evidence) {
        checkString(problems, `${at} evidencePrompt`, itemText.evidencePrompt, TEXT_LIMITS.evidencePrompt);
      } else if (itemText.evidencePrompt !== undefined) {
        problems.push(`${at}: evidence prompt on an item that asks for no evidence`);
      }
    }
  }

  for (const [key, value] of Object.entries(pack.exportLabels) as Array<[keyof ChecklistExportLabels, string]>) {
    checkString(problems, `${language} exportLabels.${key}`, value, TEXT_LIMITS.exportLabel);
    for (const placeholder of EXPORT_PLACEHOLDERS[key] ?? []) {
      if (!value.includes(placeholder)) problems.push(`${language} exportLabels.${key}: lacks ${placeholder}`);
    }
  }
  return problems;
}

/** Every problem across the definitions and all given languages. */
export function validateChecklists(
  definitions: Readonly<Record<ChecklistId, ChecklistDefinition>>,
  packs: Readonly<Record<UiLanguage, ChecklistLanguagePack>>,
): string[] {
  return [
    ...validateDefinitions(definitions),
    ...(Object.entries(packs) as Array<[UiLanguage, ChecklistLanguagePack]>).flatMap(([language, pack]) =>
      validateLanguagePack(definitions, pack, language),
    ),
  ];
}
