import { oneOf, type PoaPatternSet } from './types';

const r = String.raw;

const MONTHS = 'januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december';
const WEEKDAYS = '(?:maan|dins|woens|donder|vrij|zater|zon)dag(?:en|s)?';
const OUR = '(?:onze |ons |mijn |de |het |alle )?';
const AREAS = oneOf(
  'kwaliteitscontroles?',
  'kwaliteitsbewaking',
  'kwaliteit',
  'processen',
  'proces',
  'procedures?',
  'werkwijzen?',
  'controles?',
  'monitoring',
  'toezicht',
  'communicatie',
  'klantenservice',
  'bedrijfsvoering',
  'standaarden',
  'normen',
);
const IMPROVE = oneOf(
  'verbeteren',
  'optimaliseren',
  'aanscherpen',
  'aan te scherpen',
  'verscherpen',
  'versterken',
  'verstrengen',
  'verbeterd',
  'geoptimaliseerd',
  'aangescherpt',
);
const OVERSIGHT = oneOf(
  'controles?',
  'kwaliteitscontroles?',
  'toezicht',
  'bewaking',
  'aandacht',
  'zorg',
  'zorgvuldigheid',
  'opvolging',
);
const MORE_CAREFUL = oneOf(
  'beter',
  'zorgvuldiger',
  'voorzichtiger',
  'nauwkeuriger',
  'nauwlettender',
  'alerter',
  'oplettender',
  'strenger',
  'scherper',
  'kritischer',
  'secuurder',
  'preciezer',
  'strakker',
);
// Buyers, carriers and competitors, with or without the article.
const OTHERS = r`(?:de )?(?:klanten?|kopers?|consumenten|concurrent(?:en|ie)?|vervoerders?|transporteurs?|pakketdienst(?:en)?|bezorgers?|koeriers?|postbode)`;
const OTHERS_BY_NAME = 'postnl|dhl|dpd|gls|ups|bpost';
const ONE_OTHER = '(?:de )?(?:klant|koper|concurrent|vervoerder|transporteur|pakketdienst|bezorger|koerier|postbode)';
// The end of a clause: punctuation, the end of the text, a conjunction or a trailing auxiliary.
const CLAUSE_END = r`(?=[.,;:!?)\n]|$| (?:en|maar|omdat|waardoor|toen|zodat|heeft|hebben|is|zijn|had|hadden|was|waren)(?![\p{L}]))`;
const FEELINGS = oneOf(
  'boos',
  'woedend',
  'kwaad',
  'razend',
  'gefrustreerd',
  'geschokt',
  'verontwaardigd',
  'teleurgesteld',
  'ontsteld',
  'ontdaan',
  'verbijsterd',
  'overstuur',
  'witheet',
  'gekwetst',
);
// Participles that say a change is in place. Infinitives that look the same ("vervangen") are left out.
const DONE_PARTICIPLES =
  'ingevoerd|geïmplementeerd|geimplementeerd|doorgevoerd|afgerond|voltooid|uitgevoerd|geïnstalleerd|geinstalleerd|' +
  'getraind|opgeleid|verwijderd|terugbetaald|bijgewerkt|geüpdatet|geupdatet|aangepast|gecorrigeerd|hersteld|ondertekend|' +
  'beëindigd|toegevoegd|aangesteld|aangenomen|ingesteld|opgezet|ingericht|aangescherpt|gestart|opgesteld|aangeschaft|' +
  'gewijzigd|opgelost|stopgezet|in gebruik genomen';
// Not done when a modal, "zal" or "worden" comes first ("zal worden ingevoerd", "moet ingesteld worden").
const NOT_MODAL = '(?<!(?:zal|zullen|zult|moet|moeten|kan|kunnen|gaat|gaan|wordt|worden) (?:worden |zijn )?)';
// Simple past plural ("we voerden … in", "hadden we"): listed, since many present forms also end in -den/-ten.
const PAST_PLURAL =
  'hadden|waren|werden|namen|voerden|stelden|startten|begonnen|controleerden|verwijderden|vervingen|trainden|schreven|' +
  'kochten|installeerden|pasten|richtten|maakten|zochten|stuurden|verstuurden|boden|belden|schakelden|wijzigden|' +
  'introduceerden|implementeerden|annuleerden|herstelden|losten|deden|legden|spraken|beëindigden|vernieuwden|' +
  'verbeterden|scherpten|huurden|testten|analyseerden|onderzochten|ontdekten|stopten|blokkeerden|corrigeerden|' +
  'voegden|gaven|besloten|zorgden|kregen|brachten';
