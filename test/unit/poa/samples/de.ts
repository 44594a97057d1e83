import { type GoodSample, type LanguageSamples, padded, variant } from './types';

const lateShipments: GoodSample = {
  name: 'verspätete Sendungen (FBM)',
  sections: {
    acknowledgement:
      'Unsere Verspätungsrate erreichte in den 30 Tagen bis zum 12. März 9,4 % und lag damit über dem Ziel von ' +
      '4 %. Wir übernehmen die volle Verantwortung für die Verzögerungen bei unseren Kunden.',
    'root-cause':
      'Ein einziger Lagermitarbeiter druckte die Versandetiketten einmal täglich um 16 Uhr. An Tagen mit mehr als ' +
      '60 Bestellungen verpassten die Pakete die Abholung und gingen einen Tag zu spät raus.',
    'immediate-actions':
      'Am 13. März haben wir alle 41 offenen Bestellungen mit Sendungsverfolgung verschickt und die Liefertermine ' +
      'bestätigt. Zusätzlich haben wir einen zweiten Etikettendruck um 11 Uhr eingeführt.',
    'preventive-measures':
      'Seit dem 14. März arbeitet jeden Nachmittag ein zweiter Packer, und unsere Versandsoftware warnt den ' +
      'Lagerleiter, wenn eine Bestellung 12 Stunden vor ihrem Versanddatum steht. Die Bearbeitungszeit haben wir ' +
      'für alle SKUs auf 2 Tage gesetzt.',
    evidence:
      'Beigefügt sind der neue Dienstplan, unterschrieben am 14. März, ein Screenshot der Warneinstellungen und ' +
      'der Versandbericht vom 14. bis 28. März mit 0 verspäteten Sendungen.',
  },
};

const inauthentic: GoodSample = {
  name: 'Beschwerden über nicht authentische Ware',
  sections: {
    acknowledgement:
      'Amazon erhielt im Februar zwei Beschwerden über nicht authentische Ware zur ASIN B08K3QZ7T2. ' +
      'Uns ist klar, dass Kunden immer echte Produkte erhalten müssen.',
    'root-cause':
      'Wir kauften im Januar 200 Einheiten bei einem neuen Großhändler, ohne das Autorisierungsschreiben der Marke ' +
      'anzufordern, und unsere Wareneingangsprüfung verglich die Verpackung nicht mit Einheiten des Markeninhabers.',
    'immediate-actions':
      'Wir haben unser Angebot am 20. Februar entfernt, einen Remissionsauftrag für alle 143 verbleibenden ' +
      'Einheiten erstellt und beiden Kunden den vollen Betrag erstattet.',
    'preventive-measures':
      'Seit dem 22. Februar kaufen wir nur noch bei Distributoren, die auf der Website der Marke stehen, und unser ' +
      'Einkaufsleiter prüft Autorisierungsschreiben und Rechnung vor jeder Bestellung. Jede eingehende Lieferung ' +
      'wird mit einer Referenzeinheit verglichen.',
    evidence:
      'Beigefügt sind Rechnungen des autorisierten Distributors vom 24. Februar, das Autorisierungsschreiben und ' +
      'unsere Checkliste zur Lieferantenfreigabe.',
  },
};

const defects: GoodSample = {
  name: 'Bestellmängelquote durch beschädigte Ware',
  sections: {
    acknowledgement:
      'Unsere Bestellmängelquote stieg im April auf 1,6 %, vor allem durch negatives Feedback zu zerbrochenem ' +
      'Glas. Wir übernehmen die Verantwortung dafür, wie diese Artikel verpackt wurden.',
    'root-cause':
      'An unserem Packtisch gab es keinen Standard für Luftpolsterfolie, daher wurden zerbrechliche Artikel in 37 ' +
      'Bestellungen nur mit Papier verpackt und gingen beim Transport zu Bruch.',
    'immediate-actions':
      'Wir haben alle 37 Kunden zwischen dem 2. und 4. Mai kontaktiert, Ersatz oder volle Erstattung geschickt und ' +
      'die Papierfüllung durch doppelwandige Kartons und Luftpolsterfolie ersetzt.',
    'preventive-measures':
      'Wir haben für jede zerbrechliche SKU eine Verpackungsanweisung mit Fotos geschrieben, und seit dem 5. Mai ' +
      'gibt unser Schichtleiter jedes zerbrechliche Paket vor dem Versand frei. Falltests aus 1 Meter Höhe wurden ' +
      'für neue Produkte eingeführt.',
    evidence:
      'Beigefügt: die Verpackungsanweisung, das Freigabeprotokoll vom 5. bis 19. Mai und der Feedbackbericht ohne ' +
      'neue Schadensbeschwerden seit dem 6. Mai.',
  },
};

