import type { PoaLanguagePack } from '../types';

export const poaText: PoaLanguagePack = {
  language: 'it',
  title: "Piano d'azione",
  sections: {
    acknowledgement: {
      heading: 'Riconoscimento del problema',
      hint: 'In una o due frasi: quale problema ha segnalato Amazon e che se ne assume la responsabilità.',
    },
    'root-cause': {
      heading: 'Causa principale',
      hint: 'Che cosa, nei suoi processi, ha permesso che accadesse. Indichi gli ASIN, gli ordini o la metrica interessati.',
    },
    'immediate-actions': {
      heading: 'Azioni immediate intraprese',
      hint: 'Che cosa ha già fatto per risolvere il problema, con le date.',
    },
    'preventive-measures': {
      heading: 'Misure preventive a lungo termine',
      hint: 'Modifiche durature: chi fa che cosa, con quale frequenza, con quale strumento e da quando.',
    },
    evidence: {
      heading: 'Prove che le modifiche sono in atto',
      hint: 'I documenti allegati che dimostrano che le modifiche funzionano già.',
    },
  },
  rules: {
    'missing-section': {
      message: 'La sezione “{section}” è vuota.',
      fix: 'Scriva qui due o tre frasi concrete; Amazon verifica ogni parte del piano.',
    },
    'short-section': {
      message: 'Parole in questa sezione: solo {words}.',
      fix: 'Indichi chi ha fatto che cosa, quando e che cosa è cambiato.',
    },
    'too-long': {
      message: 'Il piano conta {words} parole; in una pagina ne stanno circa {limit}. Parole in eccesso: {over}.',
      fix: 'Tagli contesto e ripetizioni; mantenga fatti, numeri e date.',
    },
    'vague-promise': {
      message: '“{phrase}” promette qualcosa senza dire come.',
      fix:
        'Nella stessa frase aggiunga un numero, una data, un ruolo, uno strumento o una frequenza, per esempio ' +
        '“ogni pacco viene pesato prima della spedizione”.',
    },
    blaming: {
      message: '“{phrase}” attribuisce la colpa a qualcun altro.',
      fix: 'Descriva che cosa non ha funzionato nei suoi processi; Amazon si aspetta che se ne assuma la responsabilità.',
    },
    emotional: {
      message: '“{phrase}” ha un tono emotivo.',
      fix: 'Mantenga un tono neutro e concreto; chi esamina il piano si basa sulle prove, non sulle emozioni.',
    },
    'future-only': {
      message: 'Questa sezione descrive solo intenzioni per il futuro.',
      fix: 'Indichi che cosa è già stato fatto e da quando, per esempio “Dal 3 marzo controlliamo…”, e alleghi le prove.',
    },
    'duplicate-text': {
      message: 'Lo stesso testo compare anche in “{section}”.',
      fix: 'Ogni sezione risponde a una domanda diversa; scriva un testo adatto a questa parte.',
    },
    'repeated-sentence': {
      message: 'Questa frase compare {count} volte in questa sezione.',
      fix: 'La scriva una sola volta; chi ritrova la stessa frase smette di leggere con attenzione.',
    },
    'generic-root-cause': {
      message: 'La causa principale non indica alcun problema, ASIN, ordine o metrica specifici.',
      fix: 'Indichi esattamente ciò che Amazon ha segnalato: gli ASIN, gli ID ordine oppure la metrica e il suo valore.',
    },
    'evidence-unnamed': {
      message: 'Questa sezione non dice quali documenti allega.',
      fix: "Indichi ogni prova: le fatture, la nuova checklist, uno screenshot dell'impostazione, il report con le sue date.",
    },
  },
  lengthWithin: '{words} di {limit} parole, ne restano {remaining}',
  lengthOver: '{words} di {limit} parole, {over} di troppo',
};
