import type { ChecklistLanguagePack } from '../types';

export const checklistText: ChecklistLanguagePack = {
  language: 'fr',
  checklists: {
    hold: {
      title: 'Compte mis en attente',
      intro:
        'Une mise en attente est un avertissement auquel vous pouvez encore répondre. Suivez ces étapes dans l’ordre et conservez ce que vous trouvez.',
      items: {
        'read-notice': {
          title: 'Lisez le message d’Amazon',
          why: 'Amazon explique chaque mise en attente dans un message ; sa formulation exacte vous indique quoi corriger.',
          detail:
            'Consultez la boîte de réception de l’adresse e-mail enregistrée dans Seller Central, ainsi que les Notifications sur la performance.',
        },
        'check-health': {
          title: 'Ouvrez la page État du compte',
          why: 'La page État du compte détaille souvent la politique, l’indicateur ou l’offre à l’origine de la mise en attente.',
        },
        'name-cause': {
          title: 'Notez la cause exacte',
          why: 'Vos documents et votre plan d’action doivent répondre à ce problème précis, pas à une supposition.',
          detail:
            'Exemples : informations vendeur manquantes, problème de mode de paiement, taux d’expéditions en retard, réclamation.',
          evidencePrompt:
            'Notez la politique, les ASIN, les numéros de commande ou l’indicateur cités dans le message, ainsi que la date de celui-ci.',
        },
        'gather-documents': {
          title: 'Réunissez les documents qu’exige cette cause',
          why: 'Amazon décide sur la base de preuves ; des documents clairs et pertinents raccourcissent l’examen.',
          detail:
            'Preuves de livraison pour les commandes déclarées non reçues ; certificats produit ou homologations de sécurité ; ' +
            'factures fournisseur qui prouvent l’authenticité ; relevés financiers ou bancaires pour les questions de paiement.',
          evidencePrompt: 'Listez chaque fichier avec ce qu’il prouve. Vérifiez que chaque page est lisible.',
        },
        'write-poa': {
          title: 'Rédigez un plan d’action',
          why: 'Le plan montre à Amazon que vous comprenez la cause et que vous l’avez déjà corrigée.',
          detail:
            'Reconnaissez le problème, expliquez sa cause profonde, listez les mesures déjà prises et les changements durables. ' +
            'Restez factuel et bref.',
        },
        'contact-support': {
          title: 'Envoyez-le via le journal des dossiers',
          why: 'Répondre par le canal indiqué dans le message regroupe tout dans un seul dossier.',
          detail: 'Soyez courtois, bref et cohérent. Ouvrez un dossier par problème, pas plusieurs pour le même.',
          evidencePrompt: 'Notez le numéro de dossier et la date d’envoi.',
        },
      },
    },
    review: {
      title: 'Compte en cours d’examen',
      intro:
        'Amazon vérifie un point avant de décider. Répondez rapidement et exactement à ce qui est demandé, et continuez à vendre dans le respect des règles en attendant.',
      items: {
        'read-notice': {
          title: 'Lisez ce qu’Amazon examine',
          why: 'Le message cite la politique, l’offre ou l’information en cours d’examen ; tout ce que vous envoyez doit y répondre.',
          detail:
            'Consultez les Notifications sur la performance et la boîte de réception de l’adresse e-mail enregistrée dans Seller Central.',
        },
        'check-health': {
          title: 'Ouvrez la page État du compte',
          why: 'Vous y verrez si l’examen porte sur une politique, un indicateur ou certaines offres.',
        },
        'gather-documents': {
          title: 'Préparez les documents demandés pour l’examen',
          why: 'Un examen se décide sur la base de preuves ; des documents clairs, lisibles et pertinents l’écourtent.',
          evidencePrompt:
            'Listez chaque fichier et ce qu’il montre ; vérifiez que les noms et adresses correspondent à ceux du compte.',
        },
        'respond-case': {
          title: 'Répondez par le canal indiqué dans le message',
          why: 'Un seul dossier par problème permet de garder ensemble votre réponse et celles d’Amazon.',
          evidencePrompt: 'Notez le numéro de dossier et la date de votre réponse.',
        },
        'keep-fulfilling': {
          title: 'Continuez à expédier les commandes en cours dans les délais',
          why: 'Les commandes déjà passées doivent toujours parvenir aux acheteurs ; retards et annulations pèsent sur l’examen.',
        },
        'follow-up': {
          title: 'Ne relancez pas avant 48 heures, et citez le numéro de dossier',
          why: 'Relancer plus tôt n’accélère pas l’examen ; le numéro de dossier relie votre relance à votre réponse.',
        },
        'write-poa': {
          title: 'Rédigez un plan d’action si Amazon en demande un',
          why: 'Quand un examen aboutit à une demande de plan, un plan factuel est le moyen le plus rapide de rétablir la situation.',
        },
      },
    },
    verification: {
      title: 'Vérification requise',
      intro:
        'Amazon doit confirmer votre identité ou une information du compte. Ventes et versements peuvent être interrompus d’ici là ; les bons documents y mettent fin.',
      items: {
        'read-notice': {
          title: 'Repérez l’information qu’Amazon veut faire confirmer',
          why: 'Le message indique précisément l’information ou le document manquant ; envoyez cela, pas tout ce que vous avez.',
        },
        'check-details': {
          title: 'Comparez vos informations vendeur à vos documents',
          why: 'Nom, adresse et coordonnées bancaires doivent correspondre exactement à vos documents, sinon la vérification échouera de nouveau.',
        },
        'gather-documents': {
          title: 'Réunissez les documents cités dans le message',
          why: 'Des documents complets, lisibles et à jour sont plus souvent acceptés du premier coup.',
          detail:
            'Numérisez des pages entières en couleur ; vérifiez que chaque document est encore valide et porte le même nom.',
          evidencePrompt: 'Listez chaque fichier, sa date et ce qu’il confirme.',
        },
        'submit-documents': {
          title: 'Envoyez-les là où l’indique le message',
          why: 'Des documents envoyés par un autre canal risquent de ne jamais parvenir à l’équipe qui les vérifie.',
          evidencePrompt: 'Notez la date d’envoi et, le cas échéant, le numéro de dossier.',
        },
        'follow-up': {
          title: 'Ne relancez pas avant 48 heures, et citez le numéro de dossier',
          why: 'Une vérification prend du temps ; une relance calme avec le numéro de dossier obtient une réponse plus vite qu’un nouveau dossier.',
        },
        'keep-fulfilling': {
          title: 'Continuez à expédier les commandes en cours dans les délais',
          why: 'Les acheteurs attendent toujours leurs commandes pendant la vérification.',
        },
      },
    },
    deactivated: {
      title: 'Compte désactivé',
      intro:
        'Une désactivation peut faire l’objet d’un appel. Un appel calme, précis et appuyé par des preuves vous donne les meilleures chances.',
      items: {
        'read-reason': {
          title: 'Lisez le motif indiqué',
          why: 'Amazon indique toujours un motif, même s’il paraît général ; votre appel en dépend.',
        },
        'check-health': {
          title: 'Ouvrez la page État du compte',
          why: 'La politique ou l’indicateur à l’origine de la désactivation, et le bouton pour faire appel, s’y trouvent.',
        },
        'name-cause': {
          title: 'Formulez la cause exacte en une phrase',
          why: 'Un appel qui vise le mauvais problème est refusé, aussi bien rédigé soit-il.',
          evidencePrompt:
            'Notez la politique, les ASIN, les numéros de commande ou l’indicateur cités par Amazon, ainsi que la date du message.',
        },
        'write-poa': {
          title: 'Rédigez un plan d’action complet, sans omettre de partie',
          why: 'Amazon vérifie la présence de chaque partie ; il suffit qu’une seule manque pour justifier un refus.',
          detail:
            'La reconnaissance du problème sans chercher d’excuses, la cause profonde dans vos propres processus, les mesures déjà prises, ' +
            'les changements durables et la preuve qu’ils sont en place. Une page au maximum.',
        },
        'prove-changes': {
          title: 'Montrez que les changements sont déjà en place',
          why: 'Des intentions seules ne convainquent pas ; un changement que vous pouvez documenter, si.',
          evidencePrompt:
            'Rassemblez des preuves datées : nouvelle check-list, contrat fournisseur, attestations de formation, captures d’écran.',
        },
        'attach-documents': {
          title: 'Préparez les pièces justificatives',
          why: 'Chaque affirmation de votre plan doit s’appuyer sur un document.',
          detail:
            'Utilisez les formats de fichier qu’accepte le formulaire d’appel et vérifiez que chaque page est lisible.',
          evidencePrompt: 'Listez chaque fichier et l’affirmation de votre plan qu’il étaye.',
        },
        'submit-appeal': {
          title: 'Faites appel depuis la page État du compte',
          why: 'L’appel passe par Seller Central, en suivant les instructions qu’Amazon y donne.',
          detail: 'Gardez un ton professionnel de la première à la dernière ligne.',
          evidencePrompt: 'Conservez une copie de ce que vous avez envoyé, avec la date et l’heure d’envoi.',
        },
        'expect-answer': {
          title: 'Comptez environ 48 heures pour une réponse',
          why: 'Les appels sont généralement traités en deux jours ; les cas complexes peuvent prendre plus longtemps.',
          detail: 'N’envoyez pas une seconde fois le même appel pendant l’attente.',
        },
      },
    },
    'first-days': {
      title: 'Premiers jours après une désactivation',
      intro:
        'Ce que vous faites, ou évitez de faire, dans les premiers jours pèse sur l’appel. Prenez le temps de respirer et avancez étape par étape.',
      items: {
        'one-channel': {
          title: 'Utilisez un seul canal',
          why: 'Écrire à Amazon encore et encore par différents canaux ralentit le traitement de votre dossier.',
        },
        'calm-tone': {
          title: 'N’envoyez aucun message agressif ou accusateur',
          why: 'Les personnes qui traitent votre dossier s’appuient sur les faits ; la colère leur complique la tâche.',
        },
        'no-new-account': {
          title: 'N’ouvrez pas de nouveau compte vendeur',
          why: 'Un second compte pour contourner la désactivation enfreint les règles et peut vous fermer toutes les portes.',
        },
        'do-not-ignore': {
          title: 'Ne laissez pas la situation sans réponse',
          why: 'Une désactivation ne se règle pas d’elle-même ; vos chances de rétablissement dépendent de votre réponse.',
        },
        'open-orders': {
          title: 'Occupez-vous des commandes en cours',
          why: 'Les acheteurs attendent toujours leurs articles, et la façon dont vous les traitez compte dans l’appel.',
          detail:
            'FBA : Amazon continue d’expédier vos commandes. FBM : vous devez toujours expédier chaque commande confirmée, avec suivi.',
          evidencePrompt:
            'Conservez les numéros de suivi et les confirmations de livraison de chaque commande expédiée.',
        },
        'read-policies': {
          title: 'Lisez les politiques concernées',
          why: 'Vous devez savoir exactement quelle règle a été enfreinte avant d’expliquer comment vous avez corrigé le problème.',
          detail:
            'Lisez les sections de politique qui correspondent à votre problème ; l’expérience de vendeurs ayant connu une désactivation similaire peut aussi vous éclairer.',
        },
        'consider-help': {
          title: 'Envisagez une aide professionnelle',
          why: 'Un spécialiste repère souvent ce qui vous a échappé et sait comment les appels sont lus.',
          detail:
            'Par exemple des consultants expérimentés dans le rétablissement de comptes, ou des avocats spécialisés en commerce en ligne.',
        },
        'plan-scenarios': {
          title: 'Préparez un scénario optimiste, intermédiaire et pessimiste',
          why: 'Un plan pour chaque issue permet à l’entreprise de continuer, quelle que soit la décision d’Amazon.',
          detail:
            'Optimiste : compte rétabli dès le premier appel. Intermédiaire : nouveaux appels avec de meilleures informations. ' +
            'Pessimiste : le dernier appel est refusé ; d’autres marketplaces ou votre propre boutique en ligne prennent le relais.',
          evidencePrompt: 'Notez une ou deux actions datées pour chaque scénario.',
        },
      },
    },
    'while-on-hold': {
      title: 'Pendant la mise en attente',
      intro:
        'L’attente est difficile. Mettez ce temps à profit : respectez vos obligations et constituez votre dossier.',
      items: {
        'fulfil-orders': {
          title: 'Traitez toutes les commandes en cours',
          why: 'Les commandes passées avant la mise en attente doivent toujours être expédiées ; les négliger aggrave la situation.',
        },
        'answer-buyers': {
          title: 'Continuez à répondre aux acheteurs',
          why: 'Les questions restées sans réponse deviennent des réclamations, au moment même où Amazon vous observe.',
        },
        'keep-funds': {
          title: 'Gardez de quoi payer les frais',
          why: 'Les frais continuent d’être facturés ; un paiement refusé ajouterait un second problème.',
          detail:
            'Gardez vos modes de paiement valides. N’essayez pas de virer de l’argent vers votre banque tant que le solde est négatif.',
        },
        'keep-log': {
          title: 'Tenez un registre daté de chaque échange et de chaque changement',
          why: 'Un registre clair dissipe les malentendus et appuie un futur appel.',
          detail:
            'Conservez une copie de chaque message échangé avec Amazon et de chaque changement que vous effectuez.',
          evidencePrompt: 'Pour chaque entrée : date, heure, canal, numéro de dossier et ce qui a été dit ou modifié.',
        },
        'screenshot-health': {
          title: 'Faites des captures d’écran de la page État du compte',
          why: 'Des captures datées montrent l’évolution des indicateurs et des avertissements.',
          evidencePrompt: 'Enregistrez chaque capture avec la date dans le nom du fichier.',
        },
        'fix-listings': {
          title: 'Vérifiez vos offres',
          why: 'Cette pause est l’occasion de repérer d’autres offres qui pourraient enfreindre une politique.',
        },
        'fix-processes': {
          title: 'Améliorez les processus à l’origine du problème',
          why: 'Vos données de performance montrent où le même problème pourrait se reproduire.',
        },
        'follow-up': {
          title: 'Ne relancez pas avant 48 heures',
          why: 'Relancer trop tôt ou trop souvent ralentit le traitement de votre dossier.',
          detail:
            'Citez votre numéro de dossier d’origine, ne mentionnez que les éléments nouveaux et restez courtois.',
        },
        diversify: {
          title: 'Répartissez vos ventes sur plusieurs canaux',
          why: 'Dépendre moins d’une seule marketplace vous protège d’une prochaine mise en attente.',
          detail:
            'D’autres marketplaces, votre propre boutique en ligne, la vente en gros, une liste de diffusion de vos propres clients.',
        },
      },
    },
    prevention: {
      title: 'Routine de prévention',
      intro:
        'La plupart des mises en attente commencent par un avertissement. Une courte routine permet de les repérer tôt.',
      items: {
        'health-routine': {
          title: 'Ouvrez la page État du compte chaque jour, ou au moins chaque semaine',
          why: 'Les éléments marqués « À risque » se corrigent plus facilement avant d’entraîner une mise en attente.',
        },
        notifications: {
          title: 'Lisez les nouvelles notifications sur la performance',
          why: 'Les messages concernant votre compte arrivent d’abord ici.',
          detail:
            'Réglez vos préférences de notification pour être prévenu de tout changement de statut de votre compte.',
        },
        'policy-updates': {
          title: 'Suivez les mises à jour des politiques',
          why: 'Ignorer une règle n’est pas une excuse, et les règles évoluent.',
          detail:
            'Lisez les politiques de vos catégories de produits ; surveillez de près l’authenticité des produits, la sécurité et les avis.',
        },
        'listing-audit': {
          title: 'Contrôlez vos offres',
          why: 'Les allégations trompeuses, les images empruntées et les termes de marques protégées entraînent des mises en attente.',
          detail:
            'Des descriptions exactes, des images dont vous détenez les droits, aucun terme de marque déposée dans les mots-clés sans autorisation.',
          evidencePrompt: 'Notez la date de chaque contrôle et ce que vous avez modifié.',
        },
        'answer-24h': {
          title: 'Répondez aux clients sous 24 heures',
          why: 'Des réponses rapides et un traitement équitable des retours maintiennent de bons indicateurs d’expérience client.',
        },
        'stock-accuracy': {
          title: 'Tenez vos niveaux de stock à jour',
          why: 'Un stock erroné entraîne des retards d’expédition et des annulations.',
        },
        'quality-control': {
          title: 'Effectuez des contrôles qualité',
          why: 'Les problèmes de qualité des produits, surtout ceux liés à la sécurité, mènent vite à une mise en attente.',
          detail:
            'Convenez de contrôles qualité avec vos fournisseurs, inspectez des échantillons même si vous utilisez FBA, et ' +
            'examinez chaque réclamation portant sur un produit.',
          evidencePrompt: 'Documentez vos contrôles qualité pour pouvoir les montrer à Amazon sur demande.',
        },
      },
    },
  },
  exportLabels: {
    marketplace: 'Marketplace',
    generated: 'Date de création',
    progress: 'Progression : {done} sur {total} ({percent} %)',
    tickedAt: 'coché le {time}',
    notTicked: 'pas encore fait',
    evidence: 'Preuves à conserver',
    link: 'Ouvrir dans Seller Central',
    timeline: 'Chronologie du dossier',
    timelineEmpty: 'Aucun échange enregistré pour ce dossier.',
    caseLabel: 'dossier',
    sent: 'envoyé',
    received: 'reçu',
    accountHistory: 'Historique du compte',
    accountTimeline: 'Situation du compte, nombres de violations et notifications',
    accountTimelineEmpty: 'Aucun changement de situation du compte ni de nombre de violations, aucune notification.',
    timelineNotice: 'Notification sur la performance : {title}',
    timelinePolicy: '{policy} : {from} → {to}',
    noticesFolded: '{count} notifications antérieures, résumées',
    policyChangesFolded: '{count} changements antérieurs des nombres de violations, résumés',
    policies: 'Conformité aux politiques',
    policiesEmpty: 'Aucune liste de politiques lue.',
    policiesAsOf: 'Telles que la page État du compte les indiquait le {date}.',
    policyName: 'Politique',
    policyCount: 'Nombre de violations',
    summarizedChanges: '{count} changements antérieurs, résumés',
    ratings: 'Évaluation de l’état du compte',
    ratingsEmpty: 'Aucune note lue.',
    ratingDay: 'Jour',
    ratingValue: 'Note',
    ratingStatus: 'Statut',
    ratingMonth: '{month} ({days} jours)',
    footer: 'Exporté avec Seller Central Companion (non affilié à Amazon).',
  },
};