const trademark: GoodSample = {
  name: 'Markenbeschwerde',
  sections: {
    acknowledgement:
      'Wir erhielten eine Beschwerde wegen Markenverletzung, weil ein geschützter Markenname in den Titeln von drei ' +
      'unserer Angebote stand. Wir respektieren den Rechteinhaber und erkennen an, dass diese Nutzung nicht ' +
      'erlaubt war.',
    'root-cause':
      'Unser Texter fügte andere Markennamen als Suchbegriffe ein, ohne das Markenrecht zu prüfen, weil unser ' +
      'Ablauf für Angebote keinen rechtlichen Prüfschritt hatte.',
    'immediate-actions':
      'Am 8. Juni haben wir den Markennamen aus den drei Titeln und aus allen versteckten Suchbegriffen gelöscht ' +
      'und die Änderungen dem Rechteinhaber per E-Mail bestätigt.',
    'preventive-measures':
      'Seit dem 10. Juni prüft unsere Compliance-Beauftragte jedes neue oder geänderte Angebot gegen die ' +
      'Markendatenbank des EUIPO. Unser Texter hat am 12. Juni eine zweistündige Schulung zum Markenrecht ' +
      'abgeschlossen.',
    evidence:
      'Wir fügen Screenshots der korrigierten Angebote, die Vorlage für die Suchbegriffsprüfung und das ' +
      'Schulungszertifikat vom 12. Juni bei.',
  },
};

const safety: GoodSample = {
  name: 'Beschwerde zur Produktsicherheit',
  sections: {
    acknowledgement:
      'Ein Kunde meldete, dass das Ladegerät unter der ASIN B09T5W1LQX überhitzte. Produktsicherheit liegt in ' +
      'unserer Verantwortung, und unsere Prüfungen haben diesen Mangel nicht erkannt.',
    'root-cause':
      'Die am 3. Juli eingegangene Charge stammte von einer neuen Fertigungslinie, und wir gaben sie allein auf ' +
      'Grundlage des Lieferantenzertifikats frei, ohne eigenen Test von 5 Mustereinheiten.',
    'immediate-actions':
      'Wir haben den Verkauf der ASIN am 15. Juli gestoppt, die 320 Einheiten im Lager gesperrt und 10 Einheiten ' +
      'von einem akkreditierten Labor testen lassen, das eine defekte Thermosicherung bestätigte.',
    'preventive-measures':
      'Seit dem 20. Juli bleibt jede neue Charge gesperrt, bis ein akkreditiertes Labor 5 Einheiten getestet hat, ' +
      'und unser Qualitätsmanager gibt den Bericht frei, bevor die Einheiten an FBA gehen.',
    evidence:
      'Beigefügt sind der Laborbericht vom 18. Juli, das neue Verfahren zur Chargenfreigabe und der ' +
      'Korrekturmaßnahmenbericht des Lieferanten vom 19. Juli.',
  },
};

const usedAsNew: GoodSample = {
  name: 'gebraucht als neu verkauft',
  sections: {
    acknowledgement:
      'Zwischen dem 1. und 20. August meldeten vier Kunden, dass als neu angebotene Artikel Gebrauchsspuren hatten. ' +
      'Wir erkennen an, dass dies unsere Kunden getäuscht hat.',
    'root-cause':
      'Im August kamen 11 zurückgesandte Einheiten nach einer reinen Sichtprüfung wieder in den verkaufsfähigen ' +
      'Bestand, und niemand prüfte Siegel oder Zubehör, bevor sie erneut als neu angeboten wurden.',
    'immediate-actions':
      'Wir haben am 21. August alle 58 zurückgesandten Einheiten aus dem verkaufsfähigen Bestand genommen, jede ' +
      'einzeln untersucht und 12 davon als gebraucht eingestellt.',
    'preventive-measures':
      'Seit dem 22. August kommen Rücksendungen in ein eigenes Regal, und unser Retourenverantwortlicher prüft ' +
      'Siegel, Zubehör und Seriennummer jeder Einheit, bevor sie als neu angeboten werden kann. Einheiten mit ' +
      'gebrochenem Siegel werden nun immer als gebraucht verkauft.',
    evidence:
      'Wir fügen die Checkliste für die Retourenprüfung, Fotos des Retourenregals und das Prüfprotokoll vom ' +
      '22. August bis 5. September bei.',
  },
};

const expired: GoodSample = {
  name: 'abgelaufene Lebensmittel',
  sections: {
    acknowledgement:
      'Kunden erhielten Proteinriegel nach Ablauf des Mindesthaltbarkeitsdatums unter der ASIN B07Q1MZ9RC. ' +
      'Uns ist bewusst, wie ernst das bei einem Lebensmittel ist.',
    'root-cause':
      'Wir schickten 400 Riegel mit nur noch 45 Tagen Haltbarkeit an FBA, weil unsere Bestandsplanung das ' +
      'Ablaufdatum nicht pro Charge erfasste.',
    'immediate-actions':
      'Am 2. Oktober haben wir einen Remissionsauftrag für alle verbleibenden Einheiten erstellt, den 6 betroffenen ' +
      'Kunden den Kaufpreis erstattet und alle anderen Lebensmittel-ASINs auf kurze Haltbarkeit geprüft.',
    'preventive-measures':
      'Seit dem 4. Oktober erfasst unsere Bestandstabelle das Ablaufdatum jeder Charge, und wir senden keine ' +
      'Lebensmittel mit weniger als 120 Tagen Haltbarkeit mehr an FBA. Der Lagerleiter prüft den Ablaufbericht ' +
      'jeden Montag.',
    evidence:
      'Beigefügt sind die Bestätigung des Remissionsauftrags, die aktualisierte Tabelle mit Ablaufdaten und die ' +
      'Montagsberichte vom 9. und 16. Oktober.',
  },
};

