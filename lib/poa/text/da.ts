import type { PoaLanguagePack } from '../types';

export const poaText: PoaLanguagePack = {
  language: 'da',
  title: 'Handlingsplan',
  sections: {
    acknowledgement: {
      heading: 'Anerkendelse af problemet',
      hint: 'I en eller to sætninger: hvilket problem Amazon har påpeget, og at du tager ansvaret for det.',
    },
    'root-cause': {
      heading: 'Grundårsag',
      hint: 'Hvad i dine egne processer der gjorde det muligt. Nævn de ASIN’er, ordrer eller det nøgletal, det drejer sig om.',
    },
    'immediate-actions': {
      heading: 'Gennemførte strakstiltag',
      hint: 'Det, du allerede har gjort for at løse problemet, med datoer.',
    },
    'preventive-measures': {
      heading: 'Langsigtede forebyggende tiltag',
      hint: 'Varige ændringer: hvem gør hvad, hvor ofte, med hvilket værktøj og siden hvornår.',
    },
    evidence: {
      heading: 'Bevis for, at ændringerne er på plads',
      hint: 'De dokumenter, du vedlægger, som viser, at ændringerne allerede virker.',
    },
  },
  rules: {
    'missing-section': {
      message: 'Afsnittet »{section}« er tomt.',
      fix: 'Skriv to eller tre saglige sætninger her; Amazon leder efter hver del.',
    },
    'short-section': {
      message: 'Afsnittet har kun {words} ord.',
      fix: 'Skriv, hvem der gjorde hvad, hvornår, og hvad der ændrede sig.',
    },
    'too-long': {
      message: 'Planen har {words} ord; der er plads til omkring {limit} på én side. Det er {over} ord for mange.',
      fix: 'Skær baggrund og gentagelser væk; behold fakta, tal og datoer.',
    },
    'vague-promise': {
      message: '»{phrase}« lover noget uden at sige, hvordan.',
      fix: 'Tilføj i samme sætning et tal, en dato, en rolle, et værktøj eller en hyppighed, fx »hver pakke vejes før afsendelse«.',
    },
    blaming: {
      message: '»{phrase}« lægger skylden på andre.',
      fix: 'Beskriv, hvad der svigtede i dine egne processer; Amazon forventer, at du tager ansvaret for årsagen.',
    },
    emotional: {
      message: '»{phrase}« lyder følelsesladet.',
      fix: 'Hold en neutral og saglig tone; sagsbehandlere reagerer på beviser, ikke følelser.',
    },
    'future-only': {
      message: 'Afsnittet beskriver kun planer for fremtiden.',
      fix: 'Skriv, hvad der allerede er gjort og siden hvornår, fx »Siden 3. marts har vi kontrolleret…«, og vedlæg bevis.',
    },
    'duplicate-text': {
      message: 'Den samme tekst står også under »{section}«.',
      fix: 'Hvert afsnit svarer på sit eget spørgsmål; skriv tekst, der passer til denne del.',
    },
    'repeated-sentence': {
      message: 'Denne sætning står {count} gange i dette afsnit.',
      fix: 'Skriv den én gang; en sagsbehandler, der møder den samme sætning igen, holder op med at læse grundigt.',
    },
    'generic-root-cause': {
      message: 'Grundårsagen nævner intet konkret problem, ASIN, ordre eller nøgletal.',
      fix: 'Nævn præcis det, Amazon har påpeget: ASIN’erne, ordre-ID’erne eller nøgletallet og dets værdi.',
    },
    'evidence-unnamed': {
      message: 'Afsnittet nævner ikke, hvilke dokumenter du vedlægger.',
      fix: 'Nævn hvert bevis: fakturaerne, den nye tjekliste, et skærmbillede af indstillingen, rapporten med datoer.',
    },
  },
  lengthWithin: '{words} af {limit} ord, {remaining} tilbage',
  lengthOver: '{words} af {limit} ord, {over} for mange',
};
