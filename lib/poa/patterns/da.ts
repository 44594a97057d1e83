import { oneOf, type PoaPatternSet } from './types';

const r = String.raw;

const MONTHS = 'januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december';
const WEEKDAYS = '(?:mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag)(?:e|en)?';
const MODAL_BLIVE = '(?<!(?:vil|skal|kan|bør|må) (?:blive )?)';
const AREAS = oneOf(
  'kvalitetskontrol(?:len)?',
  'kvalitet(?:en)?',
  'processer(?:ne)?',
  'proces(?:sen)?',
  'procedurer(?:ne)?',
  'rutiner(?:ne)?',
  'overvågning(?:en)?',
  'kontrol(?:len)?',
  'kundeservice(?:n)?',
  'kommunikation(?:en)?',
);
const OTHERS_POSSESSIVE = oneOf(
  'amazons?',
  'jeres',
  'kundens',
  'køberens',
  'kundernes',
  'købernes',
  'fragtfirmaets',
  'transportørens',
  'konkurrentens',
  'konkurrenternes',
);
const OTHERS = oneOf(
  'kunden',
  'kunder',
  'kunderne',
  'køberen',
  'købere',
  'køberne',
  'konkurrenten',
  'konkurrenter',
  'konkurrenterne',
  'fragtfirmaet',
  'transportøren',
);
const FEELINGS = oneOf(
  'vrede',
  'vred',
  'frustrerede',
  'frustreret',
  'rasende',
  'chokerede',
  'chokeret',
  'skuffede',
  'skuffet',
  'oprørte',
  'oprørt',
  'forargede',
  'forarget',
);
const DONE_PARTICIPLES =
  'gennemført|afsluttet|indført|implementeret|installeret|oplært|fjernet|erstattet|refunderet|opdateret|slettet|' +
  'rettet|underskrevet';

