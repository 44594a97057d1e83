import { oneOf, type PoaPatternSet } from './types';

const r = String.raw;

const MONTHS = 'januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember';
const WEEKDAYS = '(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)s?';
const AREAS = oneOf(
  'qualitätskontrollen',
  'qualitätskontrolle',
  'qualität',
  'prozesse',
  'abläufe',
  'überwachung',
  'kontrollen',
  'kommunikation',
  'kundenservice',
);
const STRONGER = oneOf(
  'bessere[nrms]?',
  'strengere[nrms]?',
  'engere[nrms]?',
  'genauere[nrms]?',
  'verstärkte[nrms]?',
  'schärfere[nrms]?',
  'mehr',
);
const OVERSIGHT = oneOf(
  'überwachung',
  'kontrollen',
  'kontrolle',
  'qualitätskontrollen',
  'qualitätskontrolle',
  'aufmerksamkeit',
  'sorgfalt',
  'prüfungen',
  'aufsicht',
);
const OTHERS_GENITIVE = oneOf(
  'amazons',
  'ihr',
  'ihres',
  'des kunden',
  'des käufers',
  'der kunden',
  'der käufer',
  'des spediteurs',
  'des versanddienstleisters',
  'der konkurrenz',
  'des wettbewerbers',
  'der wettbewerber',
);
const OTHERS = oneOf(
  'kunde',
  'kundin',
  'käufer',
  'käuferin',
  'kunden',
  'konkurrent',
  'konkurrenz',
  'wettbewerber',
  'spediteur',
  'versanddienstleister',
);
const ROLES = oneOf(
  'managerin',
  'manager',
  'leiterin',
  'leiter',
  'prüferin',
  'prüfer',
  'beauftragter',
  'beauftragte',
  'verantwortlicher',
  'verantwortliche',
  'inspektor',
  'koordinator',
  'berater',
  'geschäftsführer',
  'inhaber',
);
const FEELINGS = oneOf(
  'wütend',
  'verärgert',
  'frustriert',
  'empört',
  'schockiert',
  'enttäuscht',
  'fassungslos',
  'entsetzt',
);
const SUBJUNCTIVES = r`(?:möchten|könnten|sollten|würden|müssten|dürften)(?![\p{L}])`;
const DONE_PARTICIPLES =
  'umgesetzt|eingeführt|abgeschlossen|erledigt|durchgeführt|installiert|geschult|entfernt|ersetzt|aktualisiert|' +
  'korrigiert|unterschrieben|erstattet';

