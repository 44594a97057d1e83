/**
 * A Plan of Action draft: its shape and its edits. Autosaved per marketplace by the item in
 * lib/storage/items/poa.ts.
 */
import * as z from 'zod/mini';
import { keepUnknown } from '@/lib/keep-unknown';
import { POA_SECTION_IDS, type PoaDraft, type PoaSectionId } from './types';

/** Far above any real plan; a bound so a runaway value cannot fill local storage. */
export const MAX_SECTION_CHARS = 200_000;

const sectionSchema = z.string().check(z.maxLength(MAX_SECTION_CHARS));

export const poaDraftSchema = keepUnknown({
  sections: keepUnknown({
    acknowledgement: sectionSchema,
    'root-cause': sectionSchema,
    'immediate-actions': sectionSchema,
    'preventive-measures': sectionSchema,
    evidence: sectionSchema,
  }),
  updatedAt: z.int().check(z.minimum(0)),
});

export const EMPTY_DRAFT: PoaDraft = {
  sections: Object.fromEntries(POA_SECTION_IDS.map((id) => [id, ''])) as Record<PoaSectionId, string>,
  updatedAt: 0,
};

/** A draft with one section changed, stamped with the edit time. */
export function withSection(draft: PoaDraft, id: PoaSectionId, text: string, now: number): PoaDraft {
  return { ...draft, sections: { ...draft.sections, [id]: text }, updatedAt: Math.max(0, Math.floor(now)) };
}