export const poaPatterns: PoaPatternSet = {
  language: 'da',
  vague: [
    r`forbedre (?:vores |vor |min |den |de )?${AREAS}`,
    r`(?:bedre|tættere|strengere|skarpere|øget|mere|forbedret) ` +
      r`(?:overvågning|kontrol|kontroller|kvalitetskontrol|opfølgning|opmærksomhed|tilsyn)`,
    r`være (?:mere|ekstra) (?:omhyggelige?|forsigtige?|opmærksomme?|grundige?|påpasselige?)`,
    r`holde (?:bedre|nøjere|skarpere|tættere) øje`,
    r`(?:sikre|sørge for)(?: os)?,? at (?:det|dette|problemet|fejlen)(?: \p{L}+)? ` +
      r`(?:ikke|aldrig) (?:sker|gentager sig|opstår)(?: igen)?`,
    r`(?:ikke|aldrig) (?:sker|gentager sig) igen`,
    r`regelmæssigt|løbende|jævnligt|fra tid til anden|efter behov|konstant`,
    r`gøre (?:vores|vort|mit) bedste`,
    r`tage (?:det|dette|sagen|problemet) (?:meget |yderst )?alvorligt`,
    r`stramme op|skærpe (?:vores )?(?:kontrol(?:len)?|procedurer(?:ne)?|rutiner(?:ne)?)`,
  ],
  specifics: [
    MONTHS,
    WEEKDAYS,
    r`dagligt?|ugentligt?|månedligt?|kvartalsvis|årligt?|hver|hvert|pr\.|per|inden for|senest|gang om|gange om`,
    r`mindst`,
    r`to|tre|fire|fem|seks|syv|otte|ni|ti|tyve|tredive|halvtreds|hundrede|procent`,
    r`\p{L}*(?:ansvarlig|chef|inspektør|revisor|konsulent|koordinator|direktør|indehaver|specialist)\p{L}*`,
    r`\p{L}*(?:lagerleder|kvalitetsleder)\p{L}*|ansat|ansatte|udpeget|udnævnt`,
    r`\p{L}*(?:tjekliste|regneark|skabelon|software|program|database|logbog|scanner|stregkode|excel|app)\p{L}*`,
    r`fotos?|billeder`,
  ],
  blaming: [
    r`ikke (?:vores|min|vor) skyld`,
    r`${OTHERS_POSSESSIVE}(?: \p{L}+)? (?:fejl|skyld)`,
    r`${OTHERS}(?: \p{L}+)? (?:løj|lyver|har løjet|snød|snyder|har snydt|svindlede|misbrugte)`,
    r`(?:falske|urigtige|opdigtede|grundløse) (?:klager|klage|anmeldelser|krav|påstande|beskyldninger)`,
    r`(?:vi|jeg) (?:har ikke gjort noget|har intet gjort|gjorde intet|gjorde ikke noget) forkert`,
    r`(?:give|giver|gav) (?:amazon|kunden|køberen|kunderne|fragtfirmaet|transportøren) skylden`,
    // "fragtfirmaet havde skylden", "det var transportørens skyld" is above
    r`(?:amazon|${OTHERS})(?: \p{L}+){0,2} (?:havde|har|bærer|bar) (?:skylden|ansvaret)`,
    // "Amazons lager mistede vores varer"
    r`(?:amazon|${OTHERS}|amazons (?:lager|lagre|varehus|logistikcenter|team|system))` +
      r` (?:mistede|har mistet|tabte|beskadigede|har beskadiget|ødelagde|forbyttede|rodede med)`,
    // "kunderne misbruger returretten"
    r`(?:kunder|kunderne|købere|køberne|kunden|køberen)(?: \p{L}+)? (?:misbruger|udnytter|snyder med|svindler med)`,
  ],
  emotional: [
    r`uretfærdig(?:t|e)?|urimelig(?:t|e)?|latterlig(?:t|e)?|skandaløs(?:t|e)?|absurd(?:t|e)?|tåbelig(?:t|e)?`,
    r`hul i hovedet|giver ingen mening`,
    r`(?:vi er|jeg er|vi var|jeg var|vi føler os|jeg føler mig)(?: \p{L}+)? ${FEELINGS}`,
  ],
  future: [r`vil|skal|kommer til at|planlægger|agter at|fremover|fremadrettet|i fremtiden|fra nu af`],
  done: [
    r`(?:har|havde)(?: \p{L}+)? (?!(?:et|det|at|mit|sit|vort|noget|intet|meget|godt|ikke)(?![\p{L}\p{N}]))\p{L}+t`,
    r`(?:blev|er blevet|var blevet)(?: \p{L}+)? \p{L}+t`,
    r`(?:vi|jeg)(?: (?!vil|skal|kan|må|bør)\p{L}+)? \p{L}+(?:ede|te)|\p{L}+(?:ede|te) (?:vi|jeg)`,
    r`(?:vi|jeg) (?:tog|gav|skrev|fik|satte|gjorde)|(?:tog|gav|skrev|fik|satte|gjorde) (?:vi|jeg)`,
    r`allerede|siden (?:${MONTHS}|\p{N}+)|fra og med|er nu|nu i brug|er på plads|trådte i kraft|med virkning fra`,
    `${MODAL_BLIVE}(?:${DONE_PARTICIPLES})`,
  ],
  evidenceTerms: [
    r`vedlagt\p{L}*|vedlæg\p{L}*|bilag\p{L}*|\p{L}{0,24}(?:faktura|fakturaer|kvittering|foto|fotos|billede|billeder)\p{L}{0,6}`,
    r`\p{L}{0,24}(?:rapport|log|logs|regneark|certifikat|bevis|aftale|kontrakt|brev|tjekliste|skabelon|vagtplan)\p{L}{0,6}`,
    r`\p{L}{0,24}(?:dokument|dokumentation|mail|e-mail|skærmbillede|skærmbilleder|bekræftelse|procedure|vejledning)\p{L}{0,6}`,
    r`sporingsnumre|sporingsnummer|ordrenumre|ordrenummer|video\p{L}{0,4}`,
  ],
  issueTerms: [
    r`asin(?:er|'er)?|sku(?:er)?|ordrenumre|ordrenummer|ordre-id(?:'er)?|annulleringsrate|annulleringer(?:ne)?`,
    r`sene forsendelser(?:ne)?|forsinkede forsendelser(?:ne)?`,
    r`ordredefektrate|odr|sporing(?:srate)?|a-to-z|a-til-z|chargebacks?|negativ feedback|negative anmeldelser`,
    r`forfalsk\p{L}*|falske varer|ægthed|varemærke\p{L}*|ophavsret|patent\p{L}*|krænkelse\p{L}*`,
    r`produktsikkerhed|sikkerhedsklage\p{L}*|udløbne?|udløbsdato\p{L}*|brugt solgt som ny|ikke som beskrevet`,
    r`tilstandsklage\p{L}*`,
    r`begrænsede produkter|forbudte produkter|farligt gods|anmeldelsesmanipulation|fakturaer|faktura|kontoudtog`,
    r`identitet|verifikation|betalingsmetode`,
  ],
};
