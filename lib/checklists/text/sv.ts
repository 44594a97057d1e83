import type { ChecklistLanguagePack } from '../types';

export const checklistText: ChecklistLanguagePack = {
  language: 'sv',
  checklists: {
    hold: {
      title: 'Kontot är pausat',
      intro:
        'Att kontot har pausats är en varning som du fortfarande kan svara på. Gå igenom stegen i tur och ordning och spara det du hittar.',
      items: {
        'read-notice': {
          title: 'Läs meddelandet från Amazon',
          why: 'Amazon förklarar i ett meddelande varför kontot har pausats; den exakta formuleringen visar vad som ska rättas.',
          detail:
            'Titta i inkorgen för e-postadressen som är registrerad i Seller Central och under Resultataviseringar.',
        },
        'check-health': {
          title: 'Öppna Kontohälsa',
          why: 'Sidan Kontohälsa visar ofta mer i detalj vilken policy, vilket mått eller vilken annons som ligger bakom pausen.',
        },
        'name-cause': {
          title: 'Skriv ner den exakta orsaken',
          why: 'Dina dokument och din handlingsplan måste svara på just det här problemet, inte på en gissning.',
          detail:
            'Till exempel saknade säljaruppgifter, problem med betalningssättet, en för hög andel sena leveranser, ' +
            'ett klagomål.',
          evidencePrompt:
            'Anteckna policyn, ASIN, order-ID eller måttet som meddelandet nämner, och meddelandets datum.',
        },
        'gather-documents': {
          title: 'Samla de dokument som orsaken kräver',
          why: 'Amazon beslutar utifrån bevis; tydliga och relevanta dokument kortar granskningen.',
          detail:
            'Leveransbevis för ordrar som påstås inte ha kommit fram; produktcertifikat eller säkerhetsgodkännanden; ' +
            'leverantörsfakturor som visar äkthet; finansiella rapporter eller kontoutdrag vid frågor om betalningar.',
          evidencePrompt: 'Lista varje fil och vad den bevisar. Kontrollera att alla sidor går att läsa.',
        },
        'write-poa': {
          title: 'Skriv en handlingsplan',
          why: 'Planen visar Amazon att du förstår orsaken och redan har åtgärdat den.',
          detail:
            'Erkänn problemet, förklara grundorsaken, beskriv åtgärderna du redan har vidtagit och de varaktiga ' +
            'förändringarna. Håll den saklig och kort.',
        },
        'contact-support': {
          title: 'Skicka den via ärendeloggen',
          why: 'När du svarar i den kanal som meddelandet anger samlas allt i ett ärende.',
          detail: 'Var artig, kortfattad och konsekvent. Öppna ett ärende per problem, inte flera om samma sak.',
          evidencePrompt: 'Anteckna ärendenumret och datumet då du skickade det.',
        },
      },
    },
    review: {
      title: 'Kontot granskas',
      intro:
        'Amazon kontrollerar något innan beslut fattas. Svara snabbt och exakt på det som efterfrågas, och fortsätt sälja enligt reglerna medan du väntar.',
      items: {
        'read-notice': {
          title: 'Läs vad Amazon granskar',
          why: 'Meddelandet anger policyn, annonsen eller uppgifterna som granskas; allt du skickar ska svara på just det.',
          detail:
            'Titta under Resultataviseringar och i inkorgen för e-postadressen som är registrerad i Seller Central.',
        },
        'check-health': {
          title: 'Öppna Kontohälsa',
          why: 'Där syns om granskningen gäller en policy, ett mått eller vissa annonser.',
        },
        'gather-documents': {
          title: 'Förbered dokumenten som granskningen begär',
          why: 'Granskningar avgörs på bevis; tydliga, läsbara och relevanta dokument kortar dem.',
          evidencePrompt: 'Lista varje fil och vad den visar; kontrollera att namn och adresser stämmer med kontot.',
        },
        'respond-case': {
          title: 'Svara i den kanal som meddelandet anger',
          why: 'Ett ärende per problem håller ditt svar och Amazons svar samlade.',
          evidencePrompt: 'Skriv ner ärendenumret och datumet då du svarade.',
        },
        'keep-fulfilling': {
          title: 'Fortsätt skicka öppna ordrar i tid',
          why: 'Ordrar som redan har lagts måste fortfarande nå köparna; sena eller annullerade ordrar väger in i granskningen.',
        },
        'follow-up': {
          title: 'Följ upp tidigast efter 48 timmar och ange ärendenumret',
          why: 'Påminnelser som skickas tidigare gör inte granskningen snabbare; ärendenumret kopplar påminnelsen till ditt svar.',
        },
        'write-poa': {
          title: 'Skriv en handlingsplan om Amazon ber om en',
          why: 'Om granskningen slutar med en begäran om en plan är en saklig plan den snabbaste vägen tillbaka.',
        },
      },
    },
    verification: {
      title: 'Verifiering krävs',
      intro:
        'Amazon behöver bekräfta vem du är eller en uppgift på kontot. Försäljning eller utbetalningar kan vara pausade tills dess; med rätt dokument löses det.',
      items: {
        'read-notice': {
          title: 'Läs vilka uppgifter Amazon vill få bekräftade',
          why: 'Meddelandet säger exakt vilken uppgift eller vilket dokument som saknas; skicka det, inte allt du har.',
        },
        'check-details': {
          title: 'Jämför dina säljaruppgifter med dina dokument',
          why: 'Namn, adress och bankuppgifter måste stämma exakt med dokumenten, annars misslyckas kontrollen igen.',
        },
        'gather-documents': {
          title: 'Samla dokumenten som meddelandet nämner',
          why: 'Fullständiga, läsbara och giltiga dokument godkänns oftare på första försöket.',
          detail: 'Skanna hela sidor i färg; kontrollera att varje dokument fortfarande gäller och visar samma namn.',
          evidencePrompt: 'Lista varje fil med datum och vad den bekräftar.',
        },
        'submit-documents': {
          title: 'Skicka dem dit meddelandet anger',
          why: 'Dokument som skickas en annan väg når kanske aldrig fram till teamet som kontrollerar dem.',
          evidencePrompt: 'Anteckna datumet då du skickade dem och eventuellt ärendenummer.',
        },
        'follow-up': {
          title: 'Följ upp tidigast efter 48 timmar och ange ärendenumret',
          why: 'Kontrollen tar tid; en lugn påminnelse med ärendenumret besvaras snabbare än ett nytt ärende.',
        },
        'keep-fulfilling': {
          title: 'Fortsätt skicka öppna ordrar i tid',
          why: 'Köparna väntar fortfarande på sina ordrar medan kontrollen pågår.',
        },
      },
    },
    deactivated: {
      title: 'Kontot är avaktiverat',
      intro: 'En avaktivering går att överklaga. En lugn, konkret överklagan med bevis ger dig bäst chans.',
      items: {
        'read-reason': {
          title: 'Läs den angivna orsaken',
          why: 'Amazon anger alltid en orsak, även när den låter allmän; din överklagan bygger på den.',
        },
        'check-health': {
          title: 'Öppna Kontohälsa',
          why: 'Där syns policyn eller måttet bakom avaktiveringen och knappen för att överklaga.',
        },
        'name-cause': {
          title: 'Beskriv den exakta orsaken i en mening',
          why: 'En överklagan som riktar sig mot fel problem avslås, hur välskriven den än är.',
          evidencePrompt: 'Anteckna policyn, ASIN, order-ID eller måttet som Amazon nämner, och meddelandets datum.',
        },
        'write-poa': {
          title: 'Skriv en handlingsplan med alla delar',
          why: 'Amazon letar efter varje del; saknas en kan det räcka för ett avslag.',
          detail:
            'Ett erkännande utan bortförklaringar, grundorsaken i dina egna processer, åtgärderna du har vidtagit, ' +
            'de varaktiga förändringarna och bevis för att de är på plats. Högst en sida.',
        },
        'prove-changes': {
          title: 'Visa att förändringarna redan är på plats',
          why: 'Planer ensamma övertygar inte; en förändring som du kan dokumentera gör det.',
          evidencePrompt:
            'Samla daterade bevis: en ny checklista, ett leverantörsavtal, dokumentation av utbildningar, skärmbilder.',
        },
        'attach-documents': {
          title: 'Förbered de stödjande dokumenten',
          why: 'Dokumenten styrker varje påstående i din plan.',
          detail: 'Använd filformat som överklagandeformuläret tar emot och se till att alla sidor går att läsa.',
          evidencePrompt: 'Lista varje fil och vilket påstående i planen den styrker.',
        },
        'submit-appeal': {
          title: 'Överklaga via sidan Kontohälsa',
          why: 'Överklagan skickas via Seller Central enligt de instruktioner Amazon ger där.',
          detail: 'Håll en professionell ton från första till sista raden.',
          evidencePrompt: 'Spara en kopia av det du skickade samt datum och klockslag då du skickade det.',
        },
        'expect-answer': {
          title: 'Räkna med svar inom ungefär 48 timmar',
          why: 'Överklaganden hanteras oftast inom två dygn; invecklade ärenden kan ta längre tid.',
          detail: 'Skicka inte samma överklagan igen medan du väntar.',
        },
      },
    },
    'first-days': {
      title: 'De första dagarna efter en avaktivering',
      intro: 'Det du gör och avstår från de första dagarna påverkar överklagan. Andas lugnt och ta ett steg i taget.',
      items: {
        'one-channel': {
          title: 'Använd en kanal, inte många',
          why: 'Om du skriver till Amazon om och om igen via olika kanaler tar ärendet längre tid.',
        },
        'calm-tone': {
          title: 'Skicka inga arga eller anklagande meddelanden',
          why: 'Handläggare reagerar på fakta; ilska gör det svårare för dem att hjälpa dig.',
        },
        'no-new-account': {
          title: 'Öppna inte ett nytt säljarkonto',
          why: 'Ett nytt konto för att kringgå avaktiveringen bryter mot reglerna och kan stänga alla dörrar.',
        },
        'do-not-ignore': {
          title: 'Ignorera det inte',
          why: 'En avaktivering löser sig inte själv; chansen att få tillbaka kontot beror på ditt svar.',
        },
        'open-orders': {
          title: 'Ta hand om öppna ordrar',
          why: 'Köparna väntar fortfarande på sina varor, och hur du tar hand om dem räknas i överklagan.',
          detail:
            'FBA: Amazon fortsätter att skicka dina ordrar. FBM: du måste fortfarande skicka alla bekräftade ' +
            'ordrar, med spårning.',
          evidencePrompt: 'Spara spårningsnummer och leveransbekräftelser för varje order du skickar.',
        },
        'read-policies': {
          title: 'Läs de policyer som gäller',
          why: 'Du måste veta exakt vilken regel som bröts innan du kan förklara hur du har åtgärdat det.',
          detail:
            'Läs de avsnitt som passar ditt problem; fall där andra säljare har fått liknande avaktiveringar hjälper också.',
        },
        'consider-help': {
          title: 'Överväg professionell hjälp',
          why: 'Specialister ser ofta det du har missat och vet hur överklaganden läses.',
          detail: 'Till exempel konsulter med erfarenhet av att återställa konton eller jurister inom e-handel.',
        },
        'plan-scenarios': {
          title: 'Planera för bästa fall, mellanscenario och värsta fall',
          why: 'En plan för varje utfall håller verksamheten igång oavsett vad Amazon beslutar.',
          detail:
            'Bästa fall: kontot återställs efter första överklagan. Mellanscenario: fler överklaganden med bättre ' +
            'underlag. Värsta fall: den sista överklagan avslås; andra marknadsplatser eller din egen webbutik tar över.',
          evidencePrompt: 'Skriv en eller två åtgärder för varje scenario, med datum.',
        },
      },
    },
    'while-on-hold': {
      title: 'Medan kontot är pausat',
      intro: 'Väntan är svår. Använd tiden väl: håll dina åtaganden och samla underlag för ditt ärende.',
      items: {
        'fulfil-orders': {
          title: 'Skicka alla utestående ordrar',
          why: 'Ordrar som lades innan kontot pausades måste fortfarande skickas; att slarva med dem gör läget värre.',
        },
        'answer-buyers': {
          title: 'Fortsätt att svara köparna',
          why: 'Obesvarade frågor blir klagomål medan Amazon håller ögonen på kontot.',
        },
        'keep-funds': {
          title: 'Se till att det finns pengar till avgifterna',
          why: 'Avgifterna dras fortfarande; en misslyckad betalning skapar ett nytt problem.',
          detail: 'Håll dina betalningssätt giltiga. Försök inte ta ut pengar medan saldot är negativt.',
        },
        'keep-log': {
          title: 'För en daterad logg över all kontakt och alla ändringar',
          why: 'En tydlig logg reder ut missförstånd och stärker en senare överklagan.',
          detail: 'Spara kopior av alla meddelanden till och från Amazon och av varje ändring du gör.',
          evidencePrompt: 'För varje post: datum, tid, kanal, ärendenummer och vad som sades eller ändrades.',
        },
        'screenshot-health': {
          title: 'Ta skärmbilder av sidan Kontohälsa',
          why: 'Daterade skärmbilder visar hur mått och varningar har förändrats.',
          evidencePrompt: 'Spara varje skärmbild med datumet i filnamnet.',
        },
        'fix-listings': {
          title: 'Gå igenom dina annonser',
          why: 'Pausen är ett tillfälle att hitta andra annonser som kan bryta mot en policy.',
        },
        'fix-processes': {
          title: 'Förbättra processerna bakom problemet',
          why: 'Dina resultatdata visar var samma sak kan hända igen.',
        },
        'follow-up': {
          title: 'Följ upp tidigast efter 48 timmar',
          why: 'För tidig eller för tät uppföljning gör att ärendet tar längre tid.',
          detail: 'Ange ditt ursprungliga ärendenummer, skriv bara det som är nytt och var artig.',
        },
        diversify: {
          title: 'Sprid försäljningen över fler kanaler',
          why: 'Mindre beroende av en marknadsplats skyddar dig om kontot pausas igen.',
          detail: 'Andra marknadsplatser, din egen webbutik, grossistförsäljning, en e-postlista med dina egna kunder.',
        },
      },
    },
    prevention: {
      title: 'Förebyggande rutin',
      intro: 'Innan ett konto pausas kommer oftast en varning. En kort rutin fångar den tidigt.',
      items: {
        'health-routine': {
          title: 'Kontrollera Kontohälsa dagligen, minst en gång i veckan',
          why: 'Punkter som är markerade som ”I riskzonen” är lättare att rätta innan kontot pausas.',
        },
        notifications: {
          title: 'Läs nya resultataviseringar',
          why: 'Meddelanden om ditt konto kommer först hit.',
          detail: 'Slå på aviseringar så att ändringar i kontots status når dig.',
        },
        'policy-updates': {
          title: 'Följ ändringar i policyerna',
          why: 'Att inte känna till en regel är inget försvar, och reglerna ändras.',
          detail:
            'Läs policyerna för dina produktkategorier; var särskilt uppmärksam på äkthet, säkerhet och recensioner.',
        },
        'listing-audit': {
          title: 'Granska dina annonser',
          why: 'Vilseledande påståenden, lånade bilder och skyddade varumärken leder till att konton pausas.',
          detail: 'Korrekta beskrivningar, bilder du har rätt till, inga varumärken i sökord utan tillstånd.',
          evidencePrompt: 'Anteckna datumet för varje granskning och vad du ändrade.',
        },
        'answer-24h': {
          title: 'Svara kunder inom 24 timmar',
          why: 'Snabba svar och rättvis hantering av returer håller måtten för kundupplevelse på en bra nivå.',
        },
        'stock-accuracy': {
          title: 'Håll lagersaldot korrekt',
          why: 'Fel lagersaldo leder till sena leveranser och annulleringar.',
        },
        'quality-control': {
          title: 'Gör kvalitetskontroller',
          why: 'Problem med produktkvalitet, framför allt säkerhet, leder snabbt till att konton pausas.',
          detail:
            'Kom överens om kvalitetskontroller med dina leverantörer, kontrollera stickprov även när du använder FBA och ' +
            'utred varje produktklagomål.',
          evidencePrompt: 'Dokumentera dina kvalitetskontroller så att du kan visa dem för Amazon om de ber om det.',
        },
      },
    },
  },
  exportLabels: {
    marketplace: 'Marknadsplats',
    generated: 'Skapad',
    progress: 'Framsteg: {done} av {total} klara ({percent} %)',
    tickedAt: 'avbockad {time}',
    notTicked: 'inte klar ännu',
    evidence: 'Bevis att spara',
    link: 'Öppna i Seller Central',
    timeline: 'Ärendeförlopp',
    timelineEmpty: 'Inga ärendekontakter registrerade.',
    caseLabel: 'ärende',
    sent: 'skickat',
    received: 'mottaget',
    accountHistory: 'Kontots historik',
    accountTimeline: 'Kontots läge, antal per policy och aviseringar',
    accountTimelineEmpty: 'Ingen ändring i kontots läge eller i något antal sedd, och ingen avisering.',
    timelineNotice: 'Resultatavisering: {title}',
    timelinePolicy: '{policy}: {from} → {to}',
    noticesFolded: '{count} tidigare aviseringar, sammanfattade',
    policyChangesFolded: '{count} tidigare ändringar i antalen, sammanfattade',
    policies: 'Efterlevnad av policyer',
    policiesEmpty: 'Ingen policylista avläst.',
    policiesAsOf: 'Som Kontohälsa angav dem den {date}.',
    policyName: 'Policy',
    policyCount: 'Överträdelser',
    summarizedChanges: '{count} tidigare ändringar, sammanfattade',
    ratings: 'Betyg för kontohälsa',
    ratingsEmpty: 'Inget betyg avläst.',
    ratingDay: 'Dag',
    ratingValue: 'Betyg',
    ratingStatus: 'Läge',
    ratingMonth: '{month} ({days} dagar)',
    footer: 'Exporterad med Seller Central Companion (ingen koppling till Amazon).',
  },
};
