import { type GoodSample, type LanguageSamples, padded, variant } from './types';

const lateShipments: GoodSample = {
  name: 'expéditions en retard (FBM, vendeur belge)',
  sections: {
    acknowledgement:
      'Notre taux d’expéditions en retard a atteint 7,8 % sur la période de 30 jours close le 9 février 2024, ' +
      'bien au-dessus du seuil de 4 % fixé par Amazon. Nous en assumons l’entière responsabilité : 112 clients ' +
      'ont reçu leur colis après la date annoncée.',
    'root-cause':
      'Depuis notre déménagement à Herstal le 15 janvier, bpost enlève nos colis à 14 h au lieu de 17 h, mais nous ' +
      'avions gardé un seul lot d’impression des étiquettes, à 15 h. Toutes les commandes passées après 13 h ' +
      'partaient donc avec un jour de retard, soit 20 à 30 colis par jour.',
    'immediate-actions':
      'Le 10 février, nous avons expédié les 38 commandes en attente avec un numéro de suivi et prévenu chaque ' +
      'acheteur via la messagerie Amazon. Le jour même, nous avons scindé l’impression des étiquettes en deux ' +
      'lots, à 9 h et à 12 h 30.',
    'preventive-measures':
      'Depuis le 12 février, notre logiciel d’expédition affiche la date limite de chaque commande et envoie un ' +
      'e-mail à notre responsable logistique dès qu’une commande n’est pas emballée 2 heures avant l’enlèvement. ' +
      'Nous avons aussi porté le délai de préparation à 2 jours ouvrés pour nos 35 références encombrantes, et un ' +
      'second préparateur travaille chaque après-midi du lundi au vendredi.',
    evidence:
      'Vous trouverez ci-joint le contrat d’enlèvement bpost indiquant le nouvel horaire, une capture d’écran des ' +
      'règles d’alerte et le rapport d’expédition du 12 au 26 février, qui ne compte aucun colis expédié en retard.',
  },
};

const inauthentic: GoodSample = {
  name: 'réclamations pour produit non authentique',
  sections: {
    acknowledgement:
      'Entre le 3 et le 17 octobre, Amazon a reçu trois réclamations pour produit non authentique concernant ' +
      'l’ASIN B07XJ8C8F5, une crème de jour de 50 ml. Un client qui achète une marque doit recevoir le produit ' +
      'd’origine, et nous n’avons pas été en mesure de le garantir.',
    'root-cause':
      'En septembre, nous avons acheté 240 unités à un grossiste espagnol sans exiger de lettre d’autorisation de ' +
      'la marque ni de facture remontant jusqu’au fabricant. À la réception, personne n’a comparé les numéros de ' +
      'lot et le conditionnement avec ceux de nos achats précédents chez le distributeur officiel.',
    'immediate-actions':
      'Le 18 octobre, nous avons clôturé l’offre, créé un ordre de retrait pour les 162 unités restantes en stock ' +
      'FBA et remboursé intégralement les trois clients. Nous avons envoyé 2 unités du lot à la marque pour ' +
      'expertise et cessé toute commande auprès de ce grossiste.',
    'preventive-measures':
      'Depuis le 21 octobre, nous achetons uniquement auprès des distributeurs listés sur le site de la marque, et ' +
      'notre responsable des achats vérifie la lettre d’autorisation et la facture avant chaque commande. Chaque ' +
      'livraison est comparée à une unité de référence achetée chez le distributeur officiel (numéro de lot, code ' +
      'EAN, film de protection) avant tout envoi vers un entrepôt Amazon.',
    evidence:
      'Pièces jointes : les factures du distributeur agréé datées du 23 octobre, sa lettre d’autorisation signée ' +
      'par la marque et notre procédure de validation des fournisseurs, mise à jour le 21 octobre.',
  },
};

