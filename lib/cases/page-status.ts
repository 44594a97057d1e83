/**
 * The case status as Seller Central words it on a case page, mapped to ours. The content
 * script sends the raw text and the background maps it, so this table never ships in the page.
 * Wording per language as far as it could be established; an unknown text maps to null and
 * leaves the saved status alone. Phrases are lower case and matched as substrings.
 */
import type { CaseStatus } from './model';

/** Checked in this order: "pending seller action" must win over the "pending" of an open case. */
export const PAGE_STATUS_PHRASES: ReadonlyArray<readonly [CaseStatus, readonly string[]]> = [
  [
    'needs-attention',
    [
      // en
      'action required',
      'needs your attention',
      'pending seller action',
      'pending your action',
      'awaiting your response',
      // de
      'aktion erforderlich',
      'handlung erforderlich',
      'antwort erforderlich',
      // sv
      'åtgärd krävs',
      'väntar på ditt svar',
      // fr, it, es, nl, pl, ja
      'action requise',
      'azione richiesta',
      'acción necesaria',
      'se requiere acción',
      'actie vereist',
      'wymagane działanie',
      '要対応',
    ],
  ],
  [
    'resolved',
    [
      'resolved',
      'closed',
      'gelöst',
      'geschlossen',
      'erledigt',
      'löst',
      'stängd',
      'stängt',
      'résolu',
      'fermé',
      'risolto',
      'chiuso',
      'resuelto',
      'cerrado',
      'opgelost',
      'gesloten',
      'rozwiązan',
      'zamknięt',
      '解決済み',
      '終了',
    ],
  ],
  [
    'answered',
    [
      'answered',
      'responded',
      'beantwortet',
      'besvarad',
      'besvarat',
      'répondu',
      'risposto',
      'con risposta',
      'respondido',
      'beantwoord',
      'odpowiedziano',
      '回答済み',
    ],
  ],
  [
    'open',
    [
      'pending amazon action',
      'work in progress',
      'in progress',
      'unassigned',
      'reopened',
      'open',
      'in bearbeitung',
      'ausstehend',
      'offen',
      'pågår',
      'väntar på amazon',
      'öppen',
      'öppet',
      'en cours',
      'en attente',
      'in corso',
      'in attesa',
      'en curso',
      'pendiente',
      'in behandeling',
      'w toku',
      '対応中',
    ],
  ],
];

/** At most this much of the page's text is looked at: a status is a few words. */
export const PAGE_STATUS_MAX_CHARS = 200;

export function caseStatusFromPage(text: string | null | undefined): CaseStatus | null {
  if (!text) return null;
  const folded = text.slice(0, PAGE_STATUS_MAX_CHARS).normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
  if (folded === '') return null;
  for (const [status, phrases] of PAGE_STATUS_PHRASES) {
    if (phrases.some((phrase) => folded.includes(phrase))) return status;
  }
  return null;
}
