import type { PoaLanguagePack } from '../types';

export const poaText: PoaLanguagePack = {
  language: 'de',
  title: 'Maßnahmenplan',
  sections: {
    acknowledgement: {
      heading: 'Anerkennung des Problems',
      hint: 'In ein oder zwei Sätzen: welches Problem Amazon genannt hat und dass Sie die Verantwortung dafür übernehmen.',
    },
    'root-cause': {
      heading: 'Grundursache',
      hint:
        'Was in Ihren eigenen Abläufen dazu geführt hat. Nennen Sie die betroffenen ASINs, Bestellungen oder ' +
        'Kennzahlen.',
    },
    'immediate-actions': {
      heading: 'Ergriffene Sofortmaßnahmen',
      hint: 'Was Sie bereits getan haben, um das Problem zu lösen, mit Datum.',
    },
    'preventive-measures': {
      heading: 'Langfristige vorbeugende Maßnahmen',
      hint: 'Dauerhafte Änderungen: wer macht was, wie oft, mit welchem Werkzeug und seit wann.',
    },
    evidence: {
      heading: 'Belege für die Umsetzung der Änderungen',
      hint: 'Die beigefügten Unterlagen, die zeigen, dass die Änderungen bereits greifen.',
    },
  },
  rules: {
    'missing-section': {
      message: 'Der Abschnitt „{section}“ ist leer.',
      fix: 'Schreiben Sie hier zwei oder drei sachliche Sätze; Amazon achtet auf jeden Teil.',
    },
    'short-section': {
      message: 'Dieser Abschnitt hat nur {words} Wörter.',
      fix: 'Nennen Sie, wer was wann getan hat und was sich geändert hat.',
    },
    'too-long': {
      message: 'Der Plan hat {words} Wörter; etwa {limit} passen auf eine Seite. Das sind {over} Wörter zu viel.',
      fix: 'Kürzen Sie Hintergrund und Wiederholungen; behalten Sie Fakten, Zahlen und Daten.',
    },
    'vague-promise': {
      message: '„{phrase}“ verspricht etwas, ohne zu sagen, wie.',
      fix:
        'Ergänzen Sie im selben Satz eine Zahl, ein Datum, eine Rolle, ein Werkzeug oder eine Häufigkeit, z. B. ' +
        '„Jedes Paket wird vor dem Versand gewogen.“',
    },
    blaming: {
      message: '„{phrase}“ schiebt die Schuld auf andere.',
      fix: 'Beschreiben Sie, was in Ihren eigenen Abläufen versagt hat; Amazon erwartet, dass Sie die Verantwortung dafür übernehmen.',
    },
    emotional: {
      message: '„{phrase}“ klingt emotional.',
      fix: 'Bleiben Sie neutral und sachlich; Prüfer reagieren auf Belege, nicht auf Gefühle.',
    },
    'future-only': {
      message: 'Dieser Abschnitt beschreibt nur Pläne für die Zukunft.',
      fix:
        'Schreiben Sie, was bereits umgesetzt ist und seit wann, z. B. „Seit dem 3. März prüfen wir …“, und fügen ' +
        'Sie Belege bei.',
    },
    'duplicate-text': {
      message: 'Derselbe Text steht auch unter „{section}“.',
      fix: 'Jeder Abschnitt beantwortet seine eigene Frage; schreiben Sie hier einen Text, der zu diesem Abschnitt passt.',
    },
    'repeated-sentence': {
      message: 'Dieser Satz steht {count}-mal in diesem Abschnitt.',
      fix: 'Schreiben Sie ihn nur einmal; wer denselben Satz noch einmal liest, liest nicht mehr genau hin.',
    },
    'generic-root-cause': {
      message: 'Die Grundursache nennt kein konkretes Problem und keine ASIN, Bestellung oder Kennzahl.',
      fix: 'Nennen Sie genau, was Amazon beanstandet hat: die ASINs, Bestellnummern oder die Kennzahl und ihren Wert.',
    },
    'evidence-unnamed': {
      message: 'Dieser Abschnitt nennt nicht, welche Dokumente Sie beifügen.',
      fix: 'Nennen Sie jeden Nachweis: die Rechnungen, die neue Checkliste, einen Screenshot der Einstellung, den Bericht mit Datum.',
    },
  },
  lengthWithin: '{words} von {limit} Wörtern, {remaining} übrig',
  lengthOver: '{words} von {limit} Wörtern, {over} zu viel',
};
