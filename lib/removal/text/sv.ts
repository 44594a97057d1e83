/**
 * Swedish removal guidance. Facts from seed 004 (the Swedish help page), in our own words;
 * button and field names are the Swedish Seller Central labels that page uses.
 */
import type { RemovalText } from './types';

export const sv: RemovalText = {
  badge: {
    cancellable: 'Kan annulleras',
    'cancellable-unconfirmed': 'Annulleringen kan komma för sent',
    'not-cancellable': 'Kan inte annulleras',
    unknown: 'Okänd status',
  },
  reasons: {
    'not-started': 'Ordern planeras fortfarande eller väntar på att påbörjas, så du kan annullera den.',
    'processing-may-have-started':
      'Ordern bearbetas. Du kan fortfarande begära annullering, men arbetet kan redan vara igång när begäran kommer fram.',
    'already-completed':
      'Ordern är slutförd. Bara ordrar med status Planering, Väntande eller Bearbetning går att annullera.',
    'already-cancelled': 'Ordern är redan annullerad. Det finns inget kvar att annullera.',
    'already-shipped':
      'Enheter från ordern har redan skickats. Bara ordrar med status Planering, Väntande eller Bearbetning går att annullera.',
    'amazon-initiated':
      'Amazon har själv startat den här borttagningen (en obligatorisk borttagning), så den är inte din att annullera.',
    'unrecognized-status':
      'Vi känner inte igen statusen och gissar inte. Bara Planering, Väntande och Bearbetning tillåter annullering: kontrollera statusen under Hantera ordrar.',
    'no-status': 'Ordern visar ingen status, så vi kan inte avgöra om den går att annullera.',
  },
  cancelStepsTitle: 'Så annullerar du',
  cancelSteps: [
    'Öppna Hantera ordrar och klicka på Avancerad sökning.',
    'Välj Order-ID i listrutan, skriv {orderId} och klicka på Sök.',
    'Kontrollera att det under Status fortfarande står Planering, Väntande eller Bearbetning.',
    'Klicka på Annullera denna order under Åtgärd.',
  ],
  processingCaveat:
    'Bearbetningen kan ha hunnit börja innan din annullering tas emot. Titta in igen senare och kontrollera att ordern nu visas som annullerad.',
  createRulesTitle: 'Innan du lägger borttagningsordern',
  createRules: {
    'return-or-dispose':
      'Välj borttagningsmetod: Returnera skickar enheterna till en adress du anger, Bortskaffa låter dem tas om hand på distributionscentret.',
    'return-destination':
      'Returnerade enheter kan inte skickas till ett annat distributionscenter och kan inte användas till kundbeställningar.',
    'one-order-per-page':
      'Utgår du från rapporten Rekommenderad borttagning och listan har flera sidor? Skapa då en separat borttagningsorder per sida.',
    'cross-border-upload':
      'Retur till en adress utanför din hembutik kräver att du laddar upp filen för gränsöverskridande borttagningsordrar.',
    'keep-order-id':
      'Ange ett eget order-ID eller lämna fältet tomt så skapas ett, och spara det: du behöver det för att följa och annullera ordern.',
    'fee-per-unit': 'Borttagningsavgiften tas ut för varje borttagen enhet, inte per order.',
    'auto-disposal':
      'Osäljbara och återkallade enheter sparas i 30 dagar och bortskaffas sedan automatiskt, om du inte begär borttagning innan dess.',
  },
  statusNames: {
    planning: 'Planering',
    pending: 'Väntande',
    processing: 'Bearbetning',
    'in-process': 'Under bearbetning',
    completed: 'Slutförd',
    cancelled: 'Annullerad',
    shipped: 'Skickad',
  },
};