const tracking: GoodSample = {
  name: 'gültige Sendungsverfolgung',
  sections: {
    acknowledgement:
      'Unsere Rate gültiger Sendungsverfolgung fiel im November auf 87 %, unter die geforderten 95 %. Wir ' +
      'übernehmen die Verantwortung dafür, Bestellungen ohne hochgeladene Sendungsnummer verschickt zu haben.',
    'root-cause':
      'Bestellungen unter 500 g gingen als Brief ohne Nachverfolgung raus, und unsere Shopsoftware lud für diese ' +
      'Versandart keine Sendungsnummer hoch.',
    'immediate-actions':
      'Ab dem 3. Dezember haben wir alle kleinen Artikel auf eine Versandart mit Sendungsverfolgung umgestellt und ' +
      'für die 52 noch unterwegs befindlichen Bestellungen die Sendungsnummern hochgeladen.',
    'preventive-measures':
      'Wir haben die Standardvorlage für den Versand so geändert, dass jede Versandart ohne Sendungsverfolgung in ' +
      'unserer Shopsoftware gesperrt ist. Seit dem 5. Dezember prüft unser Auftragskoordinator den täglichen ' +
      'Bericht über unversandte Bestellungen um 14 Uhr auf fehlende Sendungsnummern.',
    evidence:
      'Wir fügen die neuen Vorlageneinstellungen, den Vertrag über Briefe mit Sendungsverfolgung und den ' +
      'Trackingbericht vom 5. bis 19. Dezember mit einer gültigen Nachverfolgungsrate von 99 % bei.',
  },
};

export const deSamples: LanguageSamples = {
  good: [lateShipments, inauthentic, defects, trademark, safety, usedAsNew, expired, tracking],
  bad: [
    variant(inauthentic, 'leerer Abschnitt Belege', 'missing-section', { evidence: '' }),
    variant(lateShipments, 'weit über eine Seite', 'too-long', {
      'root-cause': padded(
        lateShipments.sections['root-cause'],
        (n) =>
          `Bestellung 302-5551234-${String(n).padStart(5, '0')} verließ unser Lager einen Tag nach dem Versanddatum.`,
        60,
      ),
    }),
    variant(defects, 'vage Versprechen', 'vague-promise', {
      'preventive-measures':
        'Wir werden unsere Qualitätskontrolle verbessern und bei zerbrechlichen Artikeln sorgfältiger sein. ' +
        'Das Packteam wurde außerdem angewiesen, genauer hinzuschauen und vorsichtiger zu arbeiten.',
    }),
    variant(lateShipments, 'schiebt Schuld auf Spediteur und Kunden', 'blaming', {
      'root-cause':
        'Die verspäteten Sendungen waren die Schuld des Spediteurs, und mehrere Kunden haben gelogen, um ihr Geld ' +
        'zurückzubekommen.',
    }),
    variant(inauthentic, 'emotionale Anerkennung', 'emotional', {
      acknowledgement:
        'Wir sind zutiefst frustriert über diese ungerechte Entscheidung, die nach 6 Jahren Verkauf echter Ware ' +
        'keinen Sinn ergibt.',
    }),
    variant(trademark, 'Maßnahmen nur angekündigt', 'future-only', {
      'immediate-actions':
        'Wir werden den Markennamen aus den drei Titeln entfernen und alle versteckten Suchbegriffe prüfen. ' +
        'Künftig wird der Rechteinhaber vor jeder Änderung kontaktiert.',
    }),
    variant(safety, 'Grundursache in Maßnahmen kopiert', 'duplicate-text', {
      'immediate-actions': `${safety.sections['root-cause']} ${safety.sections['immediate-actions']}`,
    }),
    variant(usedAsNew, 'Grundursache ohne konkretes Problem', 'generic-root-cause', {
      'root-cause':
        'Wir haben in unseren Abläufen einen Fehler gemacht und die Regeln nicht sorgfältig genug befolgt. ' +
        'Wir verstehen nun, was schiefgelaufen ist und warum.',
    }),
    variant(expired, 'die Anerkennung 5-mal eingefügt', 'repeated-sentence', {
      acknowledgement: Array.from({ length: 5 }, () => expired.sections.acknowledgement).join(' '),
    }),
    variant(tracking, 'Nachweise ohne Dokumente', 'evidence-unnamed', {
      evidence: 'Wir sind überzeugt, dass die neue Arbeitsweise eingeführt ist und für unsere Kunden gut funktioniert.',
    }),
  ],
};
