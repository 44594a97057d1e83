import { type GoodSample, type LanguageSamples, padded, variant } from './types';

const lateShipments: GoodSample = {
  name: 'sena leveranser (FBM)',
  sections: {
    acknowledgement:
      'Vår andel sena leveranser nådde 9,4 % under de 30 dagarna fram till den 12 mars, över målet på 4 %. ' +
      'Vi tar fullt ansvar för de förseningar som våra kunder drabbades av.',
    'root-cause':
      'Vi lät en lagermedarbetare skriva ut fraktetiketter en gång om dagen klockan 16. Dagar med fler än 60 ' +
      'ordrar hann paketen inte med transportörens upphämtning och skickades en dag för sent.',
    'immediate-actions':
      'Den 13 mars skickade vi alla 41 öppna ordrar med spårning och bekräftade leveransdatumen. ' +
      'Vi införde samtidigt en extra utskriftsomgång klockan 11.',
    'preventive-measures':
      'Sedan den 14 mars arbetar en extra packare varje eftermiddag, och vår fraktprogramvara varnar lagerchefen när ' +
      'en order är 12 timmar från sista avsändningsdag. Vi har satt hanteringstiden till 2 dagar för alla SKU.',
    evidence:
      'Bifogat finns det nya arbetsschemat undertecknat den 14 mars, en skärmbild av varningsinställningarna och ' +
      'fraktrapporten för 14–28 mars med 0 sena leveranser.',
  },
};

const inauthentic: GoodSample = {
  name: 'klagomål om oäkta varor',
  sections: {
    acknowledgement:
      'Amazon tog i februari emot två klagomål om oäkta varor för ASIN B08K3QZ7T2. ' +
      'Vi förstår att kunderna alltid ska få äkta produkter.',
    'root-cause':
      'Vi köpte 200 enheter från en ny grossist i januari utan att be om varumärkets auktorisationsbrev, och vår ' +
      'mottagningskontroll jämförde inte förpackningen med enheter från varumärkesägaren.',
    'immediate-actions':
      'Vi tog bort vårt erbjudande den 20 februari, skapade en borttagningsorder för alla 143 återstående enheter ' +
      'och återbetalade båda kunderna fullt ut.',
    'preventive-measures':
      'Sedan den 22 februari har vi bara köpt från distributörer som finns på varumärkets webbplats, och vår ' +
      'inköpschef kontrollerar auktorisationsbrev och faktura före varje order. Varje inkommande leverans jämförs ' +
      'med en referensenhet.',
    evidence:
      'Bifogat finns fakturor från den auktoriserade distributören daterade den 24 februari, auktorisationsbrevet ' +
      'och vår checklista för godkännande av leverantörer.',
  },
};

const defects: GoodSample = {
  name: 'orderdefektfrekvens från skadade varor',
  sections: {
    acknowledgement:
      'Vår orderdefektfrekvens steg till 1,6 % i april, främst genom negativ feedback om trasigt glas. ' +
      'Vi tar ansvar för hur varorna packades.',
    'root-cause':
      'Vårt packbord hade ingen standard för bubbelplast, så ömtåliga varor i 37 ordrar packades bara med papper ' +
      'och gick sönder under transporten.',
    'immediate-actions':
      'Vi kontaktade alla 37 kunder mellan den 2 och 4 maj, skickade ersättningsvaror eller full återbetalning och ' +
      'bytte pappersfyllningen mot dubbelväggiga kartonger och bubbelplast.',
    'preventive-measures':
      'Vi har skrivit en packinstruktion med foton för varje ömtålig SKU, och sedan den 5 maj godkänner vår ' +
      'skiftledare varje ömtåligt paket innan det skickas. Falltester från 1 meter infördes för nya produkter.',
    evidence:
      'Bifogat: packinstruktionen, godkännandeloggen för 5–19 maj och feedbackrapporten utan nya klagomål om ' +
      'skador sedan den 6 maj.',
  },
};

