import type { PoaLanguagePack } from '../types';

export const poaText: PoaLanguagePack = {
  language: 'sv',
  title: 'Handlingsplan',
  sections: {
    acknowledgement: {
      heading: 'Erkännande av problemet',
      hint: 'I en eller två meningar: vilket problem Amazon har påpekat och att du tar ansvar för det.',
    },
    'root-cause': {
      heading: 'Grundorsak',
      hint: 'Vad i dina egna processer som gjorde att det hände. Nämn de ASIN, ordrar eller det mått det gäller.',
    },
    'immediate-actions': {
      heading: 'Omedelbara åtgärder som har vidtagits',
      hint: 'Det du redan har gjort för att lösa problemet, med datum.',
    },
    'preventive-measures': {
      heading: 'Långsiktiga förebyggande åtgärder',
      hint: 'Varaktiga förändringar: vem gör vad, hur ofta, med vilket verktyg och sedan när.',
    },
    evidence: {
      heading: 'Bevis för att förändringarna är på plats',
      hint: 'De dokument du bifogar som visar att förändringarna redan fungerar.',
    },
  },
  rules: {
    'missing-section': {
      message: 'Avsnittet ”{section}” är tomt.',
      fix: 'Skriv två eller tre sakliga meningar här; Amazon letar efter varje del.',
    },
    'short-section': {
      message: 'Avsnittet har bara {words} ord.',
      fix: 'Skriv vem som gjorde vad, när, och vad som ändrades.',
    },
    'too-long': {
      message: 'Planen har {words} ord; ungefär {limit} ryms på en sida. Det är {over} ord för mycket.',
      fix: 'Stryk bakgrund och upprepningar; behåll fakta, siffror och datum.',
    },
    'vague-promise': {
      message: '”{phrase}” lovar något utan att säga hur.',
      fix:
        'Lägg i samma mening till en siffra, ett datum, en roll, ett verktyg eller en frekvens, t.ex. ”varje paket ' +
        'vägs före avsändning”.',
    },
    blaming: {
      message: '”{phrase}” lägger skulden på någon annan.',
      fix: 'Beskriv vad som brast i dina egna processer; Amazon förväntar sig att du tar ansvar för orsaken.',
    },
    emotional: {
      message: '”{phrase}” låter känsloladdat.',
      fix: 'Håll en neutral och saklig ton; handläggare reagerar på bevis, inte känslor.',
    },
    'future-only': {
      message: 'Avsnittet beskriver bara planer för framtiden.',
      fix:
        'Skriv vad som redan är gjort och sedan när, t.ex. ”Sedan den 3 mars har vi kontrollerat…”, ' +
        'och bifoga bevis.',
    },
    'duplicate-text': {
      message: 'Samma text finns också under ”{section}”.',
      fix: 'Varje avsnitt svarar på sin egen fråga; skriv text som passar just den här delen.',
    },
    'repeated-sentence': {
      message: 'Den här meningen står {count} gånger i avsnittet.',
      fix: 'Skriv den en gång; en handläggare som möter samma mening igen slutar läsa noga.',
    },
    'generic-root-cause': {
      message: 'Grundorsaken nämner inget konkret problem, ASIN, order eller mått.',
      fix: 'Nämn exakt det Amazon påpekade: ASIN, order-ID eller måttet och dess värde.',
    },
    'evidence-unnamed': {
      message: 'Avsnittet säger inte vilka dokument du bifogar.',
      fix: 'Nämn varje bevis: fakturorna, den nya checklistan, en skärmbild av inställningen, rapporten med datum.',
    },
  },
  lengthWithin: '{words} av {limit} ord, {remaining} kvar',
  lengthOver: '{words} av {limit} ord, {over} för många',
};
