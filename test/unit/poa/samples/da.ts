import { type GoodSample, type LanguageSamples, padded, variant } from './types';

const lateShipments: GoodSample = {
  name: 'sene forsendelser (FBM)',
  sections: {
    acknowledgement:
      'Vores andel af sene forsendelser nåede 9,4 % i de 30 dage frem til 12. marts, over målet på 4 %. ' +
      'Vi påtager os det fulde ansvar for de forsinkelser, vores kunder oplevede.',
    'root-cause':
      'Vi lod én lagermedarbejder printe fragtlabels én gang om dagen kl. 16. På dage med mere end 60 ordrer nåede ' +
      'pakkerne ikke fragtfirmaets afhentning og blev sendt en dag for sent.',
    'immediate-actions':
      'Den 13. marts sendte vi alle 41 åbne ordrer med sporing og bekræftede leveringsdatoerne. ' +
      'Vi indførte samtidig en ekstra labelkørsel kl. 11.',
    'preventive-measures':
      'Siden 14. marts arbejder en ekstra pakker hver eftermiddag, og vores forsendelsessoftware advarer ' +
      'lagerchefen, ' +
      'når en ordre er 12 timer fra sin afsendelsesfrist. Vi har sat håndteringstiden til 2 dage for alle SKU’er.',
    evidence:
      'Vedlagt er den nye vagtplan underskrevet 14. marts, et skærmbillede af advarselsindstillingerne og ' +
      'forsendelsesrapporten for 14.–28. marts med 0 sene forsendelser.',
  },
};

const inauthentic: GoodSample = {
  name: 'klager over uægte varer',
  sections: {
    acknowledgement:
      'Amazon modtog i februar to klager over uægte varer for ASIN B08K3QZ7T2. ' +
      'Vi forstår, at kunderne altid skal have ægte produkter.',
    'root-cause':
      'Vi købte 200 enheder hos en ny grossist i januar uden at bede om mærkets autorisationsbrev, og vores ' +
      'modtagekontrol sammenlignede ikke emballagen med enheder fra mærkeejeren.',
    'immediate-actions':
      'Vi fjernede vores tilbud den 20. februar, oprettede en fjernelsesordre for alle 143 resterende enheder og ' +
      'refunderede begge kunder fuldt ud.',
    'preventive-measures':
      'Siden 22. februar har vi kun købt hos distributører, der står på mærkets hjemmeside, og vores indkøbschef ' +
      'kontrollerer autorisationsbrev og faktura før hver ordre. Hver indgående levering sammenlignes med en ' +
      'referenceenhed.',
    evidence:
      'Vedlagt er fakturaer fra den autoriserede distributør dateret 24. februar, autorisationsbrevet og vores ' +
      'tjekliste til godkendelse af leverandører.',
  },
};

const defects: GoodSample = {
  name: 'ordredefektrate fra beskadigede varer',
  sections: {
    acknowledgement:
      'Vores ordredefektrate steg til 1,6 % i april, især på grund af negativ feedback om knust glas. ' +
      'Vi tager ansvaret for, hvordan varerne blev pakket.',
    'root-cause':
      'Vores pakkebord havde ingen standard for bobleplast, så skrøbelige varer i 37 ordrer blev pakket kun med ' +
      'papir og gik i stykker under transporten.',
    'immediate-actions':
      'Vi kontaktede alle 37 kunder mellem 2. og 4. maj, sendte erstatningsvarer eller fuld refusion og udskiftede ' +
      'papirfyldet med dobbeltvæggede kasser og bobleplast.',
    'preventive-measures':
      'Vi har skrevet en pakkevejledning med fotos for hver skrøbelig SKU, og siden 5. maj godkender vores ' +
      'holdleder hver skrøbelig pakke, før den sendes. Faldtest fra 1 meter blev indført for nye produkter.',
    evidence:
      'Vedlagt: pakkevejledningen, godkendelsesloggen for 5.–19. maj og feedbackrapporten uden nye klager over ' +
      'skader siden 6. maj.',
  },
};

