/** Words around a case's subject on Seller Central's case pages, and the topics a subject suggests. */
import type { CaseSubjectWords } from '@/lib/cases/case-words';

export const caseSubjects: CaseSubjectWords = {
  subjectLabels: ['objet', 'sujet'],
  topics: {
    deactivation: ['désactiv', 'suspension du compte', 'compte suspendu', 'réactiv'],
    'account-hold': [
      'compte bloqué',
      'fonds bloqués',
      'paiements bloqués',
      'retenu',
      'retenus',
      'gelé',
      'gelés',
      'en attente de versement',
    ],
    verification: ['vérification', 'identité', 'vérifier'],
    'under-review': ['examen', 'en cours de révision', 'révision du compte'],
    'removal-order': ['ordre de retrait', 'commande de retrait', 'retrait', 'élimination'],
    listing: ['offre', 'fiche produit', 'asin', 'page détaillée', 'annonce'],
  },
};