const defects: GoodSample = {
  name: 'écouteurs défectueux (retours pour défaut)',
  sections: {
    acknowledgement:
      'En mars, 14 % des écouteurs Bluetooth vendus sous l’ASIN B0BQ2T6M1X nous ont été retournés avec le motif ' +
      '« article défectueux », et notre taux de défauts de commande est passé à 1,3 %. Nous reconnaissons que ces ' +
      'clients ont reçu un produit qui ne fonctionnait pas.',
    'root-cause':
      'Le lot de 600 paires livré le 8 février présentait des contacts de charge mal soudés sur l’écouteur gauche. ' +
      'Notre contrôle à réception ne testait qu’une paire par carton de 50, et uniquement l’appairage, jamais la ' +
      'charge.',
    'immediate-actions':
      'Le 2 avril, nous avons mis en quarantaine les 212 paires restantes du lot et testé chacune d’elles : 41 ne ' +
      'chargeaient pas et ont été renvoyées au fabricant. Nous avons écrit aux 63 clients concernés pour leur ' +
      'proposer un échange ou un remboursement, sans attendre leur retour.',
    'preventive-measures':
      'Depuis le 5 avril, notre technicien teste la charge complète de 10 % de chaque lot pendant 2 heures, et un ' +
      'lot est refusé dès que 2 unités échouent. Le fabricant a ajouté un test de charge en fin de chaîne, et son ' +
      'rapport d’essai accompagne désormais chaque expédition.',
    evidence:
      'Ci-joint : la fiche de contrôle à réception révisée, les résultats des tests du lot du 5 avril et le rapport ' +
      'de retours du 5 au 30 avril, où le taux de retours pour défaut est retombé à 0,8 %.',
  },
};

const trademark: GoodSample = {
  name: 'violation de marque (logo dans les images)',
  sections: {
    acknowledgement:
      'Nous avons reçu une réclamation pour violation de marque, car le logo d’un fabricant de smartphones ' +
      'apparaissait sur les images secondaires de cinq de nos fiches de coques. Nous respectons les droits de son ' +
      'titulaire et reconnaissons que nous n’étions pas autorisés à utiliser ce logo.',
    'root-cause':
      'Notre graphiste a repris les visuels fournis par notre usine, sur lesquels figurait ce logo, et aucune étape ' +
      'de notre processus de mise en ligne ne prévoyait de vérifier les droits sur les images.',
    'immediate-actions':
      'Le 8 juin, nous avons remplacé les images des cinq fiches par nos propres photos, sans aucun logo, puis nous ' +
      'avons informé l’avocat du titulaire des droits par e-mail. Nous avons aussi vérifié les 86 autres fiches de ' +
      'notre catalogue : aucune ne contenait de logo tiers.',
    'preventive-measures':
      'Depuis le 10 juin, notre responsable conformité contrôle chaque image avant son téléversement à l’aide ' +
      'd’une grille de vérification, et nous ne publions plus que des photos prises dans notre studio. Notre ' +
      'graphiste a suivi le 12 juin une formation de 3 heures sur le droit des marques auprès d’un cabinet ' +
      'spécialisé.',
    evidence:
      'Nous joignons des captures d’écran des cinq fiches corrigées, la grille de vérification des images, ' +
      'l’attestation de formation du 12 juin et la réponse de l’avocat du titulaire des droits.',
  },
};

/** A Quebec seller on amazon.ca, typed with straight apostrophes. */
const safety: GoodSample = {
  name: 'sécurité d’un jouet (vendeur québécois, amazon.ca)',
  sections: {
    acknowledgement:
      "Le 11 juillet, une mère nous a signalé qu'une roue de la petite voiture en bois vendue sous l'ASIN " +
      "B0B8KQ3Z7W s'était détachée dans les mains de son enfant de 2 ans. C'est un risque d'étouffement, et la " +
      'sécurité de nos jouets relève entièrement de notre responsabilité.',
    'root-cause':
      "Au printemps, notre fabricant a changé la colle des essieux, et notre contrat ne l'obligeait pas à nous " +
      "prévenir d'un changement de composant. Nous avons mis en vente le lot de 800 unités reçu le 3 juin sans " +
      "refaire l'essai de traction des petites pièces, et notre fiche n'affichait pas l'avertissement « Ne " +
      'convient pas aux enfants de moins de 3 ans ».',
    'immediate-actions':
      'Nous avons arrêté les ventes le 12 juillet, fait retirer les 430 unités restantes des centres de ' +
      "distribution et déclaré l'incident à Santé Canada le 13 juillet. Les 370 acheteurs ont reçu un courriel " +
      "d'avis de rappel avec un remboursement complet, sans obligation de retourner le jouet.",
    'preventive-measures':
      "Depuis le 20 juillet, chaque lot de jouets reste bloqué tant qu'un laboratoire accrédité ne l'a pas testé " +
      'selon la norme ASTM F963 et le Règlement sur les jouets, et notre responsable qualité signe le rapport ' +
      "avant l'expédition vers Amazon. Notre contrat fournisseur, modifié le 18 juillet, interdit tout changement " +
      'de matériau sans notre accord écrit.',
    evidence:
      "Ci-joints : le rapport d'essai du laboratoire daté du 17 juillet, l'accusé de réception de la déclaration " +
      "d'incident à Santé Canada, l'avis de rappel envoyé aux clients et l'avenant au contrat fournisseur.",
  },
};

