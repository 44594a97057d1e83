/**
 * Words that introduce a case ID in pasted text: Seller Central's own labels in every language
 * it is shown in (lib/lang/<code>/cases.ts), what Danish sellers write (Danish is a language of
 * this extension, not of Seller Central), and the language-neutral ones. Lower case; a space or
 * hyphen in a label also matches "CaseID", "Case-ID", "case_id". Longer labels are tried first.
 */
import { CASE_WORDS } from '@/lib/lang/cases';

/** Turkish ı has no upper-case pair that folds back ("NUMARASI"): each label also without it. */
const withDotlessFolded = (labels: readonly string[]) => [
  ...new Set(labels.flatMap((label) => [label, label.replace(/ı/g, 'i')])),
];

export const CASE_ID_LABELS: Readonly<Record<string, readonly string[]>> = {
  sellerCentral: withDotlessFolded(CASE_WORDS.flatMap((words) => words.idLabels)),
  da: ['sags id', 'sagsnummer', 'sagsnr', 'sag nr', 'sag'],
  /** The case URL's query parameter, and the bare "ID:" of the case summary. */
  any: ['caseid', 'id'],
};
