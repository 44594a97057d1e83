/** Words around a case's subject on Seller Central's case pages, and the topics a subject suggests. */
import type { CaseSubjectWords } from '@/lib/cases/case-words';

export const caseSubjects: CaseSubjectWords = {
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