export const poaPatterns: PoaPatternSet = {
  language: 'de',
  vague: [
    r`${AREAS} (?:weiter |deutlich |stark )?(?:zu )?(?:verbessern|optimieren|verstärken|verschärfen)`,
    r`(?:verbessern|optimieren|verstärken|verschärfen) (?:unsere |die |unseren |den )?${AREAS}`,
    r`${STRONGER} ${OVERSIGHT}`,
    r`(?:sorgfältiger|vorsichtiger|aufmerksamer|gewissenhafter|genauer) ` +
      r`(?:zu )?(?:sein|arbeiten|vorgehen|hinschauen|prüfen|werden|hinzuschauen|vorzugehen)`,
    r`(?:sicherstellen|dafür sorgen),? dass (?:dies|das|es|so etwas|dieser fehler|das problem)(?: \p{L}+){0,2} ` +
      r`(?:nicht|nie|niemals) (?:wieder|mehr) (?:vorkommt|passiert|geschieht|auftritt)`,
    r`(?:nicht|nie|niemals) wieder (?:vorkommt|vorkommen|passiert|passieren|geschieht|auftritt)`,
    r`regelmäßig|laufend|ständig|gelegentlich|bei bedarf|von zeit zu zeit|kontinuierlich`,
    r`(?:unser|mein) (?:bestes|möglichstes) (?:tun|geben)`,
    r`(?:nehmen|nehme) (?:dies|das|die sache|diese angelegenheit) (?:sehr |äußerst )?ernst`,
  ],
  specifics: [
    MONTHS,
    WEEKDAYS,
    r`täglich\p{L}*|wöchentlich\p{L}*|monatlich\p{L}*|quartalsweise|jährlich\p{L}*|stündlich\p{L}*`,
    r`jede[nmrs]?|pro|innerhalb|spätestens|bis zum|mindestens|zweimal|einmal`,
    r`zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|zwanzig|dreißig|fünfzig|hundert|prozent`,
    r`\p{L}*${ROLES}\p{L}*|eingestellt|ernannt|benannt`,
    r`\p{L}*(?:software|tabelle|checkliste|vorlage|datenbank|scanner|protokoll|werkzeug|tool|excel|barcode)\p{L}*`,
    r`app|fotos?`,
  ],
  blaming: [
    r`nicht (?:unsere|meine) schuld`,
    r`ohne (?:unser|mein) (?:eigenes )?verschulden`,
    r`${OTHERS_GENITIVE}(?: \p{L}+)? (?:fehler|schuld|versagen)`,
    r`(?:fehler|schuld|versagen) (?:von|seitens|bei) ` +
      r`(?:amazon|dem kunden|dem käufer|der kundin|dem spediteur|der konkurrenz)`,
    r`(?:fehler|schuld|versagen) (?:des|der) (?:spediteurs|versanddienstleisters|paketdienstes|kunden|käufers|käufer` +
      r`|kundin|konkurrenz|wettbewerbers|wettbewerber)`,
    r`${OTHERS}(?: \p{L}+)? (?:hat gelogen|haben gelogen|lügt|lügen|log|logen|betrügt|betrog|hat betrogen)`,
    r`(?:falsche[nr]?|unberechtigte[nr]?|erfundene[nr]?|haltlose[nr]?|unwahre[nr]?) (?:beschwerden|beschwerde` +
      r`|behauptungen|behauptung|anschuldigungen|anschuldigung|vorwürfe|reklamationen|reklamation)`,
    r`(?:wir haben|ich habe) (?:nichts falsch gemacht|keinen fehler gemacht)`,
    r`(?:amazon|ihr system|ihr algorithmus) hat (?:sich )?(?:einen fehler gemacht|falsch entschieden|geirrt|versagt)`,
    // "der Spediteur war schuld", "die Kunden sind verantwortlich"
    r`(?:amazon|der ${OTHERS}|die ${OTHERS}|${OTHERS})(?: \p{L}+){0,2} (?:war|waren|ist|sind|trägt|tragen) ` +
      r`(?:schuld|verantwortlich|die schuld)`,
    // "Amazons Lager hat unsere Ware verloren", "das Amazon-Lager verlor"
    r`(?:amazon|der ${OTHERS}|amazons (?:lager|logistikzentrum|versandzentrum|team|system)|das amazon-lager)` +
      r` (?:verlor|hat (?:\p{L}+ ){0,3}(?:verloren|beschädigt|vertauscht|verschlampt)|beschädigte|vertauschte|verschlampte)`,
    // "Kunden missbrauchen das Rückgaberecht"
    r`(?:kunden|käufer|der kunde|die kunden|die käufer)(?: \p{L}+)? (?:missbrauchen|missbraucht|nutzen (?:\p{L}+ ){0,2}aus|betrügen)`,
  ],
  emotional: [
    r`unfair(?:e[nmrs]?)?|ungerecht(?:fertigt)?(?:e[nmrs]?)?|lächerlich(?:e[nmrs]?)?|skandalös(?:e[nmrs]?)?`,
    r`unverschämt(?:e[nmrs]?)?|absurd(?:e[nmrs]?)?|frechheit|zumutung`,
    r`(?:wir sind|ich bin|wir waren|ich war|wir fühlen uns|ich fühle mich)(?: \p{L}+)? ${FEELINGS}`,
    r`(?:ergibt|macht) keinen sinn|keinen sinn (?:ergibt|macht)`,
  ],
  future: [
    r`wir werden|ich werde|werden wir|werde ich|wir planen|planen wir|wir beabsichtigen|beabsichtigen wir`,
    r`wir wollen|wollen wir|künftig|zukünftig|in zukunft`,
  ],
  done: [
    r`haben|hat|hatten|hatte|habe|wurden|wurde|bereits|schon|inzwischen|mittlerweile|seitdem`,
    r`seit (?:${MONTHS}|dem|\p{N}+)`,
    `(?:${DONE_PARTICIPLES})(?! (?:werden|wird|sollen))`,
    r`wir (?!${SUBJUNCTIVES})\p{L}+ten|(?!${SUBJUNCTIVES})\p{L}+ten wir`,
  ],
  evidenceTerms: [
    r`beigefügt\p{L}*|anbei|anlage\p{L}*|anhang|\p{L}{0,24}(?:rechnung|rechnungen|beleg|belege|quittung|foto|fotos|bild|bilder)\p{L}{0,4}`,
    r`\p{L}{0,24}(?:bericht|protokoll|tabelle|zertifikat|nachweis|vertrag|schreiben|checkliste|vorlage)\p{L}{0,4}`,
    // A plan's forms only: with free endings, Portuguese "implantada" and Spanish "planilla" read as German.
    r`\p{L}{0,24}(?:plan|plans|planes|pläne|plänen)`,
    r`\p{L}{0,24}(?:dokument|dokumentation|e-mail|screenshot|bestätigung|anweisung|verfahren|liste)\p{L}{0,4}`,
    r`sendungsnummern?|bestellnummern?|video\p{L}{0,4}`,
  ],
  issueTerms: [
    r`asins?|skus?|bestellnummer\p{L}*|bestell-id|verspätungsrate|stornierungsrate|stornierungen`,
    r`verspätete[nr]? (?:sendungen|lieferungen|versand)`,
    r`bestellmängelquote|odr|sendungsverfolgung|nachverfolgungsrate|a-bis-z|a-to-z|rückbelastung\p{L}*|chargebacks?`,
    r`negative[sn]? (?:feedback|bewertungen)`,
    r`fälschung\p{L}*|gefälscht\p{L}*|echtheit|markenrecht\p{L}*|markenverletzung\p{L}*|urheberrecht\p{L}*`,
    r`patent\p{L}*|schutzrecht\p{L}*`,
    r`produktsicherheit|sicherheitsbeschwerde\p{L}*|abgelaufen\p{L}*|mindesthaltbarkeit\p{L}*|gebraucht als neu`,
    r`nicht wie beschrieben|zustandsbeschwerde\p{L}*`,
    r`eingeschränkte produkte|verbotene produkte|gefahrgut|bewertungsmanipulation|rechnungen|rechnung`,
    r`kontoauszüge|kontoauszug|identität|verifizierung|zahlungsmethode`,
  ],
};
