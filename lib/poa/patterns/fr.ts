import { oneOf, type PoaPatternSet } from './types';

const r = String.raw;

// The linter lower-cases the text and turns typographic apostrophes into "'" before matching.
const MONTHS =
  'janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre';
const WEEKDAYS = '(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)s?';
const AREAS = oneOf(
  'contrôles? qualité',
  'contrôles? de qualité',
  'qualité',
  'processus',
  'procédures?',
  'process',
  'suivi',
  'surveillance',
  'contrôles?',
  'vérifications?',
  'communication',
  'service client',
  'organisation',
  'méthodes?',
  'pratiques?',
  'standards?',
);
const DETERMINERS = "(?:nos |notre |mes |ma |mon |le |la |les |l'|ce |ces |cette )?";
const IMPROVE = oneOf(
  'améliorer',
  'améliorons',
  'améliorerons',
  'améliorerai',
  'améliorera',
  'amélioreront',
  'renforcer',
  'renforçons',
  'renforcerons',
  'renforcerai',
  'renforcera',
  'optimiser',
  'optimisons',
  'optimiserons',
  'optimiserai',
  'resserrer',
  'resserrerons',
  'durcir',
  'durcirons',
  'perfectionner',
  'perfectionnerons',
);
const OVERSIGHT = oneOf(
  'suivi',
  'contrôles?',
  'surveillance',
  'vigilance',
  'attention',
  'rigueur',
  'vérifications?',
  'contrôles? qualité',
  'soin',
);
const MORE = oneOf(
  'meilleure?s?',
  'plus grande',
  'davantage de',
  'plus de',
  'renforcement du',
  'renforcement des',
  'renforcement de la',
);
const STRICTER = oneOf(
  'renforcée?s?',
  'accrue?s?',
  'améliorée?s?',
  'plus stricte?s?',
  'plus rigoureuse?s?',
  'plus rigoureux',
  'plus étroite?s?',
  'plus poussée?s?',
  'plus approfondie?s?',
  'plus régulière?s?',
  'plus attentive?s?',
  'plus fréquente?s?',
);
const CAREFUL = oneOf(
  'vigilante?s?',
  'attentive?s?',
  'attentifs?',
  'prudente?s?',
  'rigoureuse?s?',
  'rigoureux',
  'soigneuse?s?',
  'soigneux',
  'consciencieuse?s?',
  'consciencieux',
  'sérieuse?s?',
  'sérieux',
);
const IT = oneOf(
  'cela',
  'ceci',
  'ça',
  'ce problème',
  'cette erreur',
  'cette situation',
  'cet incident',
  'le problème',
  "l'erreur",
  'de tels problèmes',
  'de telles erreurs',
  'une telle erreur',
  'un tel problème',
);
const HAPPEN_AGAIN = oneOf(
  'se reproduise',
  'se reproduisent',
  'se reproduira',
  'se reproduiront',
  'se répète',
  'se répètent',
  'se répétera',
  'arrive',
  'arrivent',
  'arrivera',
  'survienne',
  'surviennent',
  'surviendra',
);
const OTHERS = oneOf(
  'amazon',
  'le transporteur',
  'les transporteurs',
  'le livreur',
  'les livreurs',
  'la poste',
  'le client',
  'la cliente',
  'les clients',
  "l'acheteur",
  "l'acheteuse",
  'les acheteurs',
  'le concurrent',
  'les concurrents',
  'un concurrent',
  'la concurrence',
  'la société de livraison',
  'le service de livraison',
  'colissimo',
  'chronopost',
  'mondial relay',
  'dpd',
  'ups',
  'dhl',
  'gls',
);
const OF_OTHERS = oneOf(
  "d'amazon",
  "de l'acheteur",
  "de l'acheteuse",
  'des acheteurs',
  'du client',
  'de la cliente',
  'des clients',
  'du transporteur',
  'des transporteurs',
  'du livreur',
  'de la poste',
  'de la concurrence',
  "d'un concurrent",
  'des concurrents',
  'de votre système',
  'de votre algorithme',
  'de votre équipe',
  'de votre robot',
);
const TO_OTHERS = oneOf(
  'à amazon',
  'au transporteur',
  'aux transporteurs',
  'au livreur',
  'à la poste',
  'au client',
  'à la cliente',
  'aux clients',
  "à l'acheteur",
  'aux acheteurs',
  'à la concurrence',
  'aux concurrents',
  'à un concurrent',
);
const BUYERS = oneOf(
  'les clients',
  'les acheteurs',
  'des clients',
  'des acheteurs',
  'certains clients',
  'certains acheteurs',
  'le client',
  'la cliente',
  "l'acheteur",
  "l'acheteuse",
  'clients',
  'acheteurs',
  'un concurrent',
  'des concurrents',
  'nos concurrents',
  'le concurrent',
  'les concurrents',
  'concurrents',
);
const FEELINGS = oneOf(
  'en colère',
  'furieux',
  'furieuses?',
  'énervée?s?',
  'frustrée?s?',
  'choquée?s?',
  'outrée?s?',
  'indignée?s?',
  'déçue?s?',
  'scandalisée?s?',
  'écœurée?s?',
  'écoeurée?s?',
  'dégoûtée?s?',
  'révoltée?s?',
  'exaspérée?s?',
  'consternée?s?',
  'abasourdie?s?',
);
const INTENSITY = '(?: très| extrêmement| vraiment| profondément| totalement| tellement| si| particulièrement)?';
const ADVERBS = oneOf(
  'déjà',
  'par ailleurs',
  'en outre',
  'de plus',
  'aussi',
  'également',
  'bien',
  'immédiatement',
  'aussitôt',
  'rapidement',
  'entièrement',
  'intégralement',
  'maintenant',
  'désormais',
  'ensuite',
  'alors',
  'enfin',
  'personnellement',
  'tous',
  'toutes',
  'tout',
  'systématiquement',
  'directement',
  'notamment',
  'donc',
  'récemment',
);
const HAVE = 'avons|avez|ai|a|ont|avions|aviez|avait|avaient|avais';
const BE = 'est|sont|était|étaient|a été|ont été|avons été|ai été|avait été|avaient été|sommes|suis|fut|furent';
const IRREGULAR_PARTICIPLES =
  'été|eu|mis|mise|mises|fait|faite|faits|faites|pris|prise|prises|fini|finie|finis|établi|établie|établis|' +
  'introduit|introduite|introduits|produit|réduit|réduite|réduits|construit|construite|conduit|inscrit|inscrite|' +
  'écrit|écrite|écrits|ouvert|ouverte|ouverts|offert|découvert|couvert|rempli|remplie|remplis|choisi|choisie|' +
  'choisis|investi|suivi|suivie|suivis|reçu|reçue|reçus|revu|revue|revus|vu|obtenu|obtenue|maintenu|retenu|' +
  'entrepris|appris|compris|repris|remis|remise|soumis|soumise|permis|dit|fourni|fournie|fournis|défini|définie|' +
  'définis|garanti|saisi|saisie|converti|assaini|pu|dû|su|lu|relu|voulu|résolu|résolue|dissous';