const trademark: GoodSample = {
  name: 'varumärkesklagomål',
  sections: {
    acknowledgement:
      'Vi fick ett klagomål om varumärkesintrång eftersom ett skyddat märkesnamn stod i titlarna på tre av våra ' +
      'annonser. Vi respekterar rättighetsinnehavaren och erkänner att användningen inte var tillåten.',
    'root-cause':
      'Vår copywriter lade till andra märkesnamn som sökord utan att kontrollera varumärken, eftersom vår process ' +
      'för annonser saknade ett juridiskt granskningssteg.',
    'immediate-actions':
      'Den 8 juni tog vi bort märkesnamnet från de tre titlarna och från alla dolda sökord, och vi bekräftade ' +
      'ändringarna för rättighetsinnehavaren via e-post.',
    'preventive-measures':
      'Sedan den 10 juni kontrollerar vår regelefterlevnadsansvarige alla nya eller ändrade annonser mot EUIPO:s ' +
      'varumärkesdatabas. Vår copywriter genomförde en utbildning på två timmar om varumärkesrätt den 12 juni.',
    evidence:
      'Vi bifogar skärmbilder av de rättade annonserna, mallen för sökordskontroll och utbildningsintyget daterat ' +
      'den 12 juni.',
  },
};

const safety: GoodSample = {
  name: 'klagomål om produktsäkerhet',
  sections: {
    acknowledgement:
      'En kund rapporterade att laddaren under ASIN B09T5W1LQX blev överhettad. Produktsäkerhet är vårt ansvar, ' +
      'och våra kontroller upptäckte inte felet.',
    'root-cause':
      'Partiet som kom in den 3 juli kom från en ny produktionslinje, och vi godkände det enbart utifrån ' +
      'leverantörens certifikat utan vårt eget test av 5 provenheter.',
    'immediate-actions':
      'Vi stoppade försäljningen av ASIN:et den 15 juli, satte de 320 enheterna i lager i karantän och lät ett ' +
      'ackrediterat laboratorium testa 10 enheter, vilket bekräftade en defekt termosäkring.',
    'preventive-measures':
      'Sedan den 20 juli hålls varje nytt parti kvar tills ett ackrediterat laboratorium har testat 5 enheter, och ' +
      'vår kvalitetschef godkänner rapporten innan enheterna skickas till FBA.',
    evidence:
      'Bifogat finns laboratorierapporten från den 18 juli, den nya rutinen för frisläppning av partier och ' +
      'leverantörens rapport om korrigerande åtgärder daterad den 19 juli.',
  },
};

const usedAsNew: GoodSample = {
  name: 'begagnad såld som ny',
  sections: {
    acknowledgement:
      'Mellan den 1 och 20 augusti berättade fyra kunder att varor sålda som nya hade spår av användning. ' +
      'Vi erkänner att detta vilseledde våra kunder.',
    'root-cause':
      'I augusti lades 11 returnerade enheter tillbaka i säljbart lager efter enbart en visuell kontroll, och ' +
      'ingen kontrollerade förseglingar eller tillbehör innan de såldes som nya igen.',
    'immediate-actions':
      'Vi tog ut alla 58 returnerade enheter ur det säljbara lagret den 21 augusti, undersökte var och en och ' +
      'lade ut 12 av dem till försäljning som begagnade.',
    'preventive-measures':
      'Sedan den 22 augusti går returer till en separat hylla, och vår returansvarige kontrollerar försegling, ' +
      'tillbehör och serienummer på varje enhet innan den kan säljas som ny. Enheter med bruten försegling säljs ' +
      'nu alltid som begagnade.',
    evidence:
      'Vi bifogar checklistan för returkontroll, foton av returhyllan och kontrolloggen för 22 augusti till ' +
      '5 september.',
  },
};

const expired: GoodSample = {
  name: 'utgångna livsmedel',
  sections: {
    acknowledgement:
      'Kunder fick proteinbars efter bäst före-datum under ASIN B07Q1MZ9RC. ' +
      'Vi förstår hur allvarligt detta är för ett livsmedel.',
    'root-cause':
      'Vi skickade 400 bars till FBA med bara 45 dagars hållbarhet kvar, eftersom vår lagerplanering inte ' +
      'registrerade bäst före-datum per parti.',
    'immediate-actions':
      'Den 2 oktober skapade vi en borttagningsorder för alla återstående enheter, återbetalade de 6 berörda ' +
      'kunderna och kontrollerade alla andra livsmedels-ASIN för kort hållbarhet.',
    'preventive-measures':
      'Sedan den 4 oktober registrerar vårt lagerkalkylblad bäst före-datum för varje parti, och vi skickar inte ' +
      'längre livsmedel med under 120 dagars hållbarhet till FBA. Lagerchefen går igenom hållbarhetsrapporten ' +
      'varje måndag.',
    evidence:
      'Bifogat finns bekräftelsen på borttagningsordern, det uppdaterade kalkylbladet med datum och ' +
      'måndagsrapporterna från den 9 och 16 oktober.',
  },
};