const usedAsNew: GoodSample = {
  name: 'produit d’occasion vendu comme neuf',
  sections: {
    acknowledgement:
      'Entre le 2 et le 24 novembre, cinq clients ont signalé que l’aspirateur robot acheté neuf contenait de la ' +
      'poussière et portait des traces d’utilisation. Nous reconnaissons qu’ils ont été trompés sur l’état du ' +
      'produit.',
    'root-cause':
      'Nos retours clients revenaient directement dans le stock vendable dès que le carton d’origine semblait ' +
      'intact. Nous n’avions pas appris au préparateur intérimaire chargé des retours à ouvrir chaque colis, et 17 ' +
      'appareils déjà utilisés ont ainsi été revendus comme neufs.',
    'immediate-actions':
      'Le 25 novembre, nous avons sorti du stock vendable les 23 appareils issus de retours, et notre technicien ' +
      'les a tous inspectés : 9 ont été remis en vente dans l’état « Occasion – Très bon état » et 4 renvoyés au ' +
      'fabricant. Nous avons proposé aux cinq clients un appareil neuf scellé ou un remboursement complet.',
    'preventive-measures':
      'Depuis le 27 novembre, tout retour est placé sur une étagère de quarantaine, et notre technicien vérifie le ' +
      'scellé, les accessoires, le numéro de série et le compteur d’heures de fonctionnement avant toute remise en ' +
      'stock. Un appareil dont le scellé a été ouvert n’est plus jamais vendu comme neuf.',
    evidence:
      'Nous joignons la liste de contrôle des retours, des photos de l’étagère de quarantaine et le registre ' +
      'd’inspection du 27 novembre au 11 décembre, soit 31 appareils contrôlés.',
  },
};

const expired: GoodSample = {
  name: 'produits périmés (compléments alimentaires)',
  sections: {
    acknowledgement:
      'Six clients ont reçu des gélules de magnésium (ASIN B09N4P8LQD) dont la date de durabilité minimale était ' +
      'dépassée. Pour un produit que l’on avale, c’est un manquement grave, et nous en mesurons les conséquences.',
    'root-cause':
      'Notre outil de gestion des stocks ne suivait pas les dates par lot : en août, nous avons envoyé en FBA 350 ' +
      'boîtes d’un ancien lot qui expirait le 30 septembre, alors qu’Amazon exige au moins 90 jours de durée de vie ' +
      'restante à la réception. Nos préparateurs prenaient les cartons les plus accessibles, sans appliquer la ' +
      'règle « premier périmé, premier sorti ».',
    'immediate-actions':
      'Le 2 octobre, nous avons demandé le retrait de toutes les unités de ce lot encore en stock FBA, remboursé ' +
      'les 6 clients concernés et vérifié les dates de nos 18 autres références alimentaires, sans trouver d’autre ' +
      'lot à risque.',
    'preventive-measures':
      'Depuis le 4 octobre, notre logiciel de stock enregistre le numéro de lot et la date de durabilité minimale ' +
      'de chaque carton, et il bloque l’envoi en FBA de toute unité ayant moins de 120 jours de durée de vie ' +
      'restante. Chaque lundi, notre responsable d’entrepôt imprime la liste des lots qui expirent dans les 6 mois ' +
      'et les place en tête de préparation.',
    evidence:
      'Vous trouverez ci-joint la confirmation de l’ordre de retrait, une capture d’écran du suivi par lot dans ' +
      'notre logiciel et les rapports hebdomadaires du 9 et du 16 octobre.',
  },
};