// "il est prévu de", "sont envisagés": planned, not done.
const NOT_PLANNED =
  '(?!prévue?s?(?![\\p{L}])|envisagée?s?(?![\\p{L}])|programmée?s?(?![\\p{L}])|planifiée?s?(?![\\p{L}])|' +
  'souhaitée?s?(?![\\p{L}])|destinée?s?(?![\\p{L}])|censée?s?(?![\\p{L}])|chargée?s?(?![\\p{L}])|' +
  'obligée?s?(?![\\p{L}])|décidée?s?(?![\\p{L}])|déterminée?s?(?![\\p{L}]))';
const PARTICIPLE = `${NOT_PLANNED}(?:${IRREGULAR_PARTICIPLES}|\\p{L}+é|\\p{L}+ée|\\p{L}+és|\\p{L}+ées)`;
const FUTURE_VERBS =
  'sera|serons|serai|seront|serez|fera|ferons|ferai|feront|ferez|aura|aurons|aurai|auront|aurez|pourra|pourrons|' +
  'pourrai|pourront|devra|devrons|devrai|devront|mettra|mettrons|mettrai|mettront|suivra|suivrons|suivrai|suivront|' +
  'écrira|écrirons|écriront|produira|produirons|produiront|réduira|réduirons|réduiront|conduira|conduiront|' +
  'construira|construirons|dira|dirons|fournira|fournirons|fourniront|établira|établirons|établiront|choisira|' +
  'choisirons|remplira|remplirons|agira|agirons|ira|irons|iront|verra|verrons|enverra|enverrons|enverront|recevra|' +
  'recevrons|recevront|saura|saurons|tiendra|tiendrons|tiendront|prendra|prendrons|prendront|viendra|faudra|vaudra';

