import { oneOf, type PoaPatternSet } from './types';

const r = String.raw;

const MONTHS = 'januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december';
const WEEKDAYS = '(?:måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag)(?:ar|en)?';
const AREAS = oneOf(
  'kvalitetskontroll(?:en)?',
  'kvalitet(?:en)?',
  'processer(?:na)?',
  'process(?:en)?',
  'rutiner(?:na)?',
  'övervakning(?:en)?',
  'kontroll(?:en|er|erna)?',
  'kundservice(?:n)?',
  'kommunikation(?:en)?',
);
const OTHERS_POSSESSIVE = oneOf(
  'amazons?',
  'era',
  'ert',
  'kundens',
  'köparens',
  'kundernas',
  'köparnas',
  'transportörens',
  'fraktbolagets',
  'konkurrentens',
  'konkurrenternas',
);
const OTHERS = oneOf(
  'kunden',
  'kunder',
  'kunderna',
  'köparen',
  'köpare',
  'köparna',
  'konkurrenten',
  'konkurrenter',
  'konkurrenterna',
  'transportören',
  'fraktbolaget',
);
const FEELINGS = oneOf(
  'arga',
  'arg',
  'frustrerade',
  'frustrerad',
  'rasande',
  'chockade',
  'chockad',
  'besvikna',
  'besviken',
  'upprörda',
  'upprörd',
);
// Modal verbs, "not" and "should" end like past tense forms but are not.
const NOT_PAST = r`(?!(?:måste|inte|borde)(?![\p{L}]))`;
const IRREGULAR_PAST = 'tog|gav|skrev|fick|satte|gjorde|började|bytte|sålde';
const DONE_SUPINES =
  'genomfört|infört|avslutat|slutfört|installerat|utbildat|tagit bort|ersatt|återbetalat|uppdaterat|rättat|' +
  'undertecknat';

