/**
 * German removal guidance. Facts from seed 004, in our own words. The German Seller Central
 * labels are best knowledge (unconfirmed), so each step also gives the English label.
 */
import type { RemovalText } from './types';

export const de: RemovalText = {
  badge: {
    cancellable: 'Stornierbar',
    'cancellable-unconfirmed': 'Stornierung evtl. zu spät',
    'not-cancellable': 'Nicht stornierbar',
    unknown: 'Status unbekannt',
  },
  reasons: {
    'not-started': 'Der Auftrag ist noch in Planung oder wartet auf den Start, Sie können ihn also stornieren.',
    'processing-may-have-started':
      'Der Auftrag wird bearbeitet. Sie können die Stornierung noch beantragen, aber die Arbeit kann schon begonnen haben, wenn Ihre Anfrage ankommt.',
    'already-completed':
      'Der Auftrag ist abgeschlossen. Stornieren lassen sich nur Aufträge mit dem Status Planung, Ausstehend oder In Bearbeitung.',
    'already-cancelled': 'Der Auftrag ist bereits storniert. Es gibt nichts mehr zu stornieren.',
    'already-shipped':
      'Einheiten aus diesem Auftrag wurden bereits versandt. Stornieren lassen sich nur Aufträge mit dem Status Planung, Ausstehend oder In Bearbeitung.',
    'amazon-initiated':
      'Amazon hat diese Remission selbst veranlasst (eine erforderliche Remission), daher können Sie sie nicht stornieren.',
    'unrecognized-status':
      'Diesen Status kennen wir nicht, und wir raten nicht. Nur Planung, Ausstehend und In Bearbeitung erlauben eine Stornierung: Prüfen Sie den Status unter „Bestellungen verwalten“.',
    'no-status': 'Für diesen Auftrag wird kein Status angezeigt, daher lässt sich nicht sagen, ob er stornierbar ist.',
  },
  cancelStepsTitle: 'So stornieren Sie',
  cancelSteps: [
    'Öffnen Sie „Bestellungen verwalten“ (Manage Orders) und klicken Sie auf „Erweiterte Suche“ (Advanced search).',
    'Wählen Sie in der Liste „Bestellnummer“ (Order ID), geben Sie {orderId} ein und klicken Sie auf „Suchen“.',
    'Prüfen Sie, ob in der Spalte „Status“ noch Planung, Ausstehend oder In Bearbeitung steht.',
    'Klicken Sie unter „Aktion“ auf „Diese Bestellung stornieren“ (Cancel this order).',
  ],
  processingCaveat:
    'Die Bearbeitung kann schon begonnen haben, bevor Ihre Stornierung eintrifft. Sehen Sie später nach, ob der Auftrag als storniert angezeigt wird.',
  createRulesTitle: 'Bevor Sie den Remissionsauftrag aufgeben',
  createRules: {
    'return-or-dispose':
      'Wählen Sie die Methode: Rücksendung schickt die Einheiten an eine Adresse, die Sie angeben; Entsorgung lässt sie im Logistikzentrum entsorgen.',
    'return-destination':
      'Zurückgesandte Einheiten können weder an ein anderes Logistikzentrum gehen noch Kundenbestellungen erfüllen.',
    'one-order-per-page':
      'Sie arbeiten mit dem Bericht „Empfohlene Remissionen“ und die Liste hat mehrere Seiten? Dann erstellen Sie für jede Seite einen eigenen Remissionsauftrag.',
    'cross-border-upload':
      'Für Rücksendungen an eine Adresse außerhalb Ihres Heimatshops müssen Sie die Datei für grenzüberschreitende Remissionsaufträge hochladen.',
    'keep-order-id':
      'Geben Sie eine eigene Auftragsnummer ein oder lassen Sie das Feld leer, damit eine erzeugt wird, und notieren Sie sie: Sie brauchen sie zum Verfolgen und Stornieren.',
    'fee-per-unit': 'Die Remissionsgebühr fällt für jede entfernte Einheit an, nicht pro Auftrag.',
    'auto-disposal':
      'Nicht verkaufsfähige und zurückgerufene Einheiten werden 30 Tage aufbewahrt und danach automatisch entsorgt, sofern Sie nicht vorher eine Remission beantragen.',
  },
  statusNames: {
    planning: 'Planung',
    pending: 'Ausstehend',
    processing: 'In Bearbeitung',
    'in-process': 'In Bearbeitung',
    completed: 'Abgeschlossen',
    cancelled: 'Storniert',
    shipped: 'Versandt',
  },
};
