import type { ChecklistLanguagePack } from '../types';

export const checklistText: ChecklistLanguagePack = {
  language: 'nl',
  checklists: {
    hold: {
      title: 'Account in de wacht',
      intro:
        'Dat uw account in de wacht staat, is een waarschuwing waarop u nog kunt reageren. Werk deze stappen op volgorde af en bewaar wat u vindt.',
      items: {
        'read-notice': {
          title: 'Lees de melding van Amazon',
          why: 'Amazon legt in een bericht uit waarom uw account in de wacht staat; de precieze formulering vertelt u wat u moet oplossen.',
          detail:
            'Kijk in de inbox van het e-mailadres waarmee u bij Seller Central bent geregistreerd, en bij Prestatiemeldingen.',
        },
        'check-health': {
          title: 'Open Accountstatus',
          why: 'Accountstatus toont vaak nauwkeuriger door welk beleid, welke statistiek of welke aanbieding uw account in de wacht staat.',
        },
        'name-cause': {
          title: 'Noteer de precieze oorzaak',
          why: 'Uw documenten en uw actieplan moeten precies op dit ene probleem ingaan, niet op een vermoeden.',
          detail:
            'Bijvoorbeeld: ontbrekende verkopersgegevens, een probleem met de betaalmethode, te veel late verzendingen, een klacht.',
          evidencePrompt:
            "Noteer het beleid, de ASIN's, de bestelnummers of de statistiek uit de melding, met de datum van de melding.",
        },
        'gather-documents': {
          title: 'Verzamel de documenten die bij deze oorzaak horen',
          why: 'Amazon beslist op basis van bewijs; duidelijke, relevante documenten verkorten de afhandeling.',
          detail:
            'Leveringsbewijs voor bestellingen die niet zouden zijn aangekomen; productcertificaten of veiligheidsgoedkeuringen; ' +
            'leveranciersfacturen die de echtheid aantonen; financiële overzichten of bankafschriften bij vragen over betalingen.',
          evidencePrompt:
            'Maak een lijst van de bestanden, met bij elk bestand wat het bewijst. Controleer of elke pagina leesbaar is.',
        },
        'write-poa': {
          title: 'Schrijf een actieplan',
          why: 'Het plan laat Amazon zien dat u de oorzaak begrijpt en die al hebt verholpen.',
          detail:
            'Erken het probleem, leg de hoofdoorzaak uit, noem de maatregelen die u al hebt genomen en de blijvende veranderingen. ' +
            'Houd het feitelijk en kort.',
        },
        'contact-support': {
          title: 'Stuur het via het caselogboek',
          why: 'Als u antwoordt via het kanaal dat de melding noemt, blijft alles in één case bij elkaar.',
          detail:
            'Wees beleefd, beknopt en consequent. Open één case per probleem, niet meerdere voor hetzelfde probleem.',
          evidencePrompt: 'Noteer het casenummer en de datum waarop u het hebt verstuurd.',
        },
      },
    },
    review: {
      title: 'Account in beoordeling',
      intro:
        'Amazon controleert iets voordat er een besluit valt. Beantwoord precies wat er gevraagd wordt, zonder uitstel, en blijf intussen volgens de regels verkopen.',
      items: {
        'read-notice': {
          title: 'Lees wat Amazon beoordeelt',
          why: 'De melding noemt het beleid, de aanbieding of de gegevens die worden beoordeeld; alles wat u stuurt, moet daarop ingaan.',
          detail:
            'Kijk bij Prestatiemeldingen en in de inbox van het e-mailadres waarmee u bij Seller Central bent geregistreerd.',
        },
        'check-health': {
          title: 'Open Accountstatus',
          why: 'Daar ziet u of de beoordeling over een beleid, een statistiek of bepaalde aanbiedingen gaat.',
        },
        'gather-documents': {
          title: 'Bereid de documenten voor waar de beoordeling om vraagt',
          why: 'Bij een beoordeling beslist het bewijs; duidelijke, leesbare en relevante documenten verkorten haar.',
          evidencePrompt:
            'Maak een lijst van de bestanden en wat elk bestand laat zien; controleer of namen en adressen overeenkomen met het account.',
        },
        'respond-case': {
          title: 'Antwoord via het kanaal dat de melding noemt',
          why: 'Met één case per probleem blijven uw antwoord en de reacties van Amazon bij elkaar.',
          evidencePrompt: 'Noteer het casenummer en de datum van uw antwoord.',
        },
        'keep-fulfilling': {
          title: 'Blijf openstaande bestellingen op tijd verzenden',
          why: 'Bestellingen die al geplaatst zijn, moeten nog steeds bij kopers aankomen; late of geannuleerde bestellingen wegen mee in de beoordeling.',
        },
        'follow-up': {
          title: 'Stuur pas na 48 uur een vervolgbericht, met het casenummer',
          why: 'Eerdere herinneringen versnellen een beoordeling niet; het casenummer koppelt uw herinnering aan uw antwoord.',
        },
        'write-poa': {
          title: 'Schrijf een actieplan als Amazon erom vraagt',
          why: 'Eindigt een beoordeling met een verzoek om een plan, dan is een feitelijk plan de snelste weg terug.',
        },
      },
    },
    verification: {
      title: 'Verificatie vereist',
      intro:
        'Amazon moet uw identiteit of een gegeven van uw account bevestigen. Tot dan kunnen verkopen of uitbetalingen stilliggen; de juiste documenten lossen dat op.',
      items: {
        'read-notice': {
          title: 'Lees welke gegevens Amazon bevestigd wil zien',
          why: 'De melding zegt precies welk gegeven of document ontbreekt; stuur dat, niet alles wat u hebt.',
        },
        'check-details': {
          title: 'Vergelijk uw verkopersgegevens met uw documenten',
          why: 'Naam, adres en bankgegevens moeten exact overeenkomen met uw documenten, anders mislukt de controle opnieuw.',
        },
        'gather-documents': {
          title: 'Verzamel de documenten die de melding noemt',
          why: 'Volledige, leesbare en actuele documenten worden vaker al bij de eerste poging geaccepteerd.',
          detail:
            "Scan hele pagina's in kleur; controleer of elk document nog geldig is en overal dezelfde naam vermeldt.",
          evidencePrompt: 'Maak een lijst van de bestanden, met bij elk bestand de datum en wat het bevestigt.',
        },
        'submit-documents': {
          title: 'Stuur ze naar de plek die de melding aangeeft',
          why: 'Documenten die via een ander kanaal binnenkomen, bereiken het team dat ze controleert misschien nooit.',
          evidencePrompt: 'Noteer de verzenddatum en een eventueel casenummer.',
        },
        'follow-up': {
          title: 'Stuur pas na 48 uur een vervolgbericht, met het casenummer',
          why: 'Controles kosten tijd; een rustige herinnering met het casenummer wordt sneller beantwoord dan een nieuwe case.',
        },
        'keep-fulfilling': {
          title: 'Blijf openstaande bestellingen op tijd verzenden',
          why: 'Kopers rekenen op hun bestellingen, ook terwijl de controle loopt.',
        },
      },
    },
    deactivated: {
      title: 'Account gedeactiveerd',
      intro:
        'Tegen een deactivering kunt u in beroep gaan. Een rustig, concreet beroep met bewijs geeft u de beste kans.',
      items: {
        'read-reason': {
          title: 'Lees de opgegeven reden',
          why: 'Amazon noemt altijd een reden, ook als die algemeen klinkt; uw beroep hangt ervan af.',
        },
        'check-health': {
          title: 'Open Accountstatus',
          why: 'Daar staan het beleid of de statistiek achter de deactivering, en de knop om in beroep te gaan.',
        },
        'name-cause': {
          title: 'Benoem de precieze oorzaak in één zin',
          why: 'Een beroep dat op het verkeerde probleem ingaat, wordt afgewezen, hoe goed het ook is geschreven.',
          evidencePrompt:
            "Noteer het beleid, de ASIN's, de bestelnummers of de statistiek die Amazon noemt, en de datum van de melding.",
        },
        'write-poa': {
          title: 'Schrijf een actieplan met alle onderdelen',
          why: 'Amazon leest elk onderdeel afzonderlijk; als er één ontbreekt, kan dat al genoeg zijn voor een afwijzing.',
          detail:
            'Erkenning zonder excuses, de hoofdoorzaak in uw eigen processen, de maatregelen die u al hebt genomen, ' +
            'de blijvende veranderingen en bewijs dat die zijn ingevoerd. Hooguit één pagina.',
        },
        'prove-changes': {
          title: 'Laat zien dat de veranderingen al zijn ingevoerd',
          why: 'Plannen alleen overtuigen niet; een verandering die u kunt aantonen wel.',
          evidencePrompt:
            'Verzamel gedateerd bewijs: een nieuwe checklist, een leverancierscontract, trainingsregistraties, schermafbeeldingen.',
        },
        'attach-documents': {
          title: 'Bereid de onderbouwende documenten voor',
          why: 'Documenten onderbouwen elke bewering in uw plan.',
          detail:
            'Gebruik de bestandsformaten die het beroepsformulier accepteert en zorg dat elke pagina leesbaar is.',
          evidencePrompt:
            'Maak een lijst van de bestanden, met bij elk bestand de bewering in uw plan die het onderbouwt.',
        },
        'submit-appeal': {
          title: 'Ga in beroep via Accountstatus',
          why: 'Het beroep loopt via Seller Central, volgens de instructies die Amazon daar geeft.',
          detail: 'Houd de toon professioneel, van de eerste tot de laatste regel.',
          evidencePrompt: 'Bewaar een kopie van wat u hebt verstuurd, met datum en tijdstip van verzending.',
        },
        'expect-answer': {
          title: 'Reken op een antwoord binnen ongeveer 48 uur',
          why: 'Een beroep wordt meestal binnen twee dagen behandeld; ingewikkelde cases kunnen langer duren.',
          detail: 'Stuur hetzelfde beroep niet opnieuw terwijl u wacht.',
        },
      },
    },
    'first-days': {
      title: 'De eerste dagen na een deactivering',
      intro:
        'Wat u in de eerste dagen doet en laat, bepaalt mee hoe uw beroep verloopt. Haal even diep adem en ga stap voor stap te werk.',
      items: {
        'one-channel': {
          title: 'Gebruik één kanaal, niet meerdere',
          why: 'Als u Amazon keer op keer via verschillende kanalen aanschrijft, vertraagt dat uw case.',
        },
        'calm-tone': {
          title: 'Stuur geen boze of beschuldigende berichten',
          why: 'Beoordelaars gaan uit van feiten; boosheid maakt het voor hen moeilijker om u te helpen.',
        },
        'no-new-account': {
          title: 'Open geen nieuw verkopersaccount',
          why: 'Een tweede account om de deactivering te omzeilen is in strijd met de regels en kan alle deuren sluiten.',
        },
        'do-not-ignore': {
          title: 'Negeer het niet',
          why: 'Een deactivering lost zichzelf niet op; de kans op heractivering hangt af van uw antwoord.',
        },
        'open-orders': {
          title: 'Handel openstaande bestellingen af',
          why: 'Kopers rekenen nog steeds op hun goederen, en hoe u met hen omgaat, telt mee in het beroep.',
          detail:
            'FBA: Amazon blijft uw bestellingen verzenden. FBM: u moet elke bevestigde bestelling nog steeds verzenden, met tracking.',
          evidencePrompt: 'Bewaar trackingnummers en leveringsbevestigingen van elke bestelling die u verzendt.',
        },
        'read-policies': {
          title: 'Lees het beleid waar het om gaat',
          why: 'U moet precies weten welke regel is overtreden voordat u kunt uitleggen hoe u het hebt rechtgezet.',
          detail:
            'Lees de beleidsonderdelen die bij uw probleem passen; ook cases van verkopers met een vergelijkbare deactivering helpen.',
        },
        'consider-help': {
          title: 'Overweeg professionele hulp',
          why: 'Specialisten zien vaak wat u over het hoofd hebt gezien en weten hoe een beroep wordt gelezen.',
          detail: 'Bijvoorbeeld adviseurs met ervaring in heractiveringen, of advocaten die met e-commerce werken.',
        },
        'plan-scenarios': {
          title: 'Plan voor het beste, middelste en slechtste scenario',
          why: 'Met een plan voor elke uitkomst blijft uw bedrijf draaien, wat Amazon ook besluit.',
          detail:
            'Beste: heractivering na het eerste beroep. Middelste: verdere beroepen met betere informatie. ' +
            'Slechtste: het laatste beroep wordt afgewezen; andere marktplaatsen of uw eigen webshop nemen het over.',
          evidencePrompt: 'Schrijf voor elk scenario één of twee acties op, met een datum.',
        },
      },
    },
    'while-on-hold': {
      title: 'Zolang uw account in de wacht staat',
      intro: 'Wachten is zwaar. Gebruik de tijd goed: kom uw verplichtingen na en bouw uw dossier op.',
      items: {
        'fulfil-orders': {
          title: 'Handel elke openstaande bestelling af',
          why: 'Bestellingen die zijn geplaatst voordat uw account in de wacht werd gezet, moet u nog steeds verzenden; negeert u ze, dan wordt het erger.',
        },
        'answer-buyers': {
          title: 'Blijf vragen van kopers beantwoorden',
          why: 'Onbeantwoorde vragen worden klachten, juist nu Amazon meekijkt.',
        },
        'keep-funds': {
          title: 'Houd geld beschikbaar voor kosten',
          why: 'Kosten worden nog steeds in rekening gebracht; een mislukte betaling zorgt voor een tweede probleem.',
          detail: 'Houd uw betaalmethoden geldig. Probeer geen geld op te nemen zolang het saldo negatief is.',
        },
        'keep-log': {
          title: 'Houd een gedateerd logboek bij van elk contact en elke wijziging',
          why: 'Een helder overzicht voorkomt misverstanden en ondersteunt een later beroep.',
          detail: 'Bewaar kopieën van elk bericht van en aan Amazon, en noteer elke wijziging die u doorvoert.',
          evidencePrompt: 'Per regel: datum, tijd, kanaal, casenummer en wat er is gezegd of gewijzigd.',
        },
        'screenshot-health': {
          title: 'Maak schermafbeeldingen van Accountstatus',
          why: 'Gedateerde schermafbeeldingen laten zien hoe de statistieken en waarschuwingen zijn veranderd.',
          evidencePrompt: 'Sla elke schermafbeelding op met de datum in de bestandsnaam.',
        },
        'fix-listings': {
          title: 'Loop uw aanbiedingen na',
          why: 'De pauze is een kans om andere aanbiedingen te vinden die in strijd kunnen zijn met het beleid.',
        },
        'fix-processes': {
          title: 'Verbeter de processen achter het probleem',
          why: 'Uw prestatiegegevens laten zien waar hetzelfde probleem opnieuw kan ontstaan.',
        },
        'follow-up': {
          title: 'Stuur pas na 48 uur een vervolgbericht',
          why: 'Te vroeg of te vaak navragen vertraagt uw case.',
          detail: 'Vermeld uw oorspronkelijke casenummer, noem alleen wat nieuw is en blijf beleefd.',
        },
        diversify: {
          title: 'Spreid uw verkoop over meer kanalen',
          why: 'Minder afhankelijkheid van één marktplaats beschermt u als uw account opnieuw in de wacht wordt gezet.',
          detail: 'Andere marktplaatsen, uw eigen webshop, groothandel, een mailinglijst van uw eigen klanten.',
        },
      },
    },
    prevention: {
      title: 'Preventieroutine',
      intro:
        'Meestal komt er eerst een waarschuwing voordat een account in de wacht wordt gezet. Met een korte routine ziet u die vroeg aankomen.',
      items: {
        'health-routine': {
          title: 'Controleer Accountstatus dagelijks, of minstens één keer per week',
          why: 'Onderdelen met de markering “Risico” zijn makkelijker op te lossen voordat uw account erdoor in de wacht wordt gezet.',
        },
        notifications: {
          title: 'Lees nieuwe prestatiemeldingen',
          why: 'Meldingen over uw account komen hier het eerst binnen.',
          detail: 'Stel meldingen zo in dat wijzigingen in de status van uw account u bereiken.',
        },
        'policy-updates': {
          title: 'Volg wijzigingen in het beleid',
          why: 'Een regel niet kennen is geen excuus, en de regels veranderen.',
          detail:
            'Lees het beleid voor uw productcategorieën; let vooral op de echtheid van producten, veiligheid en recensies.',
        },
        'listing-audit': {
          title: 'Controleer uw aanbiedingen grondig',
          why: 'Misleidende beweringen, overgenomen afbeeldingen en beschermde merknamen kunnen ertoe leiden dat uw account in de wacht wordt gezet.',
          detail:
            'Kloppende beschrijvingen, afbeeldingen waarvan u de rechten hebt, geen merknamen in zoektermen zonder toestemming.',
          evidencePrompt: 'Noteer de datum van elke controle en wat u hebt gewijzigd.',
        },
        'answer-24h': {
          title: 'Beantwoord vragen van klanten binnen 24 uur',
          why: 'Snelle antwoorden en een eerlijke afhandeling van retouren houden de statistieken voor klantervaring op peil.',
        },
        'stock-accuracy': {
          title: 'Houd uw voorraad nauwkeurig bij',
          why: 'Een onjuiste voorraad leidt tot late verzendingen en annuleringen.',
        },
        'quality-control': {
          title: 'Voer kwaliteitscontroles uit',
          why: 'Door problemen met de productkwaliteit, vooral veiligheidsproblemen, wordt een account snel in de wacht gezet.',
          detail:
            'Spreek kwaliteitscontroles af met uw leveranciers, controleer steekproeven, ook als u FBA gebruikt, en zoek ' +
            'elke klacht over een product uit.',
          evidencePrompt:
            'Leg uw kwaliteitscontroles vast, zodat u ze aan Amazon kunt laten zien als daarom wordt gevraagd.',
        },
      },
    },
  },
  exportLabels: {
    marketplace: 'Marktplaats',
    generated: 'Aangemaakt',
    progress: 'Voortgang: {done} van {total} gedaan ({percent}%)',
    tickedAt: 'afgevinkt op {time}',
    notTicked: 'nog niet gedaan',
    evidence: 'Te bewaren bewijs',
    link: 'Openen in Seller Central',
    timeline: 'Tijdlijn van de cases',
    timelineEmpty: 'Geen contacten in cases vastgelegd.',
    caseLabel: 'casenummer',
    sent: 'verzonden',
    received: 'ontvangen',
    accountHistory: 'Geschiedenis van het account',
    accountTimeline: 'Toestand van het account, aantallen per beleid en meldingen',
    accountTimelineEmpty: 'Geen wijziging in de toestand van het account of in een aantal gezien, en geen melding.',
    timelineNotice: 'Prestatiemelding: {title}',
    timelinePolicy: '{policy}: {from} → {to}',
    noticesFolded: '{count} eerdere meldingen, samengevat',
    policyChangesFolded: '{count} eerdere wijzigingen in de aantallen, samengevat',
    policies: 'Naleving van beleid',
    policiesEmpty: 'Geen beleidslijst gelezen.',
    policiesAsOf: 'Zoals Accountstatus ze op {date} vermeldde.',
    policyName: 'Beleid',
    policyCount: 'Overtredingen',
    summarizedChanges: '{count} eerdere wijzigingen, samengevat',
    ratings: 'Beoordeling van accountstatus',
    ratingsEmpty: 'Geen beoordeling gelezen.',
    ratingDay: 'Dag',
    ratingValue: 'Beoordeling',
    ratingStatus: 'Status',
    ratingMonth: '{month} ({days} dagen)',
    footer: 'Geëxporteerd met Seller Central Companion (niet gelieerd aan Amazon).',
  },
};