const trademark: GoodSample = {
  name: 'varemærkeklage',
  sections: {
    acknowledgement:
      'Vi modtog en klage over krænkelse af et varemærke, fordi et beskyttet mærkenavn stod i titlerne på tre af ' +
      'vores opslag. Vi respekterer rettighedshaveren og erkender, at brugen ikke var tilladt.',
    'root-cause':
      'Vores tekstforfatter tilføjede andre mærkenavne som søgeord uden at tjekke varemærker, fordi vores proces ' +
      'for opslag ikke havde et juridisk kontroltrin.',
    'immediate-actions':
      'Den 8. juni slettede vi mærkenavnet fra de tre titler og fra alle skjulte søgeord, og vi bekræftede ' +
      'ændringerne over for rettighedshaveren pr. e-mail.',
    'preventive-measures':
      'Siden 10. juni tjekker vores compliance-ansvarlige alle nye eller ændrede opslag mod EUIPO’s ' +
      'varemærkedatabase. Vores tekstforfatter gennemførte et kursus på to timer om varemærkeret den 12. juni.',
    evidence:
      'Vi vedlægger skærmbilleder af de rettede opslag, skabelonen til søgeordstjek og kursusbeviset dateret ' +
      '12. juni.',
  },
};

const safety: GoodSample = {
  name: 'klage over produktsikkerhed',
  sections: {
    acknowledgement:
      'En kunde meldte, at opladeren under ASIN B09T5W1LQX blev overophedet. Produktsikkerhed er vores ansvar, ' +
      'og vores kontrol opdagede ikke fejlen.',
    'root-cause':
      'Partiet, der kom ind den 3. juli, stammede fra en ny produktionslinje, og vi godkendte det alene på ' +
      'leverandørens certifikat uden vores egen test af 5 prøveenheder.',
    'immediate-actions':
      'Vi stoppede salget af ASIN’en den 15. juli, satte de 320 enheder på lager i karantæne og fik 10 enheder ' +
      'testet af et akkrediteret laboratorium, som bekræftede en defekt termosikring.',
    'preventive-measures':
      'Siden 20. juli holdes hvert nyt parti tilbage, indtil et akkrediteret laboratorium har testet 5 enheder, og ' +
      'vores kvalitetschef godkender rapporten, før enhederne sendes til FBA.',
    evidence:
      'Vedlagt er laboratorierapporten af 18. juli, den nye procedure for frigivelse af partier og leverandørens ' +
      'rapport om korrigerende handlinger dateret 19. juli.',
  },
};

const usedAsNew: GoodSample = {
  name: 'brugt solgt som ny',
  sections: {
    acknowledgement:
      'Mellem 1. og 20. august fortalte fire kunder os, at varer solgt som nye havde brugsspor. ' +
      'Vi erkender, at det vildledte vores kunder.',
    'root-cause':
      'I august blev 11 returnerede enheder sat tilbage på salgbart lager efter et visuelt tjek alene, og ingen ' +
      'kontrollerede forsegling eller tilbehør, før de blev solgt som nye igen.',
    'immediate-actions':
      'Vi tog alle 58 returnerede enheder ud af det salgbare lager den 21. august, undersøgte hver enkelt og satte ' +
      '12 af dem til salg som brugt.',
    'preventive-measures':
      'Siden 22. august går returvarer til en separat hylde, og vores returansvarlige tjekker forsegling, tilbehør ' +
      'og serienummer på hver enhed, før den kan sælges som ny. Enheder med brudt forsegling sælges nu altid som ' +
      'brugte.',
    evidence:
      'Vi vedlægger tjeklisten til returkontrol, fotos af returhylden og kontrolloggen for 22. august til ' +
      '5. september.',
  },
};

const expired: GoodSample = {
  name: 'udløbne fødevarer',
  sections: {
    acknowledgement:
      'Kunder modtog proteinbarer efter udløbsdatoen under ASIN B07Q1MZ9RC. ' +
      'Vi forstår, hvor alvorligt det er for et fødevareprodukt.',
    'root-cause':
      'Vi sendte 400 barer til FBA med kun 45 dages holdbarhed tilbage, fordi vores lagerplanlægning ikke ' +
      'registrerede udløbsdatoer pr. parti.',
    'immediate-actions':
      'Den 2. oktober oprettede vi en fjernelsesordre for alle resterende enheder, refunderede de 6 berørte kunder ' +
      'og kontrollerede alle andre fødevare-ASIN’er for kort holdbarhed.',
    'preventive-measures':
      'Siden 4. oktober registrerer vores lagerregneark udløbsdatoen for hvert parti, og vi sender ikke længere ' +
      'fødevarer med under 120 dages holdbarhed til FBA. Lagerchefen gennemgår udløbsrapporten hver mandag.',
    evidence:
      'Vedlagt er bekræftelsen på fjernelsesordren, det opdaterede regneark med udløbsdatoer og mandagsrapporterne ' +
      'fra 9. og 16. oktober.',
  },
};