const tracking: GoodSample = {
  name: 'giltig spårning',
  sections: {
    acknowledgement:
      'Vår andel giltig spårning sjönk till 87 % i november, under de krävda 95 %. Vi tar ansvar för att ha ' +
      'skickat ordrar utan att ladda upp spårningsnummer.',
    'root-cause':
      'Ordrar under 500 g skickades som brev utan spårning, och vår butiksprogramvara laddade inte upp spårning ' +
      'för det fraktsättet.',
    'immediate-actions':
      'Från den 3 december flyttade vi alla små varor till ett fraktsätt med spårning och laddade upp spårning för ' +
      'de 52 ordrar som fortfarande var på väg.',
    'preventive-measures':
      'Vi har ändrat standardmallen för frakt så att varje fraktsätt utan spårning är blockerat i vår ' +
      'butiksprogramvara. Sedan den 5 december kontrollerar vår ordersamordnare den dagliga rapporten över ' +
      'oskickade ordrar klockan 14 för ordrar utan spårningsnummer.',
    evidence:
      'Vi bifogar de nya mallinställningarna, fraktavtalet för brev med spårning och spårningsrapporten för ' +
      '5–19 december med en giltig spårningsgrad på 99 %.',
  },
};

export const svSamples: LanguageSamples = {
  good: [lateShipments, inauthentic, defects, trademark, safety, usedAsNew, expired, tracking],
  bad: [
    variant(inauthentic, 'tomt bevisavsnitt', 'missing-section', { evidence: ' ' }),
    variant(lateShipments, 'långt över en sida', 'too-long', {
      'root-cause': padded(
        lateShipments.sections['root-cause'],
        (n) => `Order 302-5551234-${String(n).padStart(5, '0')} lämnade vårt lager en dag efter sista avsändningsdag.`,
        60,
      ),
    }),
    variant(defects, 'vaga löften', 'vague-promise', {
      'preventive-measures':
        'Vi ska förbättra vår kvalitetskontroll och vara mer noggranna med ömtåliga varor. ' +
        'Packteamet har blivit påmint om att hålla bättre koll.',
    }),
    variant(lateShipments, 'skyller på transportör och kunder', 'blaming', {
      'root-cause':
        'De sena leveranserna var transportörens fel, och flera kunder ljög om att de inte fått sina paket för att ' +
        'få pengarna tillbaka.',
    }),
    variant(inauthentic, 'känsloladdat erkännande', 'emotional', {
      acknowledgement:
        'Vi är djupt frustrerade över detta orättvisa beslut, som saknar all logik efter 6 år av försäljning av ' +
        'äkta varor.',
    }),
    variant(trademark, 'åtgärder bara utlovade', 'future-only', {
      'immediate-actions':
        'Vi kommer att ta bort märkesnamnet från de tre titlarna och ska kontrollera alla dolda sökord. ' +
        'Framöver ska rättighetsinnehavaren kontaktas före varje ändring.',
    }),
    variant(safety, 'grundorsak inklistrad i åtgärder', 'duplicate-text', {
      'immediate-actions': `${safety.sections['root-cause']} ${safety.sections['immediate-actions']}`,
    }),
    variant(usedAsNew, 'grundorsak utan konkret problem', 'generic-root-cause', {
      'root-cause':
        'Vi gjorde ett misstag i våra processer och följde inte reglerna tillräckligt noga. ' +
        'Vi förstår nu vad som gick fel och varför.',
    }),
    variant(expired, 'bekräftelsen inklistrad 5 gånger', 'repeated-sentence', {
      acknowledgement: Array.from({ length: 5 }, () => expired.sections.acknowledgement).join(' '),
    }),
    variant(tracking, 'bevis utan dokument', 'evidence-unnamed', {
      evidence: 'Vi är övertygade om att det nya arbetssättet är på plats och att det fungerar bra för våra kunder.',
    }),
  ],
};
