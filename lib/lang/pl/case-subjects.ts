/** Words around a case's subject on Seller Central's case pages, and the topics a subject suggests. */
import type { CaseSubjectWords } from '@/lib/cases/case-words';

export const caseSubjects: CaseSubjectWords = {
  subjectLabels: ['temat'],
  topics: {
    deactivation: ['dezaktywow', 'zawieszen', 'zawieszone', 'reaktywac'],
    'account-hold': ['konto zablokowane', 'środki zablokowane', 'wstrzyman', 'zatrzyman'],
    verification: ['weryfikac', 'tożsamoś'],
    'under-review': ['sprawdzan', 'przegląd', 'w trakcie oceny'],
    'removal-order': ['zamówienie usunięcia', 'usunięci', 'utylizac'],
    listing: ['ofert', 'asin', 'strona produktu', 'strona szczegółów'],
  },
};
