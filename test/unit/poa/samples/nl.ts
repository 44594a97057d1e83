import { type GoodSample, type LanguageSamples, padded, variant } from './types';

const lateShipments: GoodSample = {
  name: 'te late verzendingen (FBM)',
  sections: {
    acknowledgement:
      'Ons percentage te late verzendingen kwam in de 30 dagen tot en met 9 februari 2025 uit op 7,8%, terwijl ' +
      'Amazon maximaal 4% toestaat. Dat ligt volledig bij ons: 112 klanten kregen hun bestelling later dan beloofd.',
    'root-cause':
      'Sinds de start van de uitverkoop op 6 januari verwerkten we gemiddeld 140 bestellingen per dag in plaats ' +
      'van 60. We printten de verzendlabels nog steeds in één keer om 15.30 uur, terwijl PostNL om 16.00 uur ' +
      'ophaalt. Alles wat na 14.00 uur binnenkwam, bleef daardoor een dag liggen.',
    'immediate-actions':
      'Op 10 februari hebben we de 38 openstaande bestellingen nog dezelfde dag verzonden en de klanten een e-mail ' +
      "met hun track-and-tracecode gestuurd. Ook hebben we in Seller Central de verwerkingstijd van alle 214 SKU's " +
      'van 1 naar 2 werkdagen gezet.',
    'preventive-measures':
      'Vanaf 11 februari printen we de labels in twee rondes, om 11.00 uur en om 15.00 uur, en hebben we met ' +
      'PostNL een tweede ophaalmoment om 17.30 uur afgesproken. Op dagen met meer dan 90 bestellingen komt er een ' +
      'uitzendkracht bij in de inpakruimte. Onze logistiek medewerker controleert elke ochtend om 9.00 uur het ' +
      'overzicht van bestellingen die binnen 24 uur verzonden moeten worden.',
    evidence:
      'Bijgevoegd: de bevestiging van PostNL voor het extra ophaalmoment, het nieuwe dienstrooster vanaf ' +
      '11 februari en een export uit Seller Central van 11 tot en met 25 februari waarin alle 1.630 bestellingen ' +
      'op tijd zijn verzonden.',
  },
};

const inauthentic: GoodSample = {
  name: 'klachten over niet-authentieke producten',
  sections: {
    acknowledgement:
      'Tussen 3 en 17 maart ontving Amazon drie klachten van kopers dat de elektrische tandenborstels van het merk ' +
      'Dentavo (ASIN B0C7HX2M4K) niet echt zouden zijn. We begrijpen dat een klant die een merkproduct koopt, ' +
      'erop moet kunnen rekenen dat het origineel is.',
    'root-cause':
      'In februari kochten we 250 stuks in bij een groothandel in Antwerpen waar we nog niet eerder mee hadden ' +
      'gewerkt. We hebben toen geen autorisatiebrief van de merkeigenaar gevraagd en bij ontvangst alleen de ' +
      'aantallen geteld, zonder de verpakking en de serienummers te vergelijken met een exemplaar uit het ' +
      'officiële kanaal.',
    'immediate-actions':
      'Op 18 maart hebben we de aanbieding offline gehaald en een verwijderingsorder aangemaakt voor de 176 stuks ' +
      'die nog in het FBA-magazijn lagen. De drie kopers hebben we het volledige bedrag terugbetaald, en de ' +
      'voorraad in ons eigen magazijn hebben we apart gezet. We hebben de groothandel schriftelijk laten weten dat ' +
      'we niet meer bij hen bestellen.',
    'preventive-measures':
      'Sinds 20 maart kopen we dit merk uitsluitend nog in bij de Benelux-distributeur die op de website van ' +
      'Dentavo vermeld staat. Onze inkoper vraagt bij elke nieuwe leverancier een autorisatiebrief en een factuur ' +
      'met btw-nummer op voordat er een order wordt geplaatst, en bij ontvangst vergelijkt het magazijn 5 ' +
      'willekeurige stuks per zending met een referentie-exemplaar.',
    evidence:
      'Als bijlage sturen we de facturen van de erkende distributeur van 21 en 28 maart, de autorisatiebrief van ' +
      'Dentavo Benelux en onze checklist voor het goedkeuren van leveranciers.',
  },
};

