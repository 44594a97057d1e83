import { oneOf, type PoaPatternSet } from './types';

const r = String.raw;

const MONTHS = 'january|february|march|april|june|july|august|september|october|november|december';
const WEEKDAYS = 'mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|sundays?';
const MODAL_BE = '(?<!(?:will|to|shall|would|could|should|must|can|may|might) be )';
const AREAS = oneOf(
  'quality control',
  'quality',
  'qc',
  'processes',
  'process',
  'procedures',
  'monitoring',
  'checks',
  'communication',
  'customer service',
  'operations',
  'standards',
);
const OTHERS_POSSESSIVE = oneOf(
  'amazon',
  "amazon's",
  'your',
  "the buyer's",
  "the customer's",
  "the carrier's",
  "the courier's",
  "buyer's",
  "customer's",
  "carrier's",
  "courier's",
  "competitor's",
  "competitors'",
);
const FEELINGS = oneOf(
  'angry',
  'furious',
  'upset',
  'frustrated',
  'shocked',
  'outraged',
  'disappointed',
  'appalled',
  'disgusted',
);
const IRREGULAR_PARTICIPLES =
  'been|done|made|set|put|begun|built|sent|taken|written|bought|brought|taught|found|kept|held|run|met|paid|spent|' +
  'given|shown|got';
const IRREGULAR_PAST =
  'took|began|sent|made|set|put|wrote|built|bought|paid|met|ran|gave|found|brought|taught|kept|held|spent';
const DONE_PARTICIPLES =
  'completed|finished|introduced|implemented|installed|trained|retrained|removed|replaced|refunded|updated|deleted|' +
  'corrected|fixed|signed|terminated|added';

const OTHERS_PLAIN = oneOf(
  'the carriers?',
  'the couriers?',
  'the buyers?',
  'the customers?',
  'buyers',
  'customers',
  '(?:the |our )?competitors?',
  'the delivery (?:company|driver)',
  'the post office',
);