const tracking: GoodSample = {
  name: 'taux de suivi valide',
  sections: {
    acknowledgement:
      'Notre taux de suivi valide est tombé à 88 % sur les 30 jours précédant le 2 décembre, alors qu’Amazon exige ' +
      'au moins 95 %. Nous reconnaissons qu’une partie de nos clients n’a pas pu suivre son colis.',
    'root-cause':
      'Depuis la mise à jour de notre connecteur le 6 novembre, les numéros Colissimo étaient transmis avec le ' +
      'transporteur « Autre » au lieu de « Colissimo ». Le numéro était correct, mais il ne pouvait pas être ' +
      'rattaché à un transporteur et comptait donc comme invalide, pour 212 commandes.',
    'immediate-actions':
      'Le 3 décembre, nous avons corrigé le transporteur des 212 commandes dans Seller Central et rétabli la ' +
      'correspondance « Colissimo » dans les réglages du connecteur. Les envois du jour même sont apparus avec un ' +
      'suivi valide.',
    'preventive-measures':
      'Depuis le 4 décembre, notre coordinatrice des commandes contrôle chaque matin à 10 h le rapport des ' +
      'expéditions et corrige avant midi toute commande sans transporteur reconnu. Toute mise à jour du ' +
      'connecteur est d’abord testée sur 5 commandes avant d’être appliquée à l’ensemble du compte.',
    evidence:
      'Nous joignons des captures d’écran des réglages du connecteur avant et après correction, la liste des 212 ' +
      'commandes corrigées et le tableau de bord de performance du 18 décembre, avec un taux de suivi valide de ' +
      '99,2 %.',
  },
};

const cancellations: GoodSample = {
  name: 'taux d’annulation avant expédition (stock multicanal)',
  sections: {
    acknowledgement:
      'Notre taux d’annulation avant expédition a atteint 4,1 % en janvier, alors que la limite fixée par Amazon ' +
      'est de 2,5 %. Nous avons annulé 57 commandes que nos clients comptaient recevoir.',
    'root-cause':
      'Nous vendons les mêmes articles sur notre boutique en ligne et sur Amazon, et notre synchronisation de stock ' +
      'ne tournait que toutes les 6 heures. Quand une pièce unique partait sur notre site, elle restait en vente ' +
      'sur Amazon jusqu’à la synchronisation suivante, et nous devions annuler la commande Amazon faute de stock.',
    'immediate-actions':
      'Le 1er février, nous avons réglé la synchronisation sur un intervalle de 5 minutes et retiré d’Amazon les 140 ' +
      'articles disponibles en un seul exemplaire. Nous avons aussi écrit à chacun des 57 clients pour nous excuser ' +
      'et leur proposer un article équivalent.',
    'preventive-measures':
      'Depuis le 3 février, un stock de sécurité de 2 unités est réservé à notre boutique pour chaque référence, et ' +
      'Amazon n’affiche que le stock au-delà de ce seuil. Notre gestionnaire e-commerce consulte chaque matin le ' +
      'journal de synchronisation et reçoit une alerte par SMS si une synchronisation échoue.',
    evidence:
      'Ci-joint : la capture d’écran des nouveaux paramètres de synchronisation, le journal du 3 au 17 février et ' +
      'le rapport d’annulations de février, qui affiche 0,3 % d’annulations.',
  },
};