const defects: GoodSample = {
  name: 'percentage bestellingen met gebreken door breuk',
  sections: {
    acknowledgement:
      'Ons percentage bestellingen met gebreken liep in mei op tot 1,8%. Het grootste deel kwam door negatieve ' +
      'feedback en A-tot-Z-garantieclaims over gebroken keramische mokken. Wij zijn verantwoordelijk voor de ' +
      'manier waarop deze producten verpakt werden.',
    'root-cause':
      'Vanaf 22 april gebruikten we een goedkopere doos van enkelgolfkarton zonder tussenschotten. In 29 ' +
      'bestellingen met vier of zes mokken stootten de mokken onderweg tegen elkaar en kwamen ze gebroken aan.',
    'immediate-actions':
      'Alle 29 klanten hebben we tussen 2 en 5 juni gebeld of gemaild en een nieuwe set of hun geld terug ' +
      'aangeboden; 24 van hen kozen voor een nieuwe set. De resterende 600 enkelgolfdozen hebben we op 3 juni ' +
      'teruggestuurd naar de leverancier.',
    'preventive-measures':
      'Sinds 4 juni verpakken we alle mokken in dubbelgolfdozen met kartonnen vakverdeling en een laag noppenfolie. ' +
      'Elke nieuwe verpakking ondergaat nu eerst een valtest van 1,2 meter op alle 6 zijden, en de teamleider ' +
      'inpak tekent dagelijks af dat de werkinstructie is gevolgd.',
    evidence:
      "Bijgevoegd zijn de nieuwe werkinstructie met foto's, het valtestrapport van 4 juni, de aftekenlijsten van " +
      '4 tot en met 18 juni en het feedbackoverzicht waarin sinds 6 juni geen enkele melding van breuk meer staat.',
  },
};

const trademark: GoodSample = {
  name: 'melding van merkinbreuk',
  sections: {
    acknowledgement:
      'We hebben een melding ontvangen wegens inbreuk op een handelsmerk, omdat de merknaam Nordwood in de titel ' +
      'en de zoektermen van vier van onze aanbiedingen voor stoelkussens stond. Onze kussens zijn niet van dat ' +
      'merk, en het gebruik van de naam was niet toegestaan.',
    'root-cause':
      "Bij het schrijven van de aanbiedingen gebruikten we 'geschikt voor Nordwood' om op die zoekterm gevonden " +
      'te worden. Niemand in ons team wist dat dit zonder toestemming van de merkhouder niet mag, en onze ' +
      'werkwijze voor nieuwe aanbiedingen bevatte geen controle op merknamen.',
    'immediate-actions':
      'Op 14 augustus hebben we de merknaam uit alle vier titels, de opsommingstekens en de backend-zoektermen ' +
      "verwijderd. Daarna hebben we de rechthebbende per e-mail laten weten welke ASIN's zijn aangepast en onze " +
      'excuses aangeboden.',
    'preventive-measures':
      'Sinds 16 augustus controleert onze contentmedewerker elke nieuwe of gewijzigde aanbieding in het ' +
      'merkenregister van het BOIP en het EUIPO voordat die online gaat. Op 21 augustus hebben twee collega’s een ' +
      'training van een halve dag over merkenrecht gevolgd bij een IE-advocaat.',
    evidence:
      'We voegen schermafbeeldingen van de aangepaste aanbiedingen toe, samen met onze e-mail aan de ' +
      'rechthebbende van 14 augustus, de nieuwe checklist voor content en de deelnamebewijzen van de training.',
  },
};

const safety: GoodSample = {
  name: 'klacht over productveiligheid',
  sections: {
    acknowledgement:
      'Een klant meldde op 2 september dat de powerbank met ASIN B0BZ8RT5QW tijdens het opladen heet werd en ' +
      'opzwol. De veiligheid van wat wij verkopen is onze verantwoordelijkheid, en onze controle heeft dit ' +
      'probleem niet opgemerkt.',
    'root-cause':
      'De partij van 500 stuks die op 12 augustus binnenkwam, kwam uit een nieuwe fabriek van onze leverancier. ' +
      'We hebben die partij vrijgegeven op basis van het CE- en UN38.3-certificaat van de oude fabriek, zonder ' +
      'zelf steekproeven te laten testen.',
    'immediate-actions':
      'Op 3 september hebben we de verkoop van deze ASIN stopgezet, de 318 stuks in het FBA-magazijn laten ' +
      'blokkeren en de 182 verkochte exemplaren via de bestelgegevens opgespoord. Alle kopers kregen een e-mail ' +
      'met het verzoek de powerbank niet meer te gebruiken, een gratis retourlabel en een volledige terugbetaling. ' +
      'Een geaccrediteerd laboratorium testte 10 exemplaren en vond een defecte beveiligingschip tegen overladen.',
    'preventive-measures':
      'Sinds 10 september gaat geen nieuwe partij meer naar FBA voordat een geaccrediteerd laboratorium 5 ' +
      'exemplaren heeft getest. Onze kwaliteitsmanager keurt elk testrapport goed en controleert of het ' +
      'certificaat op naam van de juiste fabriek staat.',
    evidence:
      'In de bijlage vindt u het laboratoriumrapport van 8 september, de e-mail aan de kopers, de nieuwe procedure ' +
      'voor het vrijgeven van partijen en het 8D-rapport van de leverancier.',
  },
};

