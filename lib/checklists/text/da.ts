import type { ChecklistLanguagePack } from '../types';

export const checklistText: ChecklistLanguagePack = {
  language: 'da',
  checklists: {
    hold: {
      title: 'Konto på hold',
      intro:
        'At kontoen er sat på hold, er en advarsel, du stadig kan svare på. Tag trinene i rækkefølge, og gem det, du finder.',
      items: {
        'read-notice': {
          title: 'Læs beskeden fra Amazon',
          why: 'Amazon forklarer i en besked, hvorfor kontoen er sat på hold; den præcise ordlyd viser, hvad der skal rettes.',
          detail:
            'Se i indbakken for den e-mailadresse, der er registreret i Seller Central, og under Performance Notifications.',
        },
        'check-health': {
          title: 'Åbn Account Health',
          why: 'Account Health viser ofte mere detaljeret, hvilken politik, hvilket nøgletal eller hvilket opslag der ligger bag.',
        },
        'name-cause': {
          title: 'Skriv den præcise årsag ned',
          why: 'Dine dokumenter og din handlingsplan skal svare på netop dette problem, ikke på et gæt.',
          detail:
            'Fx manglende sælgeroplysninger, et problem med betalingsmetoden, for mange sene forsendelser, en klage.',
          evidencePrompt:
            'Notér den politik, de ASIN’er, ordre-ID’er eller det nøgletal, beskeden nævner, og beskedens dato.',
        },
        'gather-documents': {
          title: 'Saml de dokumenter, årsagen kræver',
          why: 'Amazon afgør sagen ud fra beviser; klare og relevante dokumenter gør behandlingen kortere.',
          detail:
            'Leveringsbevis for ordrer, der angiveligt ikke er leveret; produktcertifikater eller ' +
            'sikkerhedsgodkendelser; leverandørfakturaer, der beviser ægthed; regnskab eller kontoudtog ved ' +
            'spørgsmål om betalinger.',
          evidencePrompt: 'Skriv hver fil op med det, den beviser. Tjek, at alle sider kan læses.',
        },
        'write-poa': {
          title: 'Skriv en handlingsplan',
          why: 'Planen viser Amazon, at du forstår årsagen og allerede har rettet den.',
          detail:
            'Anerkend problemet, forklar grundårsagen, beskriv de tiltag, du allerede har gennemført, og de varige ' +
            'ændringer. Hold den saglig og kort.',
        },
        'contact-support': {
          title: 'Send den via sagsloggen',
          why: 'Når du svarer i den kanal, beskeden nævner, samles alt i én sag.',
          detail: 'Vær høflig, kortfattet og konsekvent. Opret én sag pr. problem, ikke flere om det samme.',
          evidencePrompt: 'Notér sagsnummeret og datoen, hvor du sendte den.',
        },
      },
    },
    review: {
      title: 'Konto under gennemgang',
      intro:
        'Amazon gennemgår noget, før der træffes en afgørelse. Svar præcist og hurtigt på det, der spørges om, og ' +
        'sælg efter reglerne, mens du venter.',
      items: {
        'read-notice': {
          title: 'Læs, hvad Amazon gennemgår',
          why: 'Beskeden nævner den politik, det opslag eller de oplysninger, der gennemgås; alt, hvad du sender, skal svare på netop det.',
          detail:
            'Se under Performance Notifications og i indbakken for den e-mailadresse, der er registreret i Seller Central.',
        },
        'check-health': {
          title: 'Åbn Account Health',
          why: 'Her kan du se, om gennemgangen handler om en politik, et nøgletal eller bestemte opslag.',
        },
        'gather-documents': {
          title: 'Forbered de dokumenter, gennemgangen beder om',
          why: 'Gennemgange afgøres ud fra beviser; klare, læsbare og relevante dokumenter gør dem kortere.',
          evidencePrompt: 'Skriv hver fil op med, hvad den viser; tjek, at navne og adresser svarer til kontoen.',
        },
        'respond-case': {
          title: 'Svar i den kanal, beskeden nævner',
          why: 'Én sag pr. problem holder dit svar og Amazons svar samlet.',
          evidencePrompt: 'Skriv sagsnummeret og datoen for dit svar ned.',
        },
        'keep-fulfilling': {
          title: 'Bliv ved med at sende åbne ordrer til tiden',
          why: 'Ordrer, der allerede er afgivet, skal stadig frem til kunderne; sene eller annullerede ordrer tæller negativt i gennemgangen.',
        },
        'follow-up': {
          title: 'Følg tidligst op efter 48 timer, og angiv sagsnummeret',
          why: 'Påmindelser før tid gør ikke gennemgangen hurtigere; sagsnummeret knytter din påmindelse til dit svar.',
        },
        'write-poa': {
          title: 'Skriv en handlingsplan, hvis Amazon beder om en',
          why: 'Ender gennemgangen med en anmodning om en plan, er en saglig plan den hurtigste vej tilbage.',
        },
      },
    },
    verification: {
      title: 'Verificering påkrævet',
      intro:
        'Amazon skal bekræfte, hvem du er, eller en oplysning på din konto. Salg eller udbetalinger kan stå stille ' +
        'imens; med de rette dokumenter er det overstået.',
      items: {
        'read-notice': {
          title: 'Læs, hvilke oplysninger Amazon vil have bekræftet',
          why: 'Beskeden siger præcist, hvilken oplysning eller hvilket dokument der mangler; send det, ikke alt, hvad du har.',
        },
        'check-details': {
          title: 'Sammenlign dine sælgeroplysninger med dine dokumenter',
          why: 'Navn, adresse og bankoplysninger skal stemme nøjagtigt overens med dokumenterne, ellers mislykkes kontrollen igen.',
        },
        'gather-documents': {
          title: 'Saml de dokumenter, beskeden nævner',
          why: 'Fuldstændige, læsbare og gyldige dokumenter bliver oftere godkendt første gang.',
          detail: 'Scan hele sider i farve; tjek, at hvert dokument stadig er gyldigt og viser samme navn.',
          evidencePrompt: 'Skriv hver fil op med dato, og hvad den bekræfter.',
        },
        'submit-documents': {
          title: 'Send dem derhen, hvor beskeden angiver',
          why: 'Dokumenter, der sendes ad en anden vej, når måske aldrig frem til det team, der kontrollerer dem.',
          evidencePrompt: 'Notér datoen, hvor du sendte dem, og et eventuelt sagsnummer.',
        },
        'follow-up': {
          title: 'Følg tidligst op efter 48 timer, og angiv sagsnummeret',
          why: 'Kontrollen tager tid; en rolig påmindelse med sagsnummeret besvares hurtigere end en ny sag.',
        },
        'keep-fulfilling': {
          title: 'Bliv ved med at sende åbne ordrer til tiden',
          why: 'Kunderne venter stadig på deres ordrer, mens kontrollen står på.',
        },
      },
    },
    deactivated: {
      title: 'Konto deaktiveret',
      intro: 'En deaktivering kan appelleres. En rolig og konkret appel med beviser giver dig den bedste chance.',
      items: {
        'read-reason': {
          title: 'Læs den angivne årsag',
          why: 'Amazon angiver altid en årsag, også når den lyder generel; din appel bygger på den.',
        },
        'check-health': {
          title: 'Åbn Account Health',
          why: 'Her ser du den politik eller det nøgletal, der ligger bag deaktiveringen, og knappen til at appellere.',
        },
        'name-cause': {
          title: 'Beskriv den præcise årsag i én sætning',
          why: 'En appel, der rammer det forkerte problem, afvises, uanset hvor godt den er skrevet.',
          evidencePrompt:
            'Notér den politik, de ASIN’er, ordre-ID’er eller det nøgletal, Amazon nævner, og beskedens dato.',
        },
        'write-poa': {
          title: 'Skriv en handlingsplan med alle afsnit',
          why: 'Amazon kigger efter hver del; mangler én, kan det være nok til et afslag.',
          detail:
            'Anerkendelse uden undskyldninger, grundårsagen i dine egne processer, de tiltag, du allerede har ' +
            'gennemført, de varige ændringer og bevis for, at de er på plads. Højst én side.',
        },
        'prove-changes': {
          title: 'Vis, at ændringerne allerede er på plads',
          why: 'Planer alene overbeviser ikke; en ændring, du kan dokumentere, gør.',
          evidencePrompt:
            'Saml daterede beviser: en ny tjekliste, en leverandøraftale, dokumentation for oplæring, skærmbilleder.',
        },
        'attach-documents': {
          title: 'Gør bilagene klar',
          why: 'Bilagene underbygger hver påstand i din plan.',
          detail: 'Brug de filformater, appelformularen accepterer, og sørg for, at alle sider kan læses.',
          evidencePrompt: 'Skriv hver fil op sammen med den påstand i planen, den underbygger.',
        },
        'submit-appeal': {
          title: 'Appellér via Account Health',
          why: 'Appellen sendes gennem Seller Central efter den vejledning, Amazon giver der.',
          detail: 'Hold en professionel tone fra første til sidste linje.',
          evidencePrompt: 'Gem en kopi af det, du sendte, og dato og klokkeslæt for afsendelsen.',
        },
        'expect-answer': {
          title: 'Regn med svar efter ca. 48 timer',
          why: 'Appeller behandles som regel inden for to døgn; komplicerede sager kan tage længere tid.',
          detail: 'Send ikke den samme appel igen, mens du venter.',
        },
      },
    },
    'first-days': {
      title: 'De første dage efter en deaktivering',
      intro:
        'Det, du gør og undlader at gøre i de første dage, præger appellen. Træk vejret dybt, og tag ét trin ad gangen.',
      items: {
        'one-channel': {
          title: 'Brug én kanal, ikke mange',
          why: 'Skriver du til Amazon igen og igen via forskellige kanaler, går din sag langsommere.',
        },
        'calm-tone': {
          title: 'Send ingen vrede eller anklagende beskeder',
          why: 'Sagsbehandlere reagerer på fakta; vrede gør det sværere for dem at hjælpe.',
        },
        'no-new-account': {
          title: 'Opret ikke en ny sælgerkonto',
          why: 'En ny konto for at komme uden om deaktiveringen er imod reglerne og kan lukke alle døre.',
        },
        'do-not-ignore': {
          title: 'Ignorér den ikke',
          why: 'En deaktivering løser sig ikke af sig selv; chancen for at få kontoen genaktiveret afhænger af dit svar.',
        },
        'open-orders': {
          title: 'Tag hånd om åbne ordrer',
          why: 'Kunderne venter stadig på deres varer, og måden, du behandler dem på, tæller med i appellen.',
          detail:
            'FBA: Amazon sender fortsat dine ordrer. FBM: du skal stadig sende alle bekræftede ordrer med sporing.',
          evidencePrompt: 'Gem sporingsnumre og leveringsbekræftelser for hver ordre, du sender.',
        },
        'read-policies': {
          title: 'Læs de politikker, det drejer sig om',
          why: 'Du skal vide præcis, hvilken regel der blev brudt, før du kan forklare, hvordan du har rettet det.',
          detail:
            'Læs de afsnit i politikkerne, der passer til dit problem; sager fra sælgere med lignende deaktiveringer hjælper også.',
        },
        'consider-help': {
          title: 'Overvej professionel hjælp',
          why: 'Specialister ser ofte det, du har overset, og ved, hvordan appeller læses.',
          detail: 'Fx konsulenter med erfaring i genaktivering af konti eller advokater inden for e-handel.',
        },
        'plan-scenarios': {
          title: 'Planlæg det bedste, mellemste og værste udfald',
          why: 'En plan for hvert udfald holder forretningen kørende, uanset hvad Amazon beslutter.',
          detail:
            'Bedst: kontoen genaktiveres efter første appel. Mellem: flere appeller med bedre oplysninger. Værst: ' +
            'den sidste appel afvises; andre markedspladser eller din egen webshop tager over.',
          evidencePrompt: 'Skriv en eller to handlinger for hvert udfald, hver med en dato.',
        },
      },
    },
    'while-on-hold': {
      title: 'Mens kontoen er på hold',
      intro: 'Det er svært at vente. Brug tiden godt: overhold dine forpligtelser, og byg din sag op.',
      items: {
        'fulfil-orders': {
          title: 'Send alle udestående ordrer',
          why: 'Ordrer fra før kontoen blev sat på hold, skal stadig sendes; forsømmelse gør sagen værre.',
        },
        'answer-buyers': {
          title: 'Bliv ved med at svare kunderne',
          why: 'Ubesvarede spørgsmål bliver til klager, mens Amazon holder øje.',
        },
        'keep-funds': {
          title: 'Hav penge klar til gebyrer',
          why: 'Gebyrerne løber stadig; en afvist betaling skaber et nyt problem.',
          detail: 'Hold dine betalingsmetoder gyldige. Forsøg ikke at få penge udbetalt, mens saldoen er negativ.',
        },
        'keep-log': {
          title: 'Før en dateret log over al kontakt og alle ændringer',
          why: 'En klar oversigt rydder misforståelser af vejen og styrker en senere appel.',
          detail: 'Gem kopier af alle beskeder til og fra Amazon, og notér hver ændring, du foretager.',
          evidencePrompt: 'For hver post: dato, klokkeslæt, kanal, sagsnummer og hvad der blev sagt eller ændret.',
        },
        'screenshot-health': {
          title: 'Tag skærmbilleder af Account Health',
          why: 'Daterede skærmbilleder viser, hvordan nøgletal og advarsler har udviklet sig.',
          evidencePrompt: 'Gem hvert skærmbillede med datoen i filnavnet.',
        },
        'fix-listings': {
          title: 'Gennemgå dine produktopslag',
          why: 'Pausen er en chance for at finde andre opslag, der kan stride mod en politik.',
        },
        'fix-processes': {
          title: 'Forbedr processerne bag problemet',
          why: 'Dine nøgletal viser, hvor det samme problem kan opstå igen.',
        },
        'follow-up': {
          title: 'Følg op tidligst efter 48 timer',
          why: 'For tidlig eller for hyppig opfølgning gør din sag langsommere.',
          detail: 'Henvis til dit oprindelige sagsnummer, skriv kun det, der er nyt, og vær fortsat høflig.',
        },
        diversify: {
          title: 'Spred salget over flere kanaler',
          why: 'Mindre afhængighed af én markedsplads beskytter dig, hvis en konto igen sættes på hold.',
          detail: 'Andre markedspladser, din egen webshop, engrossalg, en mailingliste med dine egne kunder.',
        },
      },
    },
    prevention: {
      title: 'Forebyggende rutine',
      intro: 'Før en konto sættes på hold, kommer der som regel en advarsel. En kort rutine fanger den tidligt.',
      items: {
        'health-routine': {
          title: 'Tjek Account Health dagligt – og mindst en gang om ugen',
          why: 'Punkter markeret med »At Risk« (i risikozonen) er lettere at rette, før kontoen sættes på hold.',
        },
        notifications: {
          title: 'Læs nye Performance Notifications',
          why: 'Beskeder om din konto kommer først her.',
          detail: 'Slå notifikationer til, så ændringer i din kontostatus når frem til dig.',
        },
        'policy-updates': {
          title: 'Hold dig opdateret om ændringer i politikkerne',
          why: 'Uvidenhed om en regel er ingen undskyldning, og reglerne ændrer sig.',
          detail:
            'Læs politikkerne for dine produktkategorier; vær særlig opmærksom på ægthed, sikkerhed og anmeldelser.',
        },
        'listing-audit': {
          title: 'Gennemgå dine produktopslag',
          why: 'Vildledende påstande, lånte billeder og beskyttede varemærker fører til, at konti sættes på hold.',
          detail:
            'Korrekte beskrivelser, billeder, du har rettighederne til, og ingen varemærker i søgeord uden tilladelse.',
          evidencePrompt: 'Notér datoen for hver gennemgang, og hvad du ændrede.',
        },
        'answer-24h': {
          title: 'Svar kunder inden for 24 timer',
          why: 'Hurtige svar og fair behandling af returneringer holder dine nøgletal for kundeoplevelse sunde.',
        },
        'stock-accuracy': {
          title: 'Hold lagertallene korrekte',
          why: 'Forkerte lagertal giver sene forsendelser og annulleringer.',
        },
        'quality-control': {
          title: 'Kør kvalitetskontrol',
          why: 'Problemer med produktkvaliteten, især sikkerhedsproblemer, fører hurtigt til, at konti sættes på hold.',
          detail:
            'Aftal kvalitetstjek med dine leverandører, tag stikprøver, også når du bruger FBA, og undersøg hver produktklage til bunds.',
          evidencePrompt: 'Dokumentér dine kvalitetstjek, så du kan vise dem til Amazon, hvis Amazon beder om det.',
        },
      },
    },
  },
  exportLabels: {
    marketplace: 'Markedsplads',
    generated: 'Oprettet',
    progress: 'Fremskridt: {done} af {total} udført ({percent} %)',
    tickedAt: 'afkrydset {time}',
    notTicked: 'ikke udført endnu',
    evidence: 'Dokumentation, der skal gemmes',
    link: 'Åbn i Seller Central',
    timeline: 'Sagsforløb',
    timelineEmpty: 'Ingen sagskontakt registreret.',
    caseLabel: 'sag',
    sent: 'sendt',
    received: 'modtaget',
    accountHistory: 'Kontoens historik',
    accountTimeline: 'Kontoens tilstand, antal pr. politik og beskeder',
    accountTimelineEmpty: 'Ingen ændring i kontoens tilstand eller i et antal set, og ingen besked.',
    timelineNotice: 'Besked i Performance Notifications: {title}',
    timelinePolicy: '{policy}: {from} → {to}',
    noticesFolded: '{count} tidligere beskeder, sammenfattet',
    policyChangesFolded: '{count} tidligere ændringer i antallene, sammenfattet',
    policies: 'Overholdelse af politikker',
    policiesEmpty: 'Ingen politikliste læst.',
    policiesAsOf: 'Som Account Health viste dem den {date}.',
    policyName: 'Politik',
    policyCount: 'Overtrædelser',
    summarizedChanges: '{count} tidligere ændringer, sammenfattet',
    ratings: 'Account Health-vurdering',
    ratingsEmpty: 'Ingen vurdering læst.',
    ratingDay: 'Dag',
    ratingValue: 'Vurdering',
    ratingStatus: 'Status',
    ratingMonth: '{month} ({days} dage)',
    footer: 'Eksporteret med Seller Central Companion (ikke tilknyttet Amazon).',
  },
};