export const poaPatterns: PoaPatternSet = {
  language: 'sv',
  vague: [
    r`förbättra (?:vår |våra |vårt |den |de )?${AREAS}`,
    r`(?:bättre|närmare|striktare|strängare|skarpare|ökad|mer|mera|förbättrad) ` +
      r`(?:övervakning|kontroll|kontroller|kvalitetskontroll|uppföljning|uppmärksamhet|tillsyn|rutiner)`,
    r`vara (?:mer|mera|extra) (?:försiktiga?|noggrann(?:a)?|uppmärksamma?|vaksamma?)`,
    r`hålla (?:bättre|närmare|skarpare) (?:koll|uppsikt|ögonen)`,
    r`(?:se till|säkerställa|säkra)(?: att)? (?:det|detta|problemet|felet)(?: \p{L}+)? ` +
      r`(?:inte|aldrig) (?:händer|sker|upprepas|inträffar)(?: igen)?`,
    r`(?:inte|aldrig) (?:händer|sker|upprepas) igen`,
    r`regelbundet|löpande|fortlöpande|då och då|vid behov|kontinuerligt|ständigt`,
    r`göra (?:vårt|mitt) bästa`,
    r`ta (?:det|detta|saken|problemet) på (?:\p{L}+ )?allvar`,
    r`skärpa (?:våra |vår |vårt )?(?:rutiner(?:na)?|kontroller(?:na)?|processer(?:na)?|kvalitetskontroll(?:en)?)`,
  ],
  specifics: [
    MONTHS,
    WEEKDAYS,
    r`dagligen|daglig|dagliga|varje|varannan|veckovis|månadsvis|kvartalsvis|årligen|per|inom|senast|minst`,
    r`gång(?:er)? (?:i|per|om)`,
    r`två|tre|fyra|fem|sex|sju|åtta|nio|tio|tjugo|trettio|femtio|hundra|procent`,
    r`\p{L}*(?:ansvarig|chef|inspektör|revisor|konsult|samordnare|koordinator|direktör|ägare|specialist)\p{L}*`,
    r`anställt|utsedd|utsett|utnämnd`,
    r`\p{L}*(?:checklist|kalkylblad|mall|programvara|mjukvara|databas|loggbok|skanner|streckkod|excel|app)\p{L}*`,
    r`foton?|bilder`,
  ],
  blaming: [
    r`inte (?:vårt|mitt) fel`,
    r`${OTHERS_POSSESSIVE}(?: \p{L}+)? (?:fel|misstag|skuld)`,
    r`${OTHERS}(?: \p{L}+)? (?:ljög|ljuger|har ljugit|lurade|lurar|fuskade|fuskar|bedrog|missbrukade)`,
    r`(?:falska|osanna|påhittade|grundlösa|ogrundade) (?:klagomål|anmälningar|krav|påståenden|anklagelser)`,
    r`(?:vi|jag) (?:har inte gjort något|har inget gjort|gjorde inget|gjorde inte något) fel`,
    r`(?:skyller|skyllde|skylla) på (?:amazon|kunden|köparen|kunderna|transportören|konkurrenter\p{L}*)`,
    // "transportören bar skulden", "det var kundernas ansvar" is above
    r`(?:amazon|${OTHERS})(?: \p{L}+){0,2} (?:bar|bär|har) (?:skulden|ansvaret)`,
    // "Amazons lager tappade bort våra varor"
    r`(?:amazon|${OTHERS}|amazons (?:lager|lagret|logistikcenter|team|system))` +
      r` (?:tappade bort|tappade|förlorade|har förlorat|skadade|har skadat|förstörde|blandade ihop|slarvade bort)`,
    // "kunderna missbrukar returrätten"
    r`(?:kunder|kunderna|köpare|köparna|kunden|köparen)(?: \p{L}+)? (?:missbrukar|utnyttjar|fuskar med|lurar oss)`,
  ],
  emotional: [
    r`orättvis(?:t|a)?|orimlig(?:t|a)?|löjlig(?:t|a)?|skandalös(?:t|a)?|absurd(?:t|a)?|befängd(?:a)?|befängt`,
    r`upprörande|saknar (?:all )?logik`,
    r`(?:vi är|jag är|vi var|jag var|vi känner oss|jag känner mig)(?: \p{L}+)? ${FEELINGS}`,
  ],
  future: [r`kommer (?:vi |jag )?att|ska|skall|planerar|avser att|framöver|i framtiden|från och med nu|hädanefter`],
  done: [
    r`(?:har|hade)(?: \p{L}+)? (?!(?:det|att|ett|inget|något|mycket|allt|inte)(?![\p{L}\p{N}]))\p{L}+(?:at|it|tt|t)`,
    // s-passive supine ("har genomförts"); "plats" only looks like one.
    r`(?!plats(?![\p{L}]))\p{L}+(?:ats|its|tts)|(?:blev|har blivit|har varit) \p{L}+`,
    r`(?:vi|jag)(?: (?!ska|skall|kan|måste|bör|kommer)\p{L}+)? ${NOT_PAST}\p{L}+(?:ade|de|te|dde)`,
    r`${NOT_PAST}\p{L}+(?:ade|de|te|dde) (?:vi|jag)`,
    r`(?:vi|jag) (?:${IRREGULAR_PAST})|(?:${IRREGULAR_PAST}) (?:vi|jag)`,
    r`redan|sedan (?:${MONTHS}|\p{N}+)|från och med (?:${MONTHS}|\p{N}+)|är nu|är på plats|nu i bruk|trädde i kraft`,
    `(?<!(?:ska|kommer att|kan) (?:ha |vara )?)(?:${DONE_SUPINES})`,
  ],
  evidenceTerms: [
    r`bifoga\p{L}*|bilag\p{L}*|\p{L}{0,24}(?:faktura|fakturor|kvitto|kvitton|foto|foton|bild|bilder|skärmbild)\p{L}{0,6}`,
    r`\p{L}{0,24}(?:rapport|logg|kalkylblad|certifikat|intyg|avtal|kontrakt|brev|checklista|mall|schema)\p{L}{0,6}`,
    r`\p{L}{0,24}(?:dokument|dokumentation|mejl|e-post|bekräftelse|rutin|instruktion|bevis)\p{L}{0,6}`,
    r`spårningsnummer|ordernummer|video\p{L}{0,4}`,
  ],
  issueTerms: [
    r`asin|sku|ordernummer|order-id|avbokningsgrad|avbokningar(?:na)?|annulleringar(?:na)?`,
    r`sena leveranser(?:na)?|försenade leveranser(?:na)?`,
    r`orderdefektfrekvens|odr|spårning(?:sgrad)?|a-to-z|a-till-z|chargebacks?|negativ feedback|negativa omdömen`,
    r`förfalsk\p{L}*|piratkopi\p{L}*|äkthet|varumärke\p{L}*|upphovsrätt|patent\p{L}*|intrång\p{L}*`,
    r`produktsäkerhet|säkerhetsklagomål|utgång\p{L}*|utgångna|bäst före|begagnad såld som ny|inte som beskriven`,
    r`skickklagomål`,
    r`begränsade produkter|förbjudna produkter|farligt gods|recensionsmanipulation|fakturor|faktura|kontoutdrag`,
    r`identitet|verifiering|betalningssätt`,
  ],
};