const reviews: GoodSample = {
  name: 'manipulation des avis (carte glissée dans le colis)',
  sections: {
    acknowledgement:
      'Amazon a constaté que nous glissions dans nos colis une carte promettant un bon d’achat de 10 € en échange ' +
      'd’un avis 5 étoiles. C’est une violation claire du règlement sur les commentaires clients, et nous le ' +
      'reconnaissons sans réserve.',
    'root-cause':
      'Nous avons fait imprimer 2 000 cartes en mars en copiant celle d’un concurrent, sans relire le règlement ' +
      'd’Amazon sur les avis. Personne dans notre société n’était chargé de valider les supports marketing avant ' +
      'leur impression.',
    'immediate-actions':
      'Le 14 mai, nous avons détruit les 620 cartes restantes et créé un ordre de retrait pour les 1 180 unités en ' +
      'stock FBA afin d’enlever les cartes avant de les renvoyer. Depuis, nous ne contactons plus les acheteurs ' +
      'qu’avec le bouton « Demander un avis » de Seller Central.',
    'preventive-measures':
      'Depuis le 16 mai, notre responsable conformité valide par écrit chaque document glissé dans nos colis, à ' +
      'l’aide d’une liste de contrôle tirée du règlement sur les commentaires clients. Le seul encart autorisé est ' +
      'désormais la notice d’utilisation, sans aucune mention des avis.',
    evidence:
      'Nous joignons la confirmation de l’ordre de retrait, des photos des cartes détruites, le nouvel encart et la ' +
      'liste de contrôle signée le 16 mai.',
  },
};

export const frSamples: LanguageSamples = {
  good: [lateShipments, inauthentic, defects, trademark, safety, usedAsNew, expired, tracking, cancellations, reviews],
  bad: [
    variant(cancellations, 'section des preuves vide', 'missing-section', { evidence: '' }),
    variant(lateShipments, 'bien plus d’une page', 'too-long', {
      'root-cause': padded(
        lateShipments.sections['root-cause'],
        (n) =>
          `La commande 171-4827316-${String(n).padStart(7, '0')} a été remise à bpost le lendemain de sa date ` +
          'limite d’expédition.',
        60,
      ),
    }),
    variant(defects, 'promesses vagues', 'vague-promise', {
      'preventive-measures':
        'Nous allons renforcer notre contrôle qualité et faire beaucoup plus attention aux lots que nous recevons. ' +
        'L’équipe a par ailleurs été sensibilisée à l’importance de bien vérifier chaque produit.',
    }),
    variant(lateShipments, 'rejette la faute sur bpost et les clients', 'blaming', {
      'root-cause':
        'Ces retards sont entièrement la faute de bpost, qui a changé ses horaires d’enlèvement le 15 janvier sans ' +
        'nous prévenir, et plusieurs clients ont menti sur la date de réception pour se faire rembourser.',
    }),
    variant(inauthentic, 'reconnaissance sous le coup de la colère', 'emotional', {
      acknowledgement:
        'Nous sommes profondément choqués et scandalisés par cette décision injuste : nous vendons des produits ' +
        'authentiques depuis 7 ans et nous ne comprenons absolument pas qu’on puisse nous traiter ainsi.',
    }),
    variant(trademark, 'actions seulement promises', 'future-only', {
      'immediate-actions':
        'Nous allons remplacer les images des 5 fiches par nos propres photos et supprimer tout logo tiers de notre ' +
        'catalogue. Nous informerons ensuite l’avocat de la marque par e-mail, dès que ces modifications ' +
        'seront en ligne.',
    }),
    variant(safety, 'cause racine recopiée dans les actions', 'duplicate-text', {
      'immediate-actions': `${safety.sections['root-cause']} ${safety.sections['immediate-actions']}`,
    }),
    variant(usedAsNew, 'cause racine sans problème identifié', 'generic-root-cause', {
      'root-cause':
        'Nous avons commis des erreurs dans notre organisation et nous n’avons pas appliqué les règles avec toute ' +
        'la rigueur nécessaire. Nous avons compris ce qui n’a pas fonctionné et pourquoi cela s’est produit.',
    }),
    variant(expired, 'reconnaissance collée 5 fois', 'repeated-sentence', {
      acknowledgement: Array.from({ length: 5 }, () => expired.sections.acknowledgement).join(' '),
    }),
    variant(tracking, 'preuves sans aucun document', 'evidence-unnamed', {
      evidence:
        'Nous sommes certains que le problème est désormais réglé et que nos clients sont satisfaits de nos ' +
        'services.',
    }),
  ],
};