const usedAsNew: GoodSample = {
  name: 'gebruikt verkocht als nieuw',
  sections: {
    acknowledgement:
      'Tussen 1 en 19 oktober gaven vijf klanten aan dat een als nieuw gekochte blender sporen van gebruik ' +
      'vertoonde. We erkennen dat we deze klanten hiermee hebben misleid.',
    'root-cause':
      'Retouren werden na een snelle visuele controle terug in de verkoopbare voorraad gezet. Bij 14 ' +
      'teruggestuurde blenders is niet gekeken of de verzegeling nog intact was en of alle accessoires erbij ' +
      'zaten, waarna ze opnieuw als nieuw zijn verkocht.',
    'immediate-actions':
      'Op 20 oktober hebben we alle 63 geretourneerde stuks uit de verkoopbare voorraad gehaald en een voor een ' +
      "nagekeken. Daarvan hebben we er 17 opnieuw aangeboden als 'Gebruikt - Zeer goed' en 4 defecte stuks " +
      'afgeschreven. De vijf klanten kregen hun geld terug en een kortingscode van € 15.',
    'preventive-measures':
      'Sinds 21 oktober gaan alle retouren naar een apart rek. Onze retourverantwoordelijke controleert per stuk ' +
      'de verzegeling, de accessoires en het serienummer en noteert dat in een logboek; alleen stuks met een ' +
      "ongeopende verzegeling mogen terug naar de voorraad 'Nieuw'. Producten met een verbroken zegel verkopen we " +
      'sindsdien altijd als gebruikt.',
    evidence:
      "We sturen de checklist voor retourcontrole mee, foto's van het retourrek en het controlelogboek van " +
      '21 oktober tot en met 4 november.',
  },
};

const expired: GoodSample = {
  name: 'verlopen voedingsmiddelen',
  sections: {
    acknowledgement:
      'Klanten ontvingen eiwitrepen van ASIN B07Q9LMN3R waarvan de houdbaarheidsdatum al verstreken was. ' +
      'We beseffen hoe ernstig dit is bij een voedingsmiddel.',
    'root-cause':
      'Op 28 november stuurden we 480 repen naar FBA die nog maar 40 dagen houdbaar waren. Onze voorraadlijst ' +
      'hield de THT-datum niet per partij bij, waardoor we niet zagen dat dit de oudste partij was.',
    'immediate-actions':
      'Op 9 januari hebben we een verwijderingsorder aangemaakt voor alle resterende stuks. De 7 getroffen klanten ' +
      "hebben we het aankoopbedrag terugbetaald, en we hebben alle andere voedings-ASIN's nagelopen op korte " +
      'houdbaarheid.',
    'preventive-measures':
      'Sinds 11 januari staat in onze voorraadlijst de THT-datum van elke partij, en we sturen geen ' +
      'voedingsmiddelen meer naar FBA die minder dan 120 dagen houdbaar zijn. Elke doos krijgt de THT-datum in ' +
      'cijfers van minimaal 36 punten, zoals Amazon voor FBA vereist. Elke maandag loopt de ' +
      'magazijnverantwoordelijke het houdbaarheidsrapport door.',
    evidence:
      'Bijgevoegd: de bevestiging van de verwijderingsorder, de bijgewerkte voorraadlijst met THT-datums en de ' +
      'maandagrapporten van 13 en 20 januari.',
  },
};

const tracking: GoodSample = {
  name: 'geldige tracking (bpost)',
  sections: {
    acknowledgement:
      'Ons percentage geldige tracking zakte in december naar 86%, onder de vereiste 95%. Het is onze fout dat ' +
      'we pakjes hebben verzonden zonder een trackingnummer te uploaden.',
    'root-cause':
      'Bestellingen onder 2 kg verstuurden we als gewone brievenbuspost van bpost zonder tracking. Onze ' +
      'winkelsoftware kende voor die verzendmethode geen trackingnummer toe en stuurde dus niets door naar Amazon.',
    'immediate-actions':
      'Vanaf 3 januari gaan alle bestellingen, ook de kleine, als zending met track & trace de deur uit. Voor de ' +
      '47 bestellingen die nog onderweg waren, hebben we de trackingnummers met de hand in Seller Central ' +
      'ingevuld.',
    'preventive-measures':
      'We hebben de standaardverzendinstellingen in onze winkelsoftware zo aangepast dat een verzendmethode ' +
      'zonder tracking niet meer te kiezen is. Sinds 6 januari controleert onze orderverwerker elke werkdag om ' +
      '14.00 uur het rapport met niet-bevestigde zendingen op ontbrekende trackingnummers.',
    evidence:
      'We voegen schermafbeeldingen van de nieuwe verzendinstellingen toe, het contract met bpost voor zendingen ' +
      'met track & trace en het trackingrapport van 6 tot en met 20 januari met een geldige tracking van 99,2%.',
  },
};