export const poaPatterns: PoaPatternSet = {
  language: 'en',
  vague: [
    r`improve (?:our |the |my )?${AREAS}`,
    r`(?:better|closer|stricter|tighter|improved|enhanced|increased|more) ` +
      r`(?:monitoring|controls?|checks|oversight|attention|care|quality control)`,
    r`be (?:more|extra) (?:careful|vigilant|diligent|attentive|cautious)`,
    r`pay (?:more|closer|extra) attention`,
    r`(?:make sure|ensure)(?: that)? (?:this|it|this issue|this problem|such issues|this mistake) ` +
      r`(?:will )?(?:never|not|won't|does not|doesn't|do not|don't) (?:happen|occur|repeat)(?: again)?`,
    r`(?:never|not) happen again`,
    r`more closely|more carefully|more often|regularly|periodically|from time to time|as needed`,
    r`when necessary|constantly`,
    r`do (?:our|my) best`,
    r`(?:try|work) harder`,
    r`take (?:this|it|the matter|this matter) (?:very |extremely )?seriously`,
    r`(?:tighten|strengthen|optimi[sz]e|enhance) (?:up )?(?:our |the )?` +
      r`(?:processes|process|controls|procedures|quality control|monitoring)`,
  ],
  specifics: [
    MONTHS,
    WEEKDAYS,
    r`daily|weekly|monthly|quarterly|yearly|annually|hourly|every|each|per|twice|once a|within|at least`,
    r`no later than|by the end of`,
    r`two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|fifty|hundred|percent`,
    r`manager|officer|inspector|specialist|supervisor|coordinator|auditor|accountant|director|owner`,
    r`head of \p{L}+|team lead|shift lead|hired|appointed|assigned`,
    r`software|spreadsheet|checklist|template|sop|standard operating procedure|database|scanner|barcode|camera`,
    r`photos?|app|crm|erp|excel|log`,
  ],
  blaming: [
    r`not (?:our|my) fault`,
    r`no fault of (?:our|my) own`,
    r`${OTHERS_POSSESSIVE}(?: [\p{L}']+){0,2} (?:fault|mistake|error)`,
    r`(?:buyers?|customers?|competitors?|carriers?|couriers?)(?: [\p{L}']+)? ` +
      r`(?:lied|lie|lies|lying|scammed|cheated|abused|sabotaged|faked)`,
    r`(?:false|fake|fraudulent|bogus|malicious) (?:claims?|complaints?|reports?|accusations?)`,
    r`(?:we|i) (?:did|have done|had done) nothing wrong`,
    r`(?:blame|blamed|blaming) ` +
      r`(?:amazon|the buyers?|the customers?|the carrier|buyers|customers|the courier|competitors)`,
    r`(?:amazon|your (?:system|algorithm|bot|team)) (?:made a mistake|got it wrong|is wrong|was wrong|failed)`,
    r`competitors? (?:attacked|targeted|sabotaged)`,
    // "the carrier was at fault", "Amazon is to blame", "the buyers were responsible"
    r`(?:amazon|${OTHERS_PLAIN})(?: [\p{L}']+){0,2} (?:was|were|is|are) (?:at fault|to blame|responsible)`,
    // "Amazon's warehouse lost our stock", "the carrier damaged the parcels"
    r`(?:amazon|${OTHERS_PLAIN}|(?:the )?amazon(?:'s)? (?:warehouses?|fulfill?ment cent(?:er|re)s?|fcs?|team|system))` +
      r` (?:lost|damaged|misplaced|mislabell?ed|mixed up|broke|destroyed|mishandled)`,
    // "customers abuse returns", "buyers are exploiting the A-to-z guarantee"
    r`(?:buyers?|customers?)(?: are| were| keep| always| often)? ` +
      r`(?:abuse|abused|abusing|abuses|exploit|exploited|exploiting|exploits|scam|scamming|cheat|cheating)`,
  ],
  emotional: [
    r`unfair(?:ly)?|unjust(?:ly|ified)?|ridiculous(?:ly)?|outrageous|absurd|scandalous|disgrace(?:ful)?|insane`,
    r`(?:i am|i'm|we are|we're|i was|we were|i feel|we feel)(?: very| extremely| so| really| deeply| totally)? ` +
      FEELINGS,
    r`makes no sense`,
    r`(?:this|that) is (?:a joke|nonsense)`,
  ],
  future: [
    r`will|shall|won't|going to|plan to|planning to|intend to|intends to|aim to|would like to`,
    r`in the future|from now on|moving forward|going forward`,
  ],
  done: [
    r`(?:have|has|had)(?: \p{L}+)? (?:${IRREGULAR_PARTICIPLES}|\p{L}+ed|\p{L}+en)`,
    r`(?:was|were|is|are)(?: now| already| also| all| fully)? \p{L}+ed`,
    r`(?:we|i|our \p{L}+)(?: \p{L}+ly)? (?!need|proceed|exceed|succeed|feed)\p{L}+ed`,
    r`(?:we|i|our \p{L}+)(?: \p{L}+ly)? (?:${IRREGULAR_PAST})`,
    r`already|as of|effective immediately|currently|at present|now in place|is in place|are in place`,
    r`in place since|is now|are now`,
    r`since (?:${MONTHS}|${WEEKDAYS}|\p{N}+)`,
    `${MODAL_BE}(?:${DONE_PARTICIPLES})`,
  ],
  issueTerms: [
    r`asins?|skus?|order ids?|order numbers?|late shipments?|late shipment rate|late dispatch|cancellation rate`,
    r`cancellations|pre-fulfil?lment cancel\p{L}*`,
    r`order defect rate|odr|valid tracking rate|tracking|a-to-z|chargebacks?|negative feedback|feedback rating`,
    r`counterfeit|inauthentic|authenticity|trademark|copyright|patent|intellectual property|infringement`,
    r`product safety|safety complaints?|expired|expiration dates?|used sold as new|not as described`,
    r`condition complaints?`,
    r`restricted products?|prohibited products?|hazmat|dangerous goods|review manipulation|incentivi[sz]ed reviews?`,
    r`invoices?|bank statements?|identity|verification|payment method|credit card`,
  ],
  evidenceTerms: [
    r`attach\p{L}*|enclos\p{L}*|invoices?|receipts?|photos?|photographs?|pictures?|images?|screenshots?|screen shots?`,
    r`reports?|logs?|records?|spreadsheets?|certificates?|contracts?|letters?|statements?|documents?|documentation`,
    r`tracking numbers?|emails?|e-mails?|rotas?|schedules?|checklists?|templates?|test results?|lab results?`,
    r`(?:authori[sz]ation|purchase|order) (?:letter|history|confirmation)s?|confirmations?|videos?|manuals?|instructions`,
  ],
};
