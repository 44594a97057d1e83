import type { PoaLanguagePack } from '../types';

export const poaText: PoaLanguagePack = {
  language: 'nl',
  title: 'Actieplan',
  sections: {
    acknowledgement: {
      heading: 'Erkenning van het probleem',
      hint: 'In één of twee zinnen: welk probleem Amazon heeft gesignaleerd, en dat u er de verantwoordelijkheid voor neemt.',
    },
    'root-cause': {
      heading: 'Hoofdoorzaak',
      hint: "Wat er in uw eigen processen misging waardoor dit kon gebeuren. Noem de betrokken ASIN's, bestellingen of statistiek.",
    },
    'immediate-actions': {
      heading: 'Direct genomen maatregelen',
      hint: 'Wat u al hebt gedaan om dit probleem op te lossen, met datums.',
    },
    'preventive-measures': {
      heading: 'Preventieve maatregelen voor de lange termijn',
      hint: 'Blijvende veranderingen: wie doet wat, hoe vaak, met welk hulpmiddel en sinds wanneer.',
    },
    evidence: {
      heading: 'Bewijs dat de veranderingen zijn ingevoerd',
      hint: 'De documenten die u bijvoegt en die laten zien dat de veranderingen al werken.',
    },
  },
  rules: {
    'missing-section': {
      message: 'Het onderdeel “{section}” is leeg.',
      fix: 'Schrijf hier twee of drie feitelijke zinnen; Amazon kijkt naar elk onderdeel.',
    },
    'short-section': {
      message: 'Dit onderdeel is erg kort (aantal woorden: {words}).',
      fix: 'Vermeld wie wat heeft gedaan, wanneer, en wat er is veranderd.',
    },
    'too-long': {
      message: 'Het plan telt {words} woorden; op één pagina passen er ongeveer {limit}. Dat is {over} te veel.',
      fix: 'Schrap achtergrond en herhalingen; behoud feiten, getallen en datums.',
    },
    'vague-promise': {
      message: '“{phrase}” belooft iets zonder te zeggen hoe.',
      fix:
        'Voeg in dezelfde zin een getal, datum, functie, hulpmiddel of frequentie toe, bijvoorbeeld “elk pakket wordt ' +
        'vóór verzending gewogen”.',
    },
    blaming: {
      message: '“{phrase}” legt de schuld bij een ander.',
      fix: 'Beschrijf wat er in uw eigen processen misging; Amazon verwacht dat u de oorzaak bij uzelf zoekt.',
    },
    emotional: {
      message: '“{phrase}” klinkt emotioneel.',
      fix: 'Houd de toon neutraal en feitelijk; beoordelaars laten zich overtuigen door bewijs, niet door gevoelens.',
    },
    'future-only': {
      message: 'Dit onderdeel beschrijft alleen plannen voor de toekomst.',
      fix: 'Vermeld wat al is gedaan en sinds wanneer, bijvoorbeeld “Sinds 3 maart controleren wij…”, en voeg bewijs toe.',
    },
    'duplicate-text': {
      message: 'Dezelfde tekst staat ook onder “{section}”.',
      fix: 'Elk onderdeel beantwoordt een eigen vraag; schrijf tekst die bij dit onderdeel past.',
    },
    'repeated-sentence': {
      message: 'Deze zin komt {count} keer voor in dit onderdeel.',
      fix: 'Zeg het één keer; een beoordelaar die dezelfde zin opnieuw tegenkomt, leest minder aandachtig verder.',
    },
    'generic-root-cause': {
      message: 'De hoofdoorzaak noemt geen concreet probleem, geen ASIN, bestelling of statistiek.',
      fix: "Noem precies wat Amazon heeft gesignaleerd: de ASIN's, de bestelnummers, of de statistiek en de waarde ervan.",
    },
    'evidence-unnamed': {
      message: 'Dit onderdeel zegt niet welke documenten u bijvoegt.',
      fix: 'Noem elk bewijsstuk: de facturen, de nieuwe checklist, een schermafbeelding van de instelling, het rapport met de datums.',
    },
  },
  lengthWithin: '{words} van {limit} woorden, nog {remaining} over',
  lengthOver: '{words} van {limit} woorden, {over} te veel',
};