const tracking: GoodSample = {
  name: 'gyldig sporing',
  sections: {
    acknowledgement:
      'Vores andel af gyldig sporing faldt til 87 % i november, under de krævede 95 %. Vi tager ansvaret for at ' +
      'have sendt ordrer uden at uploade sporingsnumre.',
    'root-cause':
      'Ordrer under 500 g blev sendt som brev uden sporing, og vores butikssoftware uploadede ikke sporing for den ' +
      'fragttype.',
    'immediate-actions':
      'Fra 3. december flyttede vi alle små varer til en fragttype med sporing og uploadede sporing for de 52 ' +
      'ordrer, der stadig var undervejs.',
    'preventive-measures':
      'Vi har ændret standardskabelonen for forsendelse, så enhver fragttype uden sporing er blokeret i vores ' +
      'butikssoftware. Siden 5. december tjekker vores ordrekoordinator den daglige rapport over ikke-afsendte ' +
      'ordrer kl. 14 for ordrer uden sporingsnummer.',
    evidence:
      'Vi vedlægger de nye skabelonindstillinger, fragtaftalen om breve med sporing og sporingsrapporten for ' +
      '5.–19. december med en gyldig sporingsrate på 99 %.',
  },
};

export const daSamples: LanguageSamples = {
  good: [lateShipments, inauthentic, defects, trademark, safety, usedAsNew, expired, tracking],
  bad: [
    variant(inauthentic, 'tomt bevisafsnit', 'missing-section', { evidence: '' }),
    variant(lateShipments, 'langt over én side', 'too-long', {
      'root-cause': padded(
        lateShipments.sections['root-cause'],
        (n) => `Ordre 302-5551234-${String(n).padStart(5, '0')} forlod vores lager en dag efter sin afsendelsesfrist.`,
        60,
      ),
    }),
    variant(defects, 'vage løfter', 'vague-promise', {
      'preventive-measures':
        'Vi vil forbedre vores kvalitetskontrol og være mere omhyggelige med skrøbelige varer. ' +
        'Pakkeholdet er blevet mindet om at holde bedre øje.',
    }),
    variant(lateShipments, 'giver fragtfirma og kunder skylden', 'blaming', {
      'root-cause':
        'De sene forsendelser var fragtfirmaets skyld, og flere kunder løj om ikke at have modtaget deres pakker ' +
        'for at få pengene tilbage.',
    }),
    variant(inauthentic, 'følelsesladet anerkendelse', 'emotional', {
      acknowledgement:
        'Vi er dybt frustrerede over denne uretfærdige afgørelse, som giver ingen mening efter 6 år med salg af ' +
        'ægte varer.',
    }),
    variant(trademark, 'tiltag kun lovet', 'future-only', {
      'immediate-actions':
        'Vi vil fjerne mærkenavnet fra de tre titler og vil kontrollere alle skjulte søgeord. ' +
        'Fremover skal rettighedshaveren kontaktes før hver ændring.',
    }),
    variant(safety, 'grundårsag kopieret ind i tiltag', 'duplicate-text', {
      'immediate-actions': `${safety.sections['root-cause']} ${safety.sections['immediate-actions']}`,
    }),
    variant(usedAsNew, 'grundårsag uden konkret problem', 'generic-root-cause', {
      'root-cause':
        'Vi begik en fejl i vores processer og fulgte ikke reglerne omhyggeligt nok. ' +
        'Vi forstår nu, hvad der gik galt og hvorfor.',
    }),
    variant(expired, 'anerkendelsen indsat 5 gange', 'repeated-sentence', {
      acknowledgement: Array.from({ length: 5 }, () => expired.sections.acknowledgement).join(' '),
    }),
    variant(tracking, 'beviser uden dokumenter', 'evidence-unnamed', {
      evidence: 'Vi er sikre på, at den nye arbejdsgang er på plads, og at den fungerer godt for vores kunder.',
    }),
  ],
};
