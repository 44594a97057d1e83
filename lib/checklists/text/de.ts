import type { ChecklistLanguagePack } from '../types';

export const checklistText: ChecklistLanguagePack = {
  language: 'de',
  checklists: {
    hold: {
      title: 'Konto angehalten',
      intro:
        'Ein angehaltenes Konto ist eine Warnung, auf die Sie noch reagieren können. Gehen Sie die Schritte der Reihe nach durch und notieren Sie, was Sie finden.',
      items: {
        'read-notice': {
          title: 'Die Nachricht von Amazon lesen',
          why: 'Amazon begründet in einer Nachricht, warum das Konto angehalten wurde; der genaue Wortlaut zeigt, was zu beheben ist.',
          detail:
            'Sehen Sie im Posteingang der in Seller Central hinterlegten E-Mail-Adresse und unter „Leistungsbenachrichtigungen“ nach.',
        },
        'check-health': {
          title: 'Kontozustand öffnen',
          why: 'Die Seite „Kontozustand“ zeigt oft genauer, warum das Konto angehalten wurde: wegen einer Richtlinie, einer Kennzahl oder eines Angebots.',
        },
        'name-cause': {
          title: 'Die genaue Ursache notieren',
          why: 'Ihre Unterlagen und Ihr Maßnahmenplan müssen genau auf dieses Problem eingehen, nicht auf eine Vermutung.',
          detail:
            'Zum Beispiel fehlende Verkäuferangaben, ein Problem mit der Zahlungsmethode, eine zu hohe Rate ' +
            'verspäteter Lieferungen, eine Beschwerde.',
          evidencePrompt:
            'Notieren Sie Richtlinie, ASINs, Bestellnummern oder Kennzahl aus der Nachricht und das Datum der Nachricht.',
        },
        'gather-documents': {
          title: 'Die Unterlagen zu dieser Ursache sammeln',
          why: 'Amazon entscheidet nach Belegen; klare, passende Unterlagen verkürzen die Prüfung.',
          detail:
            'Zustellnachweise für angeblich nicht gelieferte Bestellungen; Produktzertifikate oder ' +
            'Sicherheitsnachweise; ' +
            'Lieferantenrechnungen als Echtheitsnachweis; Finanzberichte oder Kontoauszüge bei Fragen zu Zahlungen.',
          evidencePrompt: 'Führen Sie jede Datei auf und was sie belegt. Prüfen Sie, ob jede Seite lesbar ist.',
        },
        'write-poa': {
          title: 'Einen Maßnahmenplan schreiben',
          why: 'Der Plan zeigt Amazon, dass Sie die Ursache verstehen und bereits behoben haben.',
          detail:
            'Erkennen Sie das Problem an, erklären Sie die Grundursache und nennen Sie die bereits ergriffenen ' +
            'Maßnahmen und die dauerhaften Änderungen. Bleiben Sie sachlich und kurz.',
        },
        'contact-support': {
          title: 'Über das Fallprotokoll senden',
          why: 'Wenn Sie über den Kanal antworten, den die Nachricht nennt, bleibt alles in einem Fall.',
          detail:
            'Bleiben Sie höflich, knapp und in Ihren Aussagen einheitlich. Eröffnen Sie einen Fall pro Problem, nicht mehrere zum selben Thema.',
          evidencePrompt: 'Notieren Sie die Fallnummer und das Sendedatum.',
        },
      },
    },
    review: {
      title: 'Konto in Prüfung',
      intro:
        'Amazon prüft etwas, bevor eine Entscheidung fällt. Beantworten Sie zügig genau das, was gefragt wird, und verkaufen Sie in der Zwischenzeit regelkonform weiter.',
      items: {
        'read-notice': {
          title: 'Lesen, was Amazon prüft',
          why: 'Die Nachricht nennt die Richtlinie, das Angebot oder die Angaben, die geprüft werden; alles, was Sie senden, sollte genau das beantworten.',
          detail:
            'Sehen Sie unter „Leistungsbenachrichtigungen“ und im Posteingang der in Seller Central hinterlegten E-Mail-Adresse nach.',
        },
        'check-health': {
          title: 'Kontozustand öffnen',
          why: 'Dort sehen Sie, ob die Prüfung eine Richtlinie, eine Kennzahl oder bestimmte Angebote betrifft.',
        },
        'gather-documents': {
          title: 'Die für die Prüfung verlangten Unterlagen vorbereiten',
          why: 'Über Prüfungen wird anhand von Belegen entschieden; klare, lesbare und passende Unterlagen verkürzen sie.',
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
          why: 'Bereits aufgegebene Bestellungen müssen weiterhin ankommen; Verspätungen und Stornierungen fallen bei der Prüfung negativ ins Gewicht.',
        },
        'follow-up': {
          title: 'Frühestens nach 48 Stunden unter Angabe der Fallnummer nachfassen',
          why: 'Frühere Nachfragen beschleunigen die Prüfung nicht; die Fallnummer verknüpft Ihre Nachfrage mit Ihrer Antwort.',
        },
        'write-poa': {
          title: 'Einen Maßnahmenplan schreiben, wenn Amazon darum bittet',
          why: 'Endet die Prüfung mit der Bitte um einen Plan, ist ein sachlicher Plan der schnellste Weg zurück.',
        },
      },
    },
    verification: {
      title: 'Verifizierung erforderlich',
      intro:
        'Amazon muss Ihre Identität oder eine Kontoangabe bestätigen. Bis dahin können Verkauf oder Auszahlungen ausgesetzt sein; die richtigen Unterlagen beheben das.',
      items: {
        'read-notice': {
          title: 'Lesen, welche Angaben Amazon bestätigt haben möchte',
          why: 'Die Nachricht sagt genau, welche Angabe oder welches Dokument fehlt; senden Sie genau das, nicht alles, was Sie haben.',
        },
        'check-details': {
          title: 'Verkäuferinformationen mit Ihren Unterlagen vergleichen',
          why: 'Name, Adresse und Bankdaten müssen genau mit den Unterlagen übereinstimmen, sonst scheitert die Prüfung erneut.',
        },
        'gather-documents': {
          title: 'Die Unterlagen sammeln, die die Nachricht nennt',
          why: 'Vollständige, lesbare und gültige Unterlagen werden häufiger schon beim ersten Versuch akzeptiert.',
          detail:
            'Scannen Sie ganze Seiten in Farbe; prüfen Sie, ob jedes Dokument noch gültig ist und denselben Namen zeigt.',
          evidencePrompt: 'Notieren Sie jede Datei mit Datum und was sie bestätigt.',
        },
        'submit-documents': {
          title: 'Die Unterlagen dorthin senden, wo die Nachricht es angibt',
          why: 'Auf anderem Weg gesendete Unterlagen erreichen das prüfende Team womöglich nie.',
          evidencePrompt: 'Notieren Sie das Sendedatum und eine etwaige Fallnummer.',
        },
        'follow-up': {
          title: 'Frühestens nach 48 Stunden unter Angabe der Fallnummer nachfassen',
          why: 'Die Prüfung braucht Zeit; eine sachliche Nachfrage mit Fallnummer wird schneller beantwortet als ein neuer Fall.',
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
        'Gegen eine Deaktivierung können Sie Einspruch einlegen. Ein sachlicher, konkreter Einspruch mit Belegen ' +
        'hat die besten Chancen.',
      items: {
        'read-reason': {
          title: 'Den genannten Grund lesen',
          why: 'Amazon nennt immer einen Grund, auch wenn er allgemein klingt; Ihr Einspruch baut darauf auf.',
        },
        'check-health': {
          title: 'Kontozustand öffnen',
          why: 'Dort sehen Sie die Richtlinie oder Kennzahl, die zur Deaktivierung geführt hat, und die Schaltfläche für den Einspruch.',
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
          evidencePrompt: 'Führen Sie jede Datei auf und nennen Sie die Aussage im Plan, die sie stützt.',
        },
        'submit-appeal': {
          title: 'Einspruch auf der Seite „Kontozustand“ einlegen',
          why: 'Der Einspruch läuft über Seller Central, nach den Anweisungen, die Amazon dort gibt.',
          detail: 'Bleiben Sie von der ersten bis zur letzten Zeile sachlich.',
          evidencePrompt: 'Speichern Sie eine Kopie des Gesendeten sowie Datum und Uhrzeit des Versands.',
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
        'Was Sie in den ersten Tagen tun und lassen, prägt den Einspruch. Atmen Sie durch und gehen Sie Schritt für Schritt vor.',
      items: {
        'one-channel': {
          title: 'Einen Kanal nutzen, nicht viele',
          why: 'Wenn Sie Amazon immer wieder über verschiedene Kanäle schreiben, verzögert das Ihren Fall.',
        },
        'calm-tone': {
          title: 'Keine wütenden oder anklagenden Nachrichten senden',
          why: 'Prüfer reagieren auf Fakten; Ärger erschwert es ihnen, Ihnen zu helfen.',
        },
        'no-new-account': {
          title: 'Kein neues Verkäuferkonto eröffnen',
          why: 'Ein zweites Konto, um die Deaktivierung zu umgehen, verstößt gegen die Regeln und kann Ihnen jeden Weg zurück verbauen.',
        },
        'do-not-ignore': {
          title: 'Die Deaktivierung nicht ignorieren',
          why: 'Eine Deaktivierung erledigt sich nicht von selbst; die Chance auf Reaktivierung hängt von Ihrer Antwort ab.',
        },
        'open-orders': {
          title: 'Sich um offene Bestellungen kümmern',
          why: 'Käufer warten weiterhin auf ihre Ware, und wie Sie mit ihnen umgehen, zählt beim Einspruch.',
          detail:
            'FBA: Amazon versendet Ihre Bestellungen weiter. FBM: Sie müssen weiterhin jede bestätigte Bestellung ' +
            'mit Sendungsverfolgung versenden.',
          evidencePrompt: 'Bewahren Sie Sendungsnummern und Zustellbestätigungen für jede versandte Bestellung auf.',
        },
        'read-policies': {
          title: 'Die betroffenen Richtlinien lesen',
          why: 'Sie müssen genau wissen, welche Regel verletzt wurde, bevor Sie erklären können, wie Sie das Problem behoben haben.',
          detail:
            'Lesen Sie die Richtlinienabschnitte zu Ihrem Problem; auch Erfahrungen anderer Verkäufer mit ähnlichen ' +
            'Deaktivierungen helfen.',
        },
        'consider-help': {
          title: 'Professionelle Hilfe erwägen',
          why: 'Fachleute sehen oft, was Sie übersehen haben, und wissen, wie Einsprüche gelesen werden.',
          detail: 'Zum Beispiel Berater mit Erfahrung bei Reaktivierungen oder auf E-Commerce spezialisierte Anwälte.',
        },
        'plan-scenarios': {
          title: 'Für den besten, mittleren und schlechtesten Fall planen',
          why: 'Ein Plan für jeden Ausgang hält Ihr Geschäft am Laufen, wie auch immer Amazon entscheidet.',
          detail:
            'Bester Fall: reaktiviert nach dem ersten Einspruch. Mittlerer Fall: weitere Einsprüche mit besseren ' +
            'Angaben. Schlechtester Fall: der letzte Einspruch wird abgelehnt; andere Marktplätze oder Ihr eigener ' +
            'Webshop übernehmen.',
          evidencePrompt: 'Schreiben Sie für jedes Szenario ein oder zwei Schritte mit Datum auf.',
        },
      },
    },
    'while-on-hold': {
      title: 'Solange das Konto angehalten ist',
      intro: 'Warten ist schwer. Nutzen Sie die Zeit gut: Erfüllen Sie Ihre Pflichten und bereiten Sie Ihren Fall vor.',
      items: {
        'fulfil-orders': {
          title: 'Alle offenen Bestellungen ausführen',
          why: 'Bestellungen, die vor dem Anhalten des Kontos eingegangen sind, müssen weiter versendet werden; Versäumnisse verschlimmern die Lage.',
        },
        'answer-buyers': {
          title: 'Käuferanfragen weiter beantworten',
          why: 'Unbeantwortete Fragen werden zu Beschwerden, während Amazon genau hinsieht.',
        },
        'keep-funds': {
          title: 'Geld für Gebühren bereithalten',
          why: 'Gebühren fallen weiter an; eine fehlgeschlagene Zahlung schafft ein zweites Problem.',
          detail:
            'Halten Sie Ihre Zahlungsmethoden gültig. Fordern Sie keine Auszahlung an, solange der Saldo negativ ist.',
        },
        'keep-log': {
          title: 'Ein datiertes Protokoll aller Kontakte und Änderungen führen',
          why: 'Ein klares Protokoll räumt Missverständnisse aus und stützt einen späteren Einspruch.',
          detail: 'Bewahren Sie Kopien aller Nachrichten von und an Amazon und jeder Änderung auf.',
          evidencePrompt: 'Pro Eintrag: Datum, Uhrzeit, Kanal, Fallnummer und was gesagt oder geändert wurde.',
        },
        'screenshot-health': {
          title: 'Screenshots der Seite „Kontozustand“ erstellen',
          why: 'Datierte Screenshots zeigen, wie sich Kennzahlen und Warnungen entwickelt haben.',
          evidencePrompt: 'Speichern Sie jeden Screenshot mit dem Datum im Dateinamen.',
        },
        'fix-listings': {
          title: 'Ihre Angebote prüfen',
          why: 'Die Pause ist eine Gelegenheit, weitere Angebote zu finden, die gegen eine Richtlinie verstoßen könnten.',
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
      title: 'Routine zur Vorbeugung',
      intro:
        'Bevor ein Konto angehalten wird, gibt es meist eine Warnung. Mit einer kurzen Routine erkennen Sie sie früh.',
      items: {
        'health-routine': {
          title: 'Kontozustand täglich prüfen, mindestens aber wöchentlich',
          why: 'Als „gefährdet“ markierte Punkte lassen sich leichter beheben, bevor Ihr Konto deswegen angehalten wird.',
        },
        notifications: {
          title: 'Neue Leistungsbenachrichtigungen lesen',
          why: 'Hinweise zu Ihrem Konto erscheinen zuerst dort.',
          detail: 'Richten Sie Benachrichtigungen ein, damit Änderungen am Kontostatus Sie erreichen.',
        },
        'policy-updates': {
          title: 'Richtlinienänderungen verfolgen',
          why: 'Unkenntnis einer Regel schützt nicht, und die Regeln ändern sich.',
          detail:
            'Lesen Sie die Richtlinien für Ihre Produktkategorien; achten Sie besonders auf Produktechtheit, Sicherheit ' +
            'und Bewertungen.',
        },
        'listing-audit': {
          title: 'Ihre Angebote gründlich prüfen',
          why: 'Irreführende Aussagen, fremde Bilder und geschützte Markenbegriffe führen dazu, dass Konten angehalten werden.',
          detail:
            'Zutreffende Beschreibungen, nur Bilder, an denen Sie die Rechte haben, keine geschützten Marken in ' +
            'Suchbegriffen ohne Erlaubnis.',
          evidencePrompt: 'Notieren Sie das Datum jeder Prüfung und was Sie geändert haben.',
        },
        'answer-24h': {
          title: 'Kunden innerhalb von 24 Stunden antworten',
          why: 'Schnelle Antworten und ein fairer Umgang mit Rücksendungen halten Ihre Kundenservice-Kennzahlen im grünen Bereich.',
        },
        'stock-accuracy': {
          title: 'Bestände korrekt halten',
          why: 'Falsche Bestände führen zu verspäteten Sendungen und Stornierungen.',
        },
        'quality-control': {
          title: 'Qualitätskontrollen durchführen',
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
    tickedAt: 'abgehakt am {time}',
    notTicked: 'noch offen',
    evidence: 'Aufzubewahrende Belege',
    link: 'In Seller Central öffnen',
    timeline: 'Fallverlauf',
    timelineEmpty: 'Keine Fallkontakte erfasst.',
    caseLabel: 'Fall',
    sent: 'gesendet',
    received: 'erhalten',
    accountHistory: 'Verlauf des Kontos',
    accountTimeline: 'Zustand des Kontos, Verstöße je Richtlinie und Benachrichtigungen',
    accountTimelineEmpty: 'Kein neuer Zustand des Kontos, keine geänderte Anzahl, keine Benachrichtigung gesehen.',
    timelineNotice: 'Leistungsbenachrichtigung: {title}',
    timelinePolicy: '{policy}: {from} → {to}',
    noticesFolded: '{count} frühere Benachrichtigungen, zusammengefasst',
    policyChangesFolded: '{count} frühere Änderungen der Anzahl, zusammengefasst',
    policies: 'Einhaltung der Richtlinien',
    policiesEmpty: 'Keine Richtlinienliste gelesen.',
    policiesAsOf: 'Wie der Kontozustand sie am {date} aufgeführt hat.',
    policyName: 'Richtlinie',
    policyCount: 'Verstöße',
    summarizedChanges: '{count} frühere Änderungen, zusammengefasst',
    ratings: 'Kontozustandsbewertung',
    ratingsEmpty: 'Keine Bewertung gelesen.',
    ratingDay: 'Tag',
    ratingValue: 'Bewertung',
    ratingStatus: 'Status',
    ratingMonth: '{month} ({days} Tage)',
    footer: 'Exportiert mit Seller Central Companion (unabhängig von Amazon).',
  },
};
