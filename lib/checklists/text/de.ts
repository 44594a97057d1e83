import type { ChecklistLanguagePack } from '../types';

export const de: ChecklistLanguagePack = {
  language: 'de',
  checklists: {
    hold: {
      title: 'Konto angehalten',
      intro:
        'Ein angehaltenes Konto ist eine Warnung, auf die Sie noch antworten können. Gehen Sie die Schritte der Reihe nach durch und notieren Sie, was Sie finden.',
      items: {
        'read-notice': {
          title: 'Die Nachricht von Amazon lesen',
          why: 'Amazon begründet in einer Nachricht, warum das Konto angehalten wurde; der genaue Wortlaut zeigt, was zu beheben ist.',
          detail:
            'Sehen Sie im Postfach der in Seller Central hinterlegten E-Mail-Adresse und unter „Leistungsbenachrichtigungen“ nach.',
        },
        'check-health': {
          title: 'Kontozustand öffnen',
          why: 'Auf der Seite „Kontozustand“ sehen Sie oft genauer, welche Richtlinie, Kennzahl oder welches Angebot hinter dem Anhalten steht.',
        },
        'name-cause': {
          title: 'Die genaue Ursache notieren',
          why: 'Ihre Unterlagen und Ihr Maßnahmenplan müssen genau dieses Problem beantworten, keine Vermutung.',
          detail:
            'Zum Beispiel fehlende Verkäuferangaben, ein Problem mit der Zahlungsmethode, zu viele verspätete ' +
            'Sendungen, eine Beschwerde.',
          evidencePrompt:
            'Notieren Sie Richtlinie, ASINs, Bestellnummern oder Kennzahl aus der Nachricht und deren Datum.',
        },
        'gather-documents': {
          title: 'Die Unterlagen sammeln, die diese Ursache verlangt',
          why: 'Amazon entscheidet nach Belegen; klare, passende Unterlagen verkürzen die Prüfung.',
          detail:
            'Zustellnachweise für angeblich nicht gelieferte Bestellungen; Produktzertifikate oder ' +
            'Sicherheitsprüfungen; ' +
            'Lieferantenrechnungen als Echtheitsnachweis; Jahresabschluss oder Kontoauszüge bei finanziellen Fragen.',
          evidencePrompt: 'Listen Sie jede Datei mit dem auf, was sie belegt. Prüfen Sie, ob jede Seite lesbar ist.',
        },
        'write-poa': {
          title: 'Einen Maßnahmenplan schreiben',
          why: 'Der Plan zeigt Amazon, dass Sie die Ursache verstehen und bereits behoben haben.',
          detail:
            'Problem anerkennen, Grundursache erklären, bereits ergriffene Maßnahmen und dauerhafte Änderungen ' +
            'nennen. ' +
            'Sachlich und kurz bleiben.',
        },
        'contact-support': {
          title: 'Über das Fallprotokoll senden',
          why: 'Wer im Kanal aus der Nachricht antwortet, hält alles in einem Fall zusammen.',
          detail: 'Höflich, knapp und einheitlich bleiben. Ein Fall pro Problem, nicht mehrere zum selben Thema.',
          evidencePrompt: 'Notieren Sie die Fallnummer und das Datum, an dem Sie gesendet haben.',
        },
      },
    },
    review: {
      title: 'Konto wird überprüft',
      intro:
        'Amazon prüft etwas, bevor entschieden wird. Beantworten Sie genau das Erfragte, zügig, und verkaufen Sie in der Zwischenzeit nach den Regeln.',
      items: {
        'read-notice': {
          title: 'Lesen, was Amazon überprüft',
          why: 'Die Nachricht nennt die Richtlinie, das Angebot oder die Angaben, die geprüft werden; alles, was Sie senden, sollte genau das beantworten.',
          detail:
            'Sehen Sie unter „Leistungsbenachrichtigungen“ und im Posteingang der in Seller Central hinterlegten E-Mail-Adresse nach.',
        },
        'check-health': {
          title: 'Kontozustand öffnen',
          why: 'Dort sehen Sie, ob die Überprüfung eine Richtlinie, eine Kennzahl oder bestimmte Angebote betrifft.',
        },
        'gather-documents': {
          title: 'Die Unterlagen vorbereiten, die die Überprüfung verlangt',
          why: 'Überprüfungen werden nach Belegen entschieden; klare, lesbare, passende Unterlagen verkürzen sie.',
          evidencePrompt:
            'Notieren Sie jede Datei und was sie zeigt; prüfen Sie, ob Namen und Adressen zum Konto passen.',
        },
        'respond-case': {
          title: 'Im Kanal antworten, den die Nachricht nennt',
          why: 'Ein Fall pro Problem hält Ihre Antwort und die Antworten von Amazon zusammen.',
          evidencePrompt: 'Notieren Sie die Fallnummer und das Datum Ihrer Antwort.',
        },
        'keep-fulfilling': {
          title: 'Offene Bestellungen pünktlich versenden',
          why: 'Bereits aufgegebene Bestellungen müssen weiterhin ankommen; verspätete oder stornierte Bestellungen fallen bei der Überprüfung ins Gewicht.',
        },
        'follow-up': {
          title: 'Frühestens nach 48 Stunden nachfassen, mit der Fallnummer',
          why: 'Frühere Erinnerungen beschleunigen die Überprüfung nicht; die Fallnummer verbindet Ihre Erinnerung mit Ihrer Antwort.',
        },
        'write-poa': {
          title: 'Einen Maßnahmenplan schreiben, wenn Amazon darum bittet',
          why: 'Endet die Überprüfung mit der Bitte um einen Plan, ist ein sachlicher Plan der schnellste Weg zurück.',
        },
      },
    },
    verification: {
      title: 'Verifizierung erforderlich',
      intro:
        'Amazon muss Ihre Identität oder eine Kontoangabe bestätigen. Bis dahin können Verkauf oder Auszahlungen ruhen; passende Unterlagen beenden das.',
      items: {
        'read-notice': {
          title: 'Lesen, welche Angaben Amazon bestätigt haben möchte',
          why: 'Die Nachricht sagt genau, welche Angabe oder welches Dokument fehlt; senden Sie das, nicht alles, was Sie haben.',
        },
        'check-details': {
          title: 'Verkäuferinformationen mit Ihren Unterlagen vergleichen',
          why: 'Name, Adresse und Bankdaten müssen genau mit den Unterlagen übereinstimmen, sonst scheitert die Prüfung erneut.',
        },
        'gather-documents': {
          title: 'Die Unterlagen sammeln, die die Nachricht nennt',
          why: 'Vollständige, lesbare und gültige Unterlagen werden öfter beim ersten Mal akzeptiert.',
          detail:
            'Scannen Sie ganze Seiten in Farbe; prüfen Sie, ob jedes Dokument noch gültig ist und denselben Namen zeigt.',
          evidencePrompt: 'Notieren Sie jede Datei mit Datum und was sie bestätigt.',
        },
        'submit-documents': {
          title: 'Dorthin senden, wo die Nachricht es verlangt',
          why: 'Auf anderem Weg gesendete Unterlagen erreichen das prüfende Team womöglich nie.',
          evidencePrompt: 'Notieren Sie das Sendedatum und eine etwaige Fallnummer.',
        },
        'follow-up': {
          title: 'Frühestens nach 48 Stunden nachfassen, mit der Fallnummer',
          why: 'Die Prüfung braucht Zeit; eine ruhige Erinnerung mit Fallnummer wird schneller beantwortet als ein neuer Fall.',
        },
        'keep-fulfilling': {
          title: 'Offene Bestellungen pünktlich versenden',
          why: 'Käufer erwarten ihre Bestellungen auch während der Prüfung.',
        },
      },
    },
    deactivated: {
      title: 'Konto deaktiviert',
      intro:
        'Gegen eine Deaktivierung können Sie Einspruch einlegen. Ruhig, konkret und mit Belegen haben Sie die ' +
        'besten Chancen.',
      items: {
        'read-reason': {
          title: 'Den genannten Grund lesen',
          why: 'Amazon nennt immer einen Grund, auch wenn er allgemein klingt; Ihr Einspruch baut darauf auf.',
        },
        'check-health': {
          title: 'Kontozustand öffnen',
          why: 'Dort stehen die Richtlinie oder Kennzahl hinter der Deaktivierung und der Weg zum Einspruch.',
        },
        'name-cause': {
          title: 'Die genaue Ursache in einem Satz benennen',
          why: 'Ein Einspruch zum falschen Problem wird abgelehnt, wie gut er auch geschrieben ist.',
          evidencePrompt:
            'Notieren Sie Richtlinie, ASINs, Bestellnummern oder Kennzahl, die Amazon nennt, und das Datum.',
        },
        'write-poa': {
          title: 'Einen vollständigen Maßnahmenplan schreiben',
          why: 'Amazon prüft jeden Teil; fehlt einer, kann das für eine Ablehnung reichen.',
          detail:
            'Anerkennung ohne Ausreden, die Grundursache in Ihren eigenen Abläufen, die ergriffenen Maßnahmen, ' +
            'die dauerhaften Änderungen und Belege, dass sie umgesetzt sind. Höchstens eine Seite.',
        },
        'prove-changes': {
          title: 'Zeigen, dass die Änderungen schon umgesetzt sind',
          why: 'Pläne allein überzeugen nicht; eine belegbare Änderung schon.',
          evidencePrompt:
            'Sammeln Sie datierte Belege: neue Checkliste, Lieferantenvertrag, Schulungsnachweise, Screenshots.',
        },
        'attach-documents': {
          title: 'Die Belege vorbereiten',
          why: 'Die Unterlagen stützen jede Aussage in Ihrem Plan.',
          detail:
            'Nutzen Sie die Dateiformate, die das Einspruchsformular annimmt, und prüfen Sie, ob jede Seite lesbar ist.',
          evidencePrompt: 'Listen Sie jede Datei und die Aussage im Plan auf, die sie stützt.',
        },
        'submit-appeal': {
          title: 'Einspruch auf der Seite „Kontozustand“ einlegen',
          why: 'Der Einspruch läuft über Seller Central, nach den Anweisungen, die Amazon dort gibt.',
          detail: 'Bleiben Sie von der ersten bis zur letzten Zeile sachlich.',
          evidencePrompt: 'Speichern Sie eine Kopie des Gesendeten sowie Datum und Uhrzeit.',
        },
        'expect-answer': {
          title: 'Mit einer Antwort nach etwa 48 Stunden rechnen',
          why: 'Einsprüche werden meist innerhalb von zwei Tagen bearbeitet; schwierige Fälle dauern länger.',
          detail: 'Senden Sie denselben Einspruch während der Wartezeit nicht erneut.',
        },
      },
    },
    'first-days': {
      title: 'Die ersten Tage nach einer Deaktivierung',
      intro:
        'Was Sie in den ersten Tagen tun und lassen, prägt den Einspruch. Durchatmen und Schritt für Schritt vorgehen.',
      items: {
        'one-channel': {
          title: 'Einen Kanal nutzen, nicht viele',
          why: 'Wer immer wieder über verschiedene Kanäle schreibt, verlangsamt seinen Fall.',
        },
        'calm-tone': {
          title: 'Keine wütenden oder anklagenden Nachrichten senden',
          why: 'Bearbeiter reagieren auf Fakten; Ärger macht es ihnen schwerer, zu helfen.',
        },
        'no-new-account': {
          title: 'Kein neues Verkäuferkonto eröffnen',
          why: 'Ein zweites Konto, um die Deaktivierung zu umgehen, verstößt gegen die Regeln und kann alles verbauen.',
        },
        'do-not-ignore': {
          title: 'Die Deaktivierung nicht ignorieren',
          why: 'Eine Deaktivierung erledigt sich nicht von selbst; die Chance auf Reaktivierung hängt von Ihrer Antwort ab.',
        },
        'open-orders': {
          title: 'Offene Bestellungen erledigen',
          why: 'Kunden warten weiter auf ihre Ware, und Ihr Umgang mit ihnen zählt im Einspruch.',
          detail:
            'FBA: Amazon versendet Ihre Bestellungen weiter. FBM: Sie müssen jede bestätigte Bestellung weiter ' +
            'versenden, mit Sendungsverfolgung.',
          evidencePrompt: 'Bewahren Sie Sendungsnummern und Zustellbestätigungen für jede versandte Bestellung auf.',
        },
        'read-policies': {
          title: 'Die betroffenen Richtlinien lesen',
          why: 'Sie müssen genau wissen, welche Regel verletzt wurde, bevor Sie erklären, wie Sie es behoben haben.',
          detail:
            'Lesen Sie die Abschnitte zu Ihrem Problem; Fälle anderer Verkäufer mit ähnlichen Deaktivierungen ' +
            'helfen auch.',
        },
        'consider-help': {
          title: 'Professionelle Hilfe erwägen',
          why: 'Fachleute sehen oft, was Sie übersehen haben, und wissen, wie Einsprüche gelesen werden.',
          detail: 'Etwa Berater mit Erfahrung in Reaktivierungen oder Anwälte für E-Commerce.',
        },
        'plan-scenarios': {
          title: 'Besten, mittleren und schlechtesten Fall planen',
          why: 'Ein Plan für jeden Ausgang hält das Geschäft am Laufen, wie Amazon auch entscheidet.',
          detail:
            'Bester Fall: reaktiviert nach dem ersten Einspruch. Mittlerer Fall: weitere Einsprüche mit besseren ' +
            'Angaben. Schlechtester Fall: der letzte Einspruch wird abgelehnt; andere Marktplätze oder Ihr eigener ' +
            'Webshop übernehmen.',
          evidencePrompt: 'Schreiben Sie für jeden Fall ein oder zwei Schritte mit Datum auf.',
        },
      },
    },
    'while-on-hold': {
      title: 'Solange das Konto angehalten ist',
      intro: 'Warten ist schwer. Nutzen Sie die Zeit: Pflichten erfüllen und Ihren Fall aufbauen.',
      items: {
        'fulfil-orders': {
          title: 'Alle offenen Bestellungen ausführen',
          why: 'Bestellungen, die vor dem Anhalten des Kontos eingegangen sind, müssen weiter versendet werden; Versäumnisse verschlimmern die Lage.',
        },
        'answer-buyers': {
          title: 'Kundenanfragen weiter beantworten',
          why: 'Unbeantwortete Fragen werden zu Beschwerden, während Amazon genau hinsieht.',
        },
        'keep-funds': {
          title: 'Geld für Gebühren bereithalten',
          why: 'Gebühren fallen weiter an; eine geplatzte Zahlung schafft ein zweites Problem.',
          detail: 'Halten Sie Ihre Zahlungsmethoden gültig. Heben Sie kein Geld ab, solange der Saldo negativ ist.',
        },
        'keep-log': {
          title: 'Ein datiertes Protokoll aller Kontakte und Änderungen führen',
          why: 'Ein klares Protokoll räumt Missverständnisse aus und stützt einen späteren Einspruch.',
          detail: 'Bewahren Sie Kopien aller Nachrichten von und an Amazon und jeder Änderung auf.',
          evidencePrompt: 'Pro Eintrag: Datum, Uhrzeit, Kanal, Fallnummer und was gesagt oder geändert wurde.',
        },
        'screenshot-health': {
          title: 'Screenshots der Seite „Kontozustand“ machen',
          why: 'Datierte Screenshots zeigen, wie sich Kennzahlen und Warnungen entwickelt haben.',
          evidencePrompt: 'Speichern Sie jeden Screenshot mit dem Datum im Dateinamen.',
        },
        'fix-listings': {
          title: 'Ihre Angebote prüfen',
          why: 'Die Pause ist eine Gelegenheit, weitere Angebote mit Richtlinienrisiken zu finden.',
        },
        'fix-processes': {
          title: 'Die Abläufe hinter dem Problem verbessern',
          why: 'Ihre Leistungsdaten zeigen, wo dasselbe wieder passieren könnte.',
        },
        'follow-up': {
          title: 'Frühestens nach 48 Stunden nachfassen',
          why: 'Zu frühes oder zu häufiges Nachfragen verlangsamt Ihren Fall.',
          detail: 'Nennen Sie Ihre ursprüngliche Fallnummer, schreiben Sie nur Neues und bleiben Sie höflich.',
        },
        diversify: {
          title: 'Den Verkauf auf mehr Kanäle verteilen',
          why: 'Weniger Abhängigkeit von einem Marktplatz schützt Sie, falls Ihr Konto erneut angehalten wird.',
          detail: 'Andere Marktplätze, ein eigener Webshop, Großhandel, eine eigene Kunden-Mailingliste.',
        },
      },
    },
    prevention: {
      title: 'Vorbeugende Routine',
      intro: 'Bevor ein Konto angehalten wird, gibt es meist eine Warnung. Eine kurze Routine erkennt sie früh.',
      items: {
        'health-routine': {
          title: 'Kontozustand täglich prüfen, mindestens wöchentlich',
          why: 'Als „gefährdet“ markierte Punkte lassen sich leichter beheben, bevor Ihr Konto deswegen angehalten wird.',
        },
        notifications: {
          title: 'Neue Leistungsbenachrichtigungen lesen',
          why: 'Nachrichten zu Ihrem Konto kommen zuerst hier an.',
          detail: 'Richten Sie Benachrichtigungen ein, damit Änderungen am Kontostatus Sie erreichen.',
        },
        'policy-updates': {
          title: 'Richtlinienänderungen verfolgen',
          why: 'Unkenntnis einer Regel schützt nicht, und die Regeln ändern sich.',
          detail:
            'Lesen Sie die Richtlinien für Ihre Produktkategorien; achten Sie besonders auf Echtheit, Sicherheit ' +
            'und Bewertungen.',
        },
        'listing-audit': {
          title: 'Ihre Angebote prüfen',
          why: 'Irreführende Aussagen, fremde Bilder und geschützte Marken führen dazu, dass Konten angehalten werden.',
          detail:
            'Genaue Beschreibungen, Bilder mit Nutzungsrechten, keine Markennamen in Suchbegriffen ohne Erlaubnis.',
          evidencePrompt: 'Notieren Sie das Datum jeder Prüfung und was Sie geändert haben.',
        },
        'answer-24h': {
          title: 'Kunden innerhalb von 24 Stunden antworten',
          why: 'Schnelle Antworten und faire Rücksendungen halten die Kundenkennzahlen gesund.',
        },
        'stock-accuracy': {
          title: 'Bestände korrekt halten',
          why: 'Falsche Bestände führen zu verspäteten Sendungen und Stornierungen.',
        },
        'quality-control': {
          title: 'Qualitätskontrolle betreiben',
          why: 'Qualitätsprobleme, vor allem bei der Sicherheit, führen schnell dazu, dass Konten angehalten werden.',
          detail:
            'Vereinbaren Sie Qualitätsprüfungen mit Ihren Lieferanten, prüfen Sie Stichproben auch bei FBA und ' +
            'gehen Sie jeder Produktbeschwerde nach.',
          evidencePrompt:
            'Dokumentieren Sie Ihre Qualitätsprüfungen, damit Sie sie Amazon auf Nachfrage zeigen können.',
        },
      },
    },
  },
  exportLabels: {
    marketplace: 'Marktplatz',
    generated: 'Erstellt',
    progress: 'Fortschritt: {done} von {total} erledigt ({percent} %)',
    tickedAt: 'abgehakt {time}',
    notTicked: 'noch offen',
    evidence: 'Aufzubewahrende Belege',
    link: 'In Seller Central öffnen',
    timeline: 'Fallverlauf',
    timelineEmpty: 'Keine Kontakte in Fällen erfasst.',
    caseLabel: 'Fall',
    sent: 'gesendet',
    received: 'erhalten',
    footer: 'Exportiert mit Seller Central Companion (nicht mit Amazon verbunden).',
  },
};
