/**
 * Words that introduce a case ID in pasted text, per language: Seller Central's own labels
 * and what sellers write themselves. Lower case; a space or hyphen in a label also matches
 * "CaseID", "Case-ID", "case_id". Longer labels are tried first.
 */
export const CASE_ID_LABELS: Readonly<Record<string, readonly string[]>> = {
  en: ['case id', 'case number', 'case no', 'case nr', 'case #', 'case'],
  da: ['sags id', 'sagsnummer', 'sagsnr', 'sag nr', 'sag'],
  sv: ['ärende id', 'ärendenummer', 'ärendenr', 'ärende'],
  de: ['fall id', 'fallnummer', 'fall nr', 'fall', 'vorgangsnummer'],
  /** The case URL's query parameter, and the bare "ID:" of the case summary. */
  any: ['caseid', 'id'],
};