export const poaPatterns: PoaPatternSet = {
  language: 'fr',
  vague: [
    r`${IMPROVE} ${DETERMINERS}${AREAS}`,
    r`${MORE} ${OVERSIGHT}`,
    r`${OVERSIGHT} ${STRICTER}`,
    r`(?:être|serons|serai|sera|soyons|sommes|suis|rester|resterons) (?:plus|encore plus|davantage|bien plus|extrêmement) ` +
      CAREFUL,
    r`(?:faire|ferons|ferai|faisons|fera) (?:plus|davantage|encore plus|très|bien) attention`,
    r`(?:prêter|prêterons|prêtons|porter|porterons|portons|accorder|accorderons|accordons) ` +
      r`(?:une |plus d'|davantage d'|toute notre |une plus grande |une attention )?` +
      r`(?:attention|vigilance)(?: particulière| accrue| renforcée| plus grande| toute particulière)?`,
    r`(?:redoubler|redoublerons|redoublons|redoublerai) (?:de vigilance|d'attention|d'efforts)`,
    r`(?:veiller|veillerons|veillons|veillerai|s'assurer|nous assurer|m'assurer|nous assurerons|garantir|garantirons|` +
      r`faire en sorte|ferons en sorte)(?: à ce)? que ${IT} ne ${HAPPEN_AGAIN} (?:plus|jamais|pas)`,
    r`ne (?:${HAPPEN_AGAIN}) plus|(?:plus jamais|jamais plus) (?:ça|cela|une telle erreur|un tel problème)`,
    r`régulièrement|périodiquement|de temps en temps|de temps à autre|au besoin|si nécessaire|en cas de besoin`,
    r`constamment|en permanence|plus souvent|plus attentivement|plus étroitement|de plus près|de près|dans la mesure du possible`,
    r`(?:faire|faisons|ferons|ferai) (?:tout )?(?:notre|mon) (?:mieux|possible|maximum)`,
    r`(?:faire|faisons|ferons|ferai) de (?:notre|mon) mieux`,
    r`(?:travailler|travaillerons|travaillons|essayer|essaierons|essayerons|efforcer|efforcerons) ` +
      r`(?:plus dur|davantage|plus sérieusement|plus fort|encore plus)`,
    r`(?:prenons|prendrons|prends|prendrai|prendre|avons pris|ai pris) (?:cela |ceci |ce problème |cette affaire |` +
      r`cette situation |la situation |la question |le problème |les choses )?(?:très |extrêmement |tout à fait |` +
      r`particulièrement )?(?:au sérieux|à cœur|à coeur)`,
  ],
  specifics: [
    MONTHS,
    WEEKDAYS,
    r`quotidien|quotidienne|quotidiens|quotidiennes|quotidiennement|hebdomadaires?|mensuel|mensuelle|mensuels|mensuelles`,
    r`mensuellement|trimestriel|trimestrielle|trimestriels|trimestrielles|annuel|annuelle|annuels|annuelles|annuellement`,
    r`chaque|tous les|toutes les|par jour|par semaine|par mois|par an|par heure|par colis|par commande|par lot|par envoi`,
    r`deux fois|une fois par|au moins|au plus tard|au minimum|d'ici le|avant le|à partir du|dès le|dans un délai de`,
    r`deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt|trente|quarante|cinquante|cent|mille`,
    r`pour cent|pourcentage`,
    r`responsables?|gestionnaires?|managers?|directeur|directrice|gérante?|superviseur|superviseure|contrôleur|contrôleuse`,
    r`inspecteur|inspectrice|coordinateur|coordinatrice|auditeur|auditrice|comptable|chef d'équipe|chef de \p{L}+`,
    r`référente?|magasinier|magasinière|préparateur|préparatrice|recrutée?s?|embauchée?s?|nommée?s?|désignée?s?|affectée?s?`,
    r`logiciels?|tableur|tableau de bord|feuille de calcul|check-lists?|checklists?|listes? de contrôle|listes? de vérification`,
    r`modèles?|procédure écrite|procédure opérationnelle|mode opératoire|base de données|scanners?|scanettes?|douchettes?`,
    r`codes?-barres?|code barre|caméras?|balances?|photos?|applications?|appli|crm|erp|excel|google sheets|registres?|outils?`,
  ],
  blaming: [
    r`pas (?:de )?(?:notre|ma) faute`,
    r`(?:aucune|nulle|sans aucune|sans) faute de (?:notre|ma) part`,
    r`(?:nous ne sommes|je ne suis|nous n'étions|je n'étais) (?:pas|en rien|nullement|aucunement) responsables?`,
    r`(?:la faute|l'erreur|une erreur|la responsabilité|un manquement|une faute) ${OF_OTHERS}`,
    r`(?:faute|erreur) (?:de la part|du côté) ${OF_OTHERS}|(?:faute|erreur) de votre part`,
    r`${BUYERS} (?:a menti|ont menti|ment|mentent|mentait|mentaient|nous a arnaqués|nous ont arnaqués|a fraudé|ont fraudé` +
      r`|a triché|ont triché|a abusé|ont abusé|nous a escroqués|nous ont escroqués|a saboté|ont saboté|a inventé|ont inventé)`,
    r`(?:fausses?|faux|prétendues?|prétendus|soi-disant) (?:réclamations?|plaintes?|accusations?|avis|signalements?` +
      r`|déclarations?|allégations?)`,
    r`(?:réclamations?|plaintes?|accusations?|avis|signalements?|allégations?|retours?) (?:abusifs?|abusives?|infondée?s?` +
      r`|mensongers?|mensongères?|frauduleux|frauduleuses?|malveillante?s?|malveillants|injustifiée?s?|mal intentionnée?s?)`,
    r`(?:nous n'avons|je n'ai) (?:rien fait de mal|rien de mal|commis aucune faute|commis aucune erreur|rien à nous reprocher` +
      r`|rien à me reprocher)`,
    r`(?:blâmer|accuser|incriminer|mettre en cause) ${OTHERS}`,
    r`(?:amazon|votre système|votre algorithme|votre robot|votre équipe|votre outil) (?:s'est trompée?|se trompe` +
      r`|a fait une erreur|a commis une erreur|a fait erreur|a échoué|a mal évalué|a mal interprété|a mal jugé)`,
    r`(?:concurrents?|la concurrence) (?:nous (?:a|ont) (?:attaqués|ciblés|sabotés|visés|dénoncés)|(?:a|ont) ` +
      r`(?:attaqué|ciblé|saboté|visé))`,
    // "le transporteur est responsable", "Amazon est en cause"
    r`${OTHERS} (?:est|était|sont|étaient|a été|ont été) (?:responsables?|fautifs?|fautives?|en cause|à blâmer|coupables?` +
      r`|à l'origine du problème)`,
    r`(?:la faute|la responsabilité) (?:en )?(?:revient|incombe|est imputable) ${TO_OTHERS}`,
    // "l'entrepôt d'Amazon a perdu notre stock", "le transporteur a endommagé les colis"
    r`(?:${OTHERS}|l'entrepôt d'amazon|les entrepôts d'amazon|l'entrepôt amazon|le centre de distribution|` +
      r`les centres de distribution|l'équipe d'amazon|le système d'amazon) (?:a|ont) (?:perdu|endommagé|égaré|abîmé` +
      r`|mal étiqueté|mélangé|cassé|détérioré|mal géré|mal manipulé)`,
    r`(?:perdue?s?|perdus|endommagée?s?|égarée?s?|abîmée?s?) par ${OTHERS}`,
    // "les clients abusent du droit de retour"
    r`${BUYERS} (?:abusent|abuse|abusaient|profitent|profite|exploitent|exploite|détournent|détourne|fraudent|fraude` +
      r`|arnaquent|escroquent|trichent)`,
  ],
  emotional: [
    r`injustes?|injustement|inadmissibles?|inacceptables?|scandaleux|scandaleuses?|honteux|honteuses?|ridicules?`,
    r`absurdes?|aberrante?s?|aberrants|révoltante?s?|révoltants|insensée?s?|incompréhensibles?|abus de pouvoir|acharnement`,
    r`(?:je suis|nous sommes|j'étais|nous étions|je me sens|nous nous sentons|je me suis senti|nous nous sommes sentis)` +
      `${INTENSITY} ${FEELINGS}`,
    r`(?:cela|ça|ceci|cette décision) n'a (?:aucun|pas de|pas le moindre) sens`,
    r`(?:c'est|cela est|ceci est|c'était) (?:une blague|une plaisanterie|du grand n'importe quoi|n'importe quoi|un scandale` +
      r`|une honte|une injustice)`,
  ],
  future: [
    r`nous allons|je vais|on va|vont|allons`,
    r`va (?:désormais |dorénavant |maintenant |aussi |également )?\p{L}+(?:er|ir|re|oir)`,
    r`(?!(?:camera|opera|chimera|cetera|cholera|ephemera|genera|tempera|vera|hera)(?![\p{L}]))\p{L}+era|\p{L}+eront|\p{L}+erons|\p{L}+erai`,
    // "Vous trouverez ci-joint": the usual way to present attachments, not a plan.
    r`(?!(?:re)?trouverez (?:ci-|en pièces? jointes?|en annexe|dans les pièces jointes|joint))\p{L}+erez`,
    r`\p{L}+irons|\p{L}+irai|\p{L}+iront|\p{L}+drons|\p{L}+drai|\p{L}+dront|\p{L}+rrons|\p{L}+rrai|\p{L}+rront`,
    FUTURE_VERBS,
    r`à l'avenir|dorénavant|désormais|à partir de maintenant|dès à présent|prochainement|à terme|dans le futur`,
    r`dans les prochains jours|dans les semaines à venir|d'ici peu|sous peu`,
    r`prévoyons|prévoyez|envisageons|projetons|comptons|avons l'intention|ai l'intention|nous engageons|m'engage` +
      r`|souhaitons|visons`,
  ],
  done: [
    `(?:${HAVE})(?: ${ADVERBS})? ${PARTICIPLE}`,
    `(?:${BE})(?: ${ADVERBS})? ${PARTICIPLE}`,
    r`déjà|en place depuis|en vigueur|depuis lors|depuis cette date|à ce jour|actuellement|à l'heure actuelle`,
    r`(?:est|sont) (?:désormais |maintenant |déjà |bien )?en place|avec effet immédiat`,
    r`depuis (?:le|la|les|${MONTHS}|\p{N}+|début|fin|hier|avant-hier|la semaine dernière|le mois dernier|ce jour)`,
    // Present tense for a routine already running: "nous vérifions désormais chaque colis".
    r`(?:nous|je) (?!allons|vais)(?!\p{L}+rons(?![\p{L}]))\p{L}+(?:ons|e) ` +
      r`(?:désormais|maintenant|dorénavant|systématiquement|déjà|chaque|tous les|toutes les|quotidiennement)`,
  ],
  issueTerms: [
    r`asins?|skus?|numéros? de commande|n° de commande|id de commande|identifiants? de commande|commandes? n°`,
    r`expéditions? en retard|retards? d'expédition|taux d'expéditions? en retard|taux de retard d'expédition`,
    r`livraisons? en retard|retards? de livraison|taux d'annulations?|annulations?|annulations? avant expédition`,
    r`taux de défauts? de commande|taux de commandes défectueuses|odr|taux de suivi valide|numéros? de suivi|suivi de colis`,
    r`garantie a à z|garantie a-à-z|a-à-z|a-to-z|réclamations?|rétrofacturations?|contestations? de prélèvement|chargebacks?`,
    r`commentaires? négatifs?|évaluations? négatives?|avis négatifs?|note vendeur|évaluation vendeur`,
    r`contrefaçons?|contrefaits?|contrefaites?|authenticité|non authentiques?|inauthentiques?|marques? déposées?`,
    r`droits? d'auteur|brevets?|propriété intellectuelle|violations? de marque|atteintes? à la propriété|atteintes? aux droits`,
    r`sécurité des produits|sécurité du produit|plaintes? de sécurité|plaintes? liées? à la sécurité|réclamations? de sécurité`,
    r`périmée?s?|périmés|dates? de péremption|dates? limites?|dlc|dluo|ddm|vendue?s? comme neufs?|vendue?s? comme neuves?`,
    r`non conformes? à la description|ne correspond pas à la description|état non conforme|plaintes? sur l'état`,
    r`produits? soumis à restrictions|produits? restreints?|produits? interdits?|matières dangereuses|marchandises dangereuses`,
    r`hazmat|manipulation d'avis|manipulation des avis|avis incités|avis rémunérés|avis sollicités`,
    r`factures?|relevés? bancaires?|relevés? de compte|identité|vérification|mode de paiement|moyen de paiement`,
    r`carte bancaire|carte de crédit|justificatifs? de domicile`,
    // Listing content that infringes: a logo, a brand name, images used without the rights.
    r`logos?|noms? de marques?|marques? (?:tierces?|concurrentes?|d'un tiers|de tiers)|usurpation de marque`,
    r`droit des marques|droit à l'image|droits? (?:d'utilisation|d'usage|de reproduction|de diffusion)`,
    r`droits? sur (?:les|des|ces|nos|leurs) (?:images|photos|photographies|visuels|vidéos|textes|contenus)`,
    r`titulaires? (?:des|de la|du) (?:droits?|marque|brevet)|ayants? droits?|détenteurs? (?:des droits|de la marque)`,
  ],
  evidenceTerms: [
    r`ci-joint|ci-jointe|ci-joints|ci-jointes|en pièce jointe|en pièces jointes|pièces? jointes?|joint|jointe|joints|jointes`,
    r`annexes?|annexée?s?|factures?|tickets? de caisse|reçus? de paiement|quittances?|photos?|photographies?|images?`,
    r`captures? d'écran|copies? d'écran|rapports?|journal|journaux|registres?|relevés? bancaires?|relevés? de compte`,
    r`tableaux?|tableurs?|certificats?|attestations?|contrats?|lettres?|courriers?|documents?|documentation|justificatifs?`,
    r`preuves?|bons? de livraison|bons? de commande|procès-verbal|procès-verbaux|numéros? de suivi|e-mails?|emails?`,
    r`courriels?|plannings?|calendriers?|check-lists?|checklists?|listes? de contrôle|modèles?|fiches? techniques?`,
    r`résultats? de test|résultats? des tests|résultats? d'analyse|résultats? des analyses|rapports? d'analyse`,
    r`lettres? d'autorisation|historiques? d'achat|historiques? de commande|confirmations?|vidéos?|manuels?|instructions`,
    r`procédures? écrites?|fiches? de données de sécurité`,
  ],
};