const cancellations: GoodSample = {
  name: 'annuleringen vóór verzending',
  sections: {
    acknowledgement:
      'Ons annuleringspercentage vóór verzending kwam in juli uit op 4,1%, ruim boven de grens van 2,5%. We hebben ' +
      '57 bestellingen geannuleerd omdat het product toch niet op voorraad bleek.',
    'root-cause':
      'We verkopen dezelfde voorraad via Amazon en via onze eigen webshop. De koppeling tussen die twee ' +
      'synchroniseerde de voorraad maar één keer per uur, dus op drukke dagen werd het laatste exemplaar op ' +
      'beide kanalen tegelijk verkocht.',
    'immediate-actions':
      'Op 1 augustus hebben we de 57 getroffen klanten een excuusmail met een tegoedbon van € 10 gestuurd. ' +
      'Daarnaast hebben we bij de 35 artikelen met minder dan 5 stuks op voorraad de hoeveelheid op Amazon ' +
      'handmatig met 1 verlaagd als buffer.',
    'preventive-measures':
      'Sinds 5 augustus loopt de voorraadkoppeling via een multichannel-tool die elke 5 minuten synchroniseert. ' +
      'Per artikel houden we bovendien 2 stuks achter die niet online te koop staan, en onze e-commercemedewerker ' +
      'controleert elke vrijdag het annuleringsrapport in Seller Central.',
    evidence:
      'Bijgevoegd zijn de overeenkomst met de leverancier van de koppeling, een schermafbeelding van de ' +
      'synchronisatie-instellingen en het annuleringsrapport van 5 tot en met 31 augustus met 0 annuleringen ' +
      'wegens gebrek aan voorraad.',
  },
};

export const nlSamples: LanguageSamples = {
  good: [lateShipments, inauthentic, defects, trademark, safety, usedAsNew, expired, tracking, cancellations],
  bad: [
    variant(inauthentic, 'lege sectie bewijsstukken', 'missing-section', { evidence: '' }),
    variant(lateShipments, 'veel langer dan één pagina', 'too-long', {
      'root-cause': padded(
        lateShipments.sections['root-cause'],
        (n) =>
          `Bestelling 405-7712345-${String(n).padStart(5, '0')} is pas een dag na de uiterlijke verzenddatum ` +
          'bij het PostNL-punt afgegeven.',
        60,
      ),
    }),
    variant(defects, 'vage beloften', 'vague-promise', {
      'preventive-measures':
        'We gaan onze kwaliteitscontrole verbeteren en voortaan beter opletten bij breekbare producten. ' +
        'Het inpakteam is gevraagd om extra zorgvuldig te werk te gaan.',
    }),
    variant(lateShipments, 'schuift de schuld af op vervoerder en klanten', 'blaming', {
      'root-cause':
        'De te late verzendingen waren de schuld van PostNL, dat pakketten dagenlang liet liggen, en een aantal ' +
        'klanten heeft gewoon gelogen om hun geld terug te krijgen.',
    }),
    variant(inauthentic, 'emotionele erkenning', 'emotional', {
      acknowledgement:
        'Wij zijn ontzettend boos over deze onterechte beslissing. Na 7 jaar lang alleen echte producten te hebben ' +
        'verkocht, slaat dit werkelijk nergens op.',
    }),
    variant(trademark, 'maatregelen alleen aangekondigd', 'future-only', {
      'immediate-actions':
        'We zullen de merknaam uit de vier titels verwijderen en gaan alle backend-zoektermen nalopen. In de ' +
        'toekomst zullen we eerst contact opnemen met de merkhouder voordat we iets aanpassen.',
    }),
    variant(safety, 'hoofdoorzaak gekopieerd in de maatregelen', 'duplicate-text', {
      'immediate-actions': `${safety.sections['root-cause']} ${safety.sections['immediate-actions']}`,
    }),
    variant(usedAsNew, 'hoofdoorzaak zonder concreet probleem', 'generic-root-cause', {
      'root-cause':
        'Er is in onze processen iets misgegaan en we hebben de regels niet nauwkeurig genoeg gevolgd. ' +
        'We begrijpen nu wat er fout ging en waarom.',
    }),
    variant(expired, 'erkenning 5 keer geplakt', 'repeated-sentence', {
      acknowledgement: Array.from({ length: 5 }, () => expired.sections.acknowledgement).join(' '),
    }),
    variant(tracking, 'bewijs zonder documenten', 'evidence-unnamed', {
      evidence:
        'We zijn ervan overtuigd dat de nieuwe werkwijze goed is ingevoerd en dat onze klanten er echt op ' +
        'vooruitgaan.',
    }),
  ],
};
