/** Case-page words as Seller Central shows them, as far as they could be established. */
import type { CaseWords } from '@/lib/cases/case-words';

export const cases: CaseWords = {
  statusLabels: ['status', 'fallstatus'],
  idLabels: ['fall id', 'fallnummer', 'fall nr', 'fall', 'vorgangsnummer'],
  statuses: {
    'needs-attention': ['aktion erforderlich', 'handlung erforderlich', 'antwort erforderlich'],
    resolved: ['gelöst', 'geschlossen', 'erledigt'],
    answered: ['beantwortet'],
    open: ['in bearbeitung', 'ausstehend', 'offen'],
  },
  subjectLabels: ['betreff'],
  topics: {
    deactivation: ['deaktivier', 'sperrung des kontos', 'konto gesperrt', 'reaktivier'],
    'account-hold': ['zurückgehalten', 'einbehalten', 'auszahlung angehalten', 'auszahlungen angehalten', 'on hold'],
    verification: ['verifizier', 'identität', 'identitätsprüfung'],
    'under-review': ['überprüfung', 'wird überprüft', 'in prüfung'],
    'removal-order': ['remissionsauftrag', 'entfernungsauftrag', 'remission', 'entsorgung'],
    listing: ['angebot', 'listing', 'asin', 'produktseite', 'detailseite'],
  },
};