// Present forms that end like a past plural after "wij": modal, auxiliary and everyday verbs.
const NOT_PAST = oneOf(
  'moeten',
  'worden',
  'zouden',
  'wachten',
  'verwachten',
  'achten',
  'letten',
  'vinden',
  'bieden',
  'aanbieden',
  'houden',
  'behouden',
  'melden',
  'zenden',
  'verzenden',
  'laten',
  'weten',
  'testen',
  'starten',
  'leiden',
  'besteden',
  'uitbesteden',
  'vermijden',
  'richten',
  'antwoorden',
  'beantwoorden',
  'sluiten',
  'besluiten',
  'zitten',
  'praten',
  'meten',
);

export const poaPatterns: PoaPatternSet = {
  language: 'nl',
  vague: [
    // "onze processen verbeteren", "de kwaliteitscontrole verder aanscherpen"
    r`${OUR}${AREAS} (?:verder |flink |sterk |aanzienlijk |drastisch |structureel )?(?:te )?${IMPROVE}`,
    // "wij verbeteren onze processen", "verbetering van de kwaliteitscontrole"
    r`(?:verbeteren|optimaliseren|aanscherpen|verscherpen|versterken|verbetering van|optimalisatie van|aanscherping van)` +
      r` (?:van |we |wij )?${OUR}${AREAS}`,
    r`scherpen (?:we |wij )?${OUR}${AREAS} aan`,
    // "betere controles", "meer aandacht", "extra zorg"
    r`(?:betere|strengere|strakkere|scherpere|nauwkeurigere|intensievere|verbeterde|verscherpte|grondigere|extra|meer) ` +
      OVERSIGHT,
    // "zorgvuldiger werken", "beter opletten", "strenger te controleren"
    r`${MORE_CAREFUL} (?:gaan |te )?(?:opletten|op te letten|letten|werken|te werk gaan|te werk te gaan|zijn|controleren` +
      r`|kijken|toezien|nakijken|handelen|bewaken|organiseren|regelen)`,
    r`(?:beter|nauwlettender|scherper|goed) in de gaten (?:houden|te houden|gehouden)`,
    // "ervoor zorgen dat dit nooit meer gebeurt", "garanderen dat het probleem in de toekomst niet meer voorkomt"
    r`(?:zorgen|garanderen|waarborgen|verzekeren)(?: ervoor| er voor)? dat (?:dit|dat|het|zoiets|deze fout|dit probleem` +
      r`|het probleem|deze fouten|dergelijke fouten|dergelijke problemen)(?: \p{L}+){0,3} (?:niet|nooit) ` +
      r`(?:meer|opnieuw|nogmaals|weer)(?: \p{L}+)? (?:gebeurt|gebeuren|voorkomt|voorkomen|voorvalt|plaatsvindt|optreedt)`,
    r`(?:niet|nooit) (?:meer|opnieuw|weer|nogmaals) (?:zal |zullen )?(?:gebeurt|gebeuren|voorkomt|voorvalt|plaatsvindt|optreedt)`,
    r`regelmatig|regelmatige|periodiek|periodieke|voortdurend|voortdurende|doorlopend|doorlopende|steeds beter`,
    r`van tijd tot tijd|af en toe|zo nodig|indien nodig|waar nodig|wanneer nodig|nauwlettend|vaker`,
    r`(?:ons|mijn) (?:uiterste )?best (?:doen|te doen)|(?:doen|doe) (?:ons|mijn) (?:uiterste )?best`,
    r`harder (?:werken|proberen|ons best doen)`,
    // "wij nemen dit zeer serieus", "deze zaak uiterst serieus nemen"
    r`(?:nemen|neem)(?: we| wij| ik)? (?:dit|dat|het|deze zaak|de zaak|deze kwestie|dit probleem)` +
      r`(?: zeer| uiterst| heel| bijzonder| buitengewoon)? serieus`,
    r`(?:dit|dat|deze zaak|de zaak|deze kwestie|dit probleem|het probleem)(?: zeer| uiterst| heel| bijzonder| buitengewoon)?` +
      r` serieus (?:nemen|genomen)`,
  ],
  specifics: [
    MONTHS,
    WEEKDAYS,
    r`dagelijkse?|wekelijkse?|maandelijkse?|driemaandelijkse?|jaarlijkse?|per kwartaal|elk uur|ieder uur`,
    r`elke|elk|iedere|ieder|per|tweemaal|driemaal|eenmaal|keer per|maal per|uiterlijk|minstens|ten minste|tenminste`,
    r`op zijn laatst|voor het einde van|binnen (?:een|één|twee|drie|vier|vijf|zes|zeven|tien|\p{N}+) \p{L}+`,
    r`twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|twintig|dertig|veertig|vijftig|honderd|duizend|procent`,
    r`\p{L}{0,20}(?:manager|medewerker|medewerkster|verantwoordelijke|controleur|inspecteur|specialist|supervisor` +
      r`|coördinator|coordinator|teamleider|leidinggevende|directeur|eigenaar|bedrijfsleider|magazijnchef|ploegleider` +
      r`|auditor|boekhouder|accountant|adviseur|consultant|functionaris)\p{L}{0,3}`,
    r`aangenomen|aangesteld|benoemd|toegewezen|in dienst genomen`,
    r`\p{L}{0,20}(?:software|spreadsheet|checklist|checklijst|sjabloon|sjablonen|template|database|databank|scanner` +
      r`|barcode|streepjescode|camera|logboek|systeem|tool|excel)\p{L}{0,3}`,
    r`app|apps|erp|crm|wms|sop|foto's|fotos|foto|werkinstructie\p{L}{0,2}|protocol\p{L}{0,2}|standaardwerkwijze`,
  ],
  blaming: [
    r`niet (?:onze|mijn) (?:schuld|fout)|buiten (?:onze|mijn) schuld`,
    r`(?:ons|mij) treft geen (?:blaam|schuld)|(?:wij|we|ik) (?:hebben|heb) niets (?:verkeerd|fout) gedaan`,
    r`amazon'?s (?:fout|vergissing|schuld)`,
    // "de fout van Amazon", "de schuld ligt bij de vervoerder"
    r`(?:fout|fouten|schuld|vergissing) (?:van|bij|ligt bij|ligt volledig bij|lag bij) ` +
      r`(?:amazon|${OTHERS}|${OTHERS_BY_NAME}|uw (?:systeem|team|algoritme|medewerkers?))`,
    r`ligt (?:de schuld|de fout) (?:volledig |helemaal |duidelijk )?bij (?:amazon|${OTHERS}|${OTHERS_BY_NAME})`,
    r`(?:de )?schuld (?:geven aan|gaf aan|geven wij aan|geven we aan) (?:amazon|${OTHERS})`,
    // "de klant heeft gelogen", "concurrenten saboteren ons"
    r`${OTHERS}(?: \p{L}+)? (?:heeft gelogen|hebben gelogen|liegt|liegen|loog|logen|bedriegt|bedriegen|bedroog|bedrogen` +
      r`|saboteert|saboteren|saboteerde|saboteerden|heeft ons opgelicht|hebben ons opgelicht|lichten ons op)`,
    r`(?:valse|onterechte|onware|verzonnen|ongegronde|frauduleuze|kwaadwillige|vervalste|nep)` +
      r` (?:klachten|klacht|claims?|meldingen|melding|beschuldigingen|beschuldiging|beweringen|bewering|reviews|recensies)`,
    // "Amazon heeft een fout gemaakt", "uw systeem vergist zich"
    r`(?:amazon|uw systeem|uw algoritme|uw team|het systeem van amazon) (?:heeft een fout gemaakt|maakte een fout` +
      r`|vergist zich|vergiste zich|heeft zich vergist|zit fout|zat fout|heeft het mis|had het mis|faalde|heeft gefaald)`,
    // "de vervoerder is verantwoordelijk", "Amazon was schuldig"
    r`(?:amazon|${OTHERS}|${OTHERS_BY_NAME})(?: \p{L}+){0,2} (?:is|zijn|was|waren) ` +
      r`(?:verantwoordelijk|schuldig|de schuldige|de schuldigen|aansprakelijk)`,
    // "omdat de vervoerder verantwoordelijk was"
    r`(?:amazon|${OTHERS}|${OTHERS_BY_NAME})(?: \p{L}+){0,2} (?:verantwoordelijk|schuldig|aansprakelijk) (?:is|zijn|was|waren)`,
    // "het magazijn van Amazon is onze voorraad kwijtgeraakt", "omdat de vervoerder de dozen beschadigd heeft".
    // The participle must end the clause: in "kopers hebben een beschadigd product ontvangen" it is an adjective.
    r`(?:amazon|amazons? (?:magazijn|fulfillmentcentrum|distributiecentrum|team|systeem)|${OTHERS}|${OTHERS_BY_NAME})` +
      r`(?: \p{L}+){0,4} (?:kwijtgeraakt|kwijt geraakt|zoekgeraakt|zoekgemaakt|beschadigd|verwisseld|verkeerd gelabeld` +
      r`|kapotgemaakt)${CLAUSE_END}`,
    // "de vervoerder beschadigde de pakketten": singular subjects only, since "kopers beschadigde artikelen" is an adjective.
    r`(?:amazon|${ONE_OTHER}|${OTHERS_BY_NAME}) (?:verloor|beschadigde|verwisselde|raakte (?:[\p{L}\p{N}]+ ){0,3}kwijt)`,
    r`(?:de )?(?:vervoerders|transporteurs|pakketdiensten|bezorgers|koeriers|concurrenten) (?:beschadigden|verwisselden)`,
    // "klanten misbruiken het retourbeleid"
    r`(?:de )?(?:klanten?|kopers?)(?: \p{L}+)? (?:misbruiken|misbruikt|misbruikte|misbruikten|maken misbruik|maakten misbruik` +
      r`|frauderen|fraudeerden|hebben misbruik gemaakt|maken er misbruik van)`,
  ],
  emotional: [
    r`oneerlijk\p{L}{0,2}|onrechtvaardig\p{L}{0,2}|belachelijk\p{L}{0,2}|schandalig\p{L}{0,2}|schandelijk\p{L}{0,2}`,
    r`absurd\p{L}{0,2}|bespottelijk\p{L}{0,2}|waanzinnig\p{L}{0,2}|te gek voor woorden|van de gekke|een aanfluiting`,
    r`(?:ik ben|wij zijn|we zijn|ik was|wij waren|we waren|ik voel me|ik voel mij|wij voelen ons|we voelen ons)` +
      r`(?: \p{L}+)? ${FEELINGS}`,
    r`slaat (?:nergens|helemaal nergens|kant noch wal) op`,
    r`(?:dit|dat|het) is (?:een grap|onzin|een schande|waanzin|een farce)`,
  ],
  future: [
    r`zullen|zal|zult|gaan we|gaan wij|we gaan|wij gaan|ik ga|ga ik|zijn van plan|ben van plan|van plan om|plannen om`,
    r`voornemens|nemen ons voor|neem me voor|willen we|willen wij|we willen|wij willen|streven ernaar|streven we|we streven`,
    r`in de toekomst|voortaan|vanaf nu|vanaf heden|in het vervolg|binnenkort|op termijn|de komende (?:dagen|weken|maanden)`,
  ],
  done: [
    r`hebben|heeft|hebt|heb|hadden`,
    r`reeds|inmiddels|intussen|sinds|sindsdien|momenteel|op dit moment|per direct|met onmiddellijke ingang|met ingang van`,
    r`is nu|zijn nu|is van kracht|zijn van kracht|in werking getreden|is in werking|zijn in werking|is in gebruik|zijn in gebruik`,
    r`wordt nu|worden nu`,
    `${NOT_MODAL}(?:${DONE_PARTICIPLES})(?! (?:worden|wordt|zal|zullen|moet|moeten))`,
    // Passive perfect and past: "het team is gevraagd", "zijn opgevolgd", "werden geïnformeerd"; not "zal zijn
    // gecontroleerd", and not "is gepland" (scheduled is not done).
    r`(?<!(?:zal|zullen|zult|moet|moeten|kan|kunnen|gaat|gaan) )(?:is|zijn|werd|werden) (?!\p{L}{0,6}gepland)` +
      r`\p{L}{0,6}ge\p{L}{2,20}[dt]`,
    r`(?:we|wij|ik) (?:${PAST_PLURAL})|(?:${PAST_PLURAL}) (?:we|wij)`,
    r`wij (?!${NOT_PAST}(?![\p{L}]))\p{L}{2,}(?:den|ten)`,
    r`ik \p{L}{2,}(?:de|te)|\p{L}{2,}(?:de|te) ik`,
  ],
  issueTerms: [
    r`asins?|asin's|skus?|sku's|bestelnummers?|bestel-id's?|bestelling-id's?|order-id's?|ordernummers?`,
    r`late verzending\p{L}{0,2}|te laat verzonden|vertraagde verzending\p{L}{0,2}|annuleringspercentage|annuleringen`,
    r`geannuleerde bestellingen|annulering\p{L}{0,2} vóór verzending|annulering\p{L}{0,2} voor verzending`,
    // Stock out of step between channels: "synchroniseerde de voorraad", "niet op voorraad", "uitverkocht".
    r`(?:ge)?synchronis\p{L}{0,8}|voorraadsynchronisatie|voorraadkoppeling\p{L}{0,2}|voorraadtekort\p{L}{0,2}`,
    r`niet (?:meer )?op voorraad|uitverkocht\p{L}?|oververkocht\p{L}?|overselling`,
    r`orderdefectpercentage|odr|geldige tracking|tracking|track (?:&|and|en) trace|a-tot-z\p{L}{0,10}|a-to-z`,
    r`terugboeking\p{L}{0,2}|chargebacks?|negatieve feedback|negatieve beoordelingen|feedbackscore|slechte recensies`,
    r`namaak|nagemaakt\p{L}?|vervalst\p{L}?|vervalsing\p{L}{0,2}|echtheid|authenticiteit|niet authentiek\p{L}?`,
    r`merk(?:en)?recht\p{L}{0,2}|merkinbreuk\p{L}{0,2}|handelsmerk\p{L}{0,2}|auteursrecht\p{L}{0,2}|octrooi\p{L}{0,2}`,
    // Who owns the mark and what was used: "de merknaam", "merkhouder", "rechthebbende", "zonder toestemming".
    r`merknaam|merknamen|merkhouders?|merkeigena(?:ar|ren)|merkenregister|beeldmerk\p{L}{0,2}|woordmerk\p{L}{0,2}`,
    r`rechthebbenden?|licentiehouders?|zonder (?:schriftelijke |voorafgaande )?(?:toestemming|licentie|autorisatie)`,
    r`patent\p{L}{0,2}|intellectueel eigendom|inbreuk\p{L}{0,2}`,
    r`productveiligheid|veiligheidsklacht\p{L}{0,2}|verlopen|vervaldatum\p{L}{0,2}|houdbaarheidsdatum\p{L}{0,2}|tht`,
    r`gebruikt verkocht als nieuw|als nieuw verkocht|niet zoals beschreven|niet conform (?:de )?beschrijving`,
    r`klacht\p{L}{0,2} over de staat|staat van het product`,
    r`beperkte producten|verboden producten|gevaarlijke stoffen|gevaarlijke goederen|reviewmanipulatie|recensiemanipulatie`,
    r`manipulatie van (?:reviews|recensies|beoordelingen)|gekochte recensies|facturen|factuur|bankafschrift\p{L}{0,2}`,
    r`identiteit|verificatie|betaalmethode|betalingsmethode|creditcard|transportschade|retourpercentage`,
    r`beschadigde (?:producten|artikelen|pakketten|zendingen|goederen)|breuk`,
  ],
  evidenceTerms: [
    r`bijgevoegd\p{L}{0,2}|bijlage\p{L}{0,2}|bijvoegen|bijgesloten|meegestuurd|brieven|attesten`,
    // Compounds only: a bare "brief", "attest" or "bewijs" names no document (and "brief" is also English).
    r`\p{L}{1,24}(?:brief|attest|bewijs|bewijzen)`,
    r`\p{L}{0,24}(?:factuur|facturen|kassabon|kassabonnen|ontvangstbewijs|ontvangstbewijzen|foto|foto's|fotos` +
      r`|afbeelding|afbeeldingen|schermafbeelding|schermafbeeldingen|screenshot|screenshots)`,
    r`\p{L}{0,24}(?:rapport|rapporten|verslag|verslagen|logboek|logboeken|overzicht|overzichten|spreadsheet|spreadsheets` +
      r`|certificaat|certificaten|contract|contracten|overeenkomst|overeenkomsten)`,
    r`\p{L}{0,24}(?:verklaring|verklaringen|afschrift|afschriften|document|documenten|documentatie` +
      r`|bewijsstuk|bewijsstukken)`,
    r`\p{L}{0,24}(?:e-mail|e-mails|mail|mails|bevestiging|bevestigingen|checklist|checklists|checklijst|checklijsten` +
      r`|sjabloon|sjablonen|rooster|roosters|instructie|instructies|handleiding|handleidingen|video|video's)`,
    r`trackingnummers?|track-and-tracecodes?|bestelnummers?|ordernummers?|testresultaten|labresultaten`,
  ],
};
