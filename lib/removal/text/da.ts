/**
 * Danish removal guidance. Facts from seed 004, in our own words. Seller Central has no Danish
 * interface, so buttons and fields are named with their English labels in quotes.
 */
import type { RemovalText } from './types';

export const da: RemovalText = {
  badge: {
    cancellable: 'Kan annulleres',
    'cancellable-unconfirmed': 'Annullering kan komme for sent',
    'not-cancellable': 'Kan ikke annulleres',
    unknown: 'Ukendt status',
  },
  reasons: {
    'not-started': 'Ordren er stadig under planlægning eller venter på at gå i gang, så du kan annullere den.',
    'processing-may-have-started':
      'Ordren er under behandling. Du kan stadig bede om at annullere den, men arbejdet kan allerede være i gang, når anmodningen når frem.',
    'already-completed':
      'Ordren er gennemført. Kun ordrer med status Planning, Pending eller Processing kan annulleres.',
    'already-cancelled': 'Ordren er allerede annulleret. Der er intet tilbage at annullere.',
    'already-shipped':
      'Enheder fra ordren er allerede sendt. Kun ordrer med status Planning, Pending eller Processing kan annulleres.',
    'amazon-initiated':
      'Amazon har selv sat denne fjernelse i gang (en påkrævet fjernelse), så det er ikke din ordre at annullere.',
    'unrecognized-status':
      'Vi kender ikke denne status, og vi gætter ikke. Kun Planning, Pending og Processing tillader annullering: tjek status under "Manage Orders".',
    'no-status': 'Ordren viser ingen status, så vi kan ikke afgøre, om den kan annulleres.',
  },
  cancelStepsTitle: 'Sådan annullerer du',
  cancelSteps: [
    'Åbn "Manage Orders", og klik på "Advanced search".',
    'Vælg "Order ID" i rullelisten, indtast {orderId}, og klik på "Search".',
    'Kontrollér, at kolonnen "Status" stadig viser Planning, Pending eller Processing.',
    'Klik på "Cancel this order" under "Action".',
  ],
  processingCaveat:
    'Behandlingen kan allerede være begyndt, når din annullering når frem. Kig forbi senere, og kontrollér, at ordren nu står som annulleret.',
  createRulesTitle: 'Før du afgiver fjernelsesordren',
  createRules: {
    'return-or-dispose':
      'Vælg metode: "Return" sender enhederne til en adresse, du angiver; "Dispose" lader dem bortskaffe på distributionscentret.',
    'return-destination':
      'Returnerede enheder kan ikke sendes til et andet distributionscenter og kan ikke bruges til at opfylde kundeordrer.',
    'one-order-per-page':
      'Arbejder du ud fra rapporten "Recommended Removal", og fylder listen flere sider? Så skal du oprette én fjernelsesordre pr. side.',
    'cross-border-upload':
      'Returnering til en adresse uden for din hjemmebutik skal ske via filupload af fjernelsesordrer på tværs af grænser.',
    'keep-order-id':
      'Angiv dit eget ordre-ID, eller lad feltet stå tomt for at få et, og gem det: du skal bruge det til at følge og annullere ordren.',
    'fee-per-unit': 'Fjernelsesgebyret betales for hver fjernet enhed, ikke pr. ordre.',
    'auto-disposal':
      'Usælgelige og tilbagekaldte enheder opbevares i 30 dage og bortskaffes derefter automatisk, medmindre du beder om fjernelse inden da.',
  },
  statusNames: {
    planning: 'Planlægning',
    pending: 'Afventer',
    processing: 'Behandles',
    'in-process': 'Under behandling',
    completed: 'Gennemført',
    cancelled: 'Annulleret',
    shipped: 'Afsendt',
  },
};
