/** Case-page words as Seller Central shows them, as far as they could be established. */
import type { CaseWords } from '@/lib/cases/case-words';

export const cases: CaseWords = {
  statusLabels: ['statut', 'statut de la requête'],
  idLabels: ['id de la requête', 'numéro de requête', 'requête'],
  statuses: {
    'needs-attention': ['action requise'],
    resolved: ['résolu', 'fermé'],
    answered: ['répondu'],
    open: ['en cours', 'en attente'],
  },
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
