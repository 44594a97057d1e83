import type { PoaLanguagePack } from '../types';

export const poaText: PoaLanguagePack = {
  language: 'fr',
  title: 'Plan d’action',
  sections: {
    acknowledgement: {
      heading: 'Reconnaissance du problème',
      hint: 'En une ou deux phrases : quel problème Amazon a signalé, et le fait que vous en assumez la responsabilité.',
    },
    'root-cause': {
      heading: 'Cause profonde',
      hint: 'Ce qui, dans vos propres processus, a permis que cela arrive. Citez les ASIN, commandes ou indicateurs concernés.',
    },
    'immediate-actions': {
      heading: 'Mesures immédiates prises',
      hint: 'Ce que vous avez déjà fait pour résoudre ce problème, avec les dates.',
    },
    'preventive-measures': {
      heading: 'Mesures préventives à long terme',
      hint: 'Des changements durables : qui fait quoi, à quelle fréquence, avec quel outil, et depuis quand.',
    },
    evidence: {
      heading: 'Preuves que les changements sont en place',
      hint: 'Les documents joints qui montrent que les changements fonctionnent déjà.',
    },
  },
  rules: {
    'missing-section': {
      message: 'La section « {section} » est vide.',
      fix: 'Rédigez ici deux ou trois phrases factuelles ; Amazon vérifie chaque partie.',
    },
    'short-section': {
      message: 'Cette section ne compte que {words} mots.',
      fix: 'Précisez qui a fait quoi, quand, et ce qui a changé.',
    },
    'too-long': {
      message: 'Le plan compte {words} mots ; environ {limit} tiennent sur une page. Cela fait {over} mots de trop.',
      fix: 'Supprimez les explications de contexte et les répétitions ; gardez les faits, les chiffres et les dates.',
    },
    'vague-promise': {
      message: '« {phrase} » promet quelque chose sans dire comment.',
      fix:
        'Ajoutez dans la même phrase un chiffre, une date, un rôle, un outil ou une fréquence, par ex. « chaque colis est ' +
        'pesé avant expédition ».',
    },
    blaming: {
      message: '« {phrase} » rejette la faute sur quelqu’un d’autre.',
      fix: 'Décrivez ce qui a failli dans vos propres processus ; Amazon attend que vous assumiez la cause.',
    },
    emotional: {
      message: '« {phrase} » paraît dicté par l’émotion.',
      fix: 'Gardez un ton neutre et factuel ; les personnes qui examinent le plan s’appuient sur des preuves, pas sur des sentiments.',
    },
    'future-only': {
      message: 'Cette section ne décrit que des projets.',
      fix: 'Indiquez ce qui est déjà fait et depuis quand, par ex. « Depuis le 3 mars, nous vérifions… », et joignez des preuves.',
    },
    'duplicate-text': {
      message: 'Le même texte figure aussi sous « {section} ».',
      fix: 'Chaque section répond à sa propre question ; rédigez un texte adapté à cette partie.',
    },
    'repeated-sentence': {
      message: 'Cette phrase apparaît {count} fois dans cette section.',
      fix: 'Dites-le une seule fois ; quand la même phrase revient, le lecteur cesse de lire attentivement.',
    },
    'generic-root-cause': {
      message: 'La cause profonde ne cite aucun problème, ASIN, commande ou indicateur précis.',
      fix: 'Citez exactement ce qu’Amazon a signalé : les ASIN, les numéros de commande, ou l’indicateur et sa valeur.',
    },
    'evidence-unnamed': {
      message: 'Cette section ne précise pas quels documents vous joignez.',
      fix: 'Nommez chaque preuve : les factures, la nouvelle check-list, une capture d’écran du réglage, le rapport et ses dates.',
    },
  },
  lengthWithin: '{words} mots sur {limit}, encore {remaining} disponibles',
  lengthOver: '{words} mots sur {limit}, {over} de trop',
};
