import { SELLER_CENTRAL_LANGUAGES } from '@/lib/lang/languages';
import { REMOVAL_VOCABULARIES } from '@/lib/lang/removal';
import { CONFIRMED_REMOVAL_WORDS } from '@/lib/lang/removal-confirmed';
import { type CancelEligibility, verdictForStatus, verdictForText } from '@/lib/removal/eligibility';
import { normalizeLabel } from '@/lib/removal/normalize';
import { columnRoleOf, isAmazonInitiated, statusOf } from '@/lib/removal/status-lookup';
import { NORMALIZED_STATUSES } from '@/lib/removal/vocabulary';
import { EXPECTED_ELIGIBILITY } from '../../support/cancel-eligibility-contract';

/** Hand-written per language: what a seller sees → what the badge must say. */
const SAMPLES: Record<string, ReadonlyArray<readonly [string, CancelEligibility]>> = {
  en: [
    ['Planning', 'cancellable'],
    ['Pending', 'cancellable'],
    ['Processing', 'cancellable-unconfirmed'],
    ['In Process', 'cancellable-unconfirmed'],
    ['Completed', 'not-cancellable'],
    ['Cancelled', 'not-cancellable'],
    ['Canceled', 'not-cancellable'],
  ],
  sv: [
    ['Planering', 'cancellable'],
    ['Väntande', 'cancellable'],
    ['Bearbetning', 'cancellable-unconfirmed'],
    ['Slutförd', 'not-cancellable'],
    ['Annullerad', 'not-cancellable'],
  ],
  de: [
    ['Planung', 'cancellable'],
    ['Ausstehend', 'cancellable'],
    ['In Bearbeitung', 'cancellable-unconfirmed'],
    ['Abgeschlossen', 'not-cancellable'],
    ['Storniert', 'not-cancellable'],
  ],
  fr: [
    ['En attente', 'cancellable'],
    ['En cours de traitement', 'cancellable-unconfirmed'],
    ['Annulée', 'not-cancellable'],
  ],
  it: [
    ['In sospeso', 'cancellable'],
    ['In elaborazione', 'cancellable-unconfirmed'],
    ['Completato', 'not-cancellable'],
  ],
  es: [
    ['Pendiente', 'cancellable'],
    ['En proceso', 'cancellable-unconfirmed'],
    ['Cancelado', 'not-cancellable'],
  ],
  nl: [
    ['In afwachting', 'cancellable'],
    ['In behandeling', 'cancellable-unconfirmed'],
    ['Geannuleerd', 'not-cancellable'],
  ],
  pl: [
    ['Oczekujące', 'cancellable'],
    ['W trakcie realizacji', 'cancellable-unconfirmed'],
    ['Anulowane', 'not-cancellable'],
  ],
  ja: [
    ['保留中', 'cancellable'],
    ['処理中', 'cancellable-unconfirmed'],
    ['完了', 'not-cancellable'],
  ],
  zh: [
    ['待处理', 'cancellable'],
    ['处理中', 'cancellable-unconfirmed'],
    ['已取消', 'not-cancellable'],
  ],
  pt: [
    ['Pendente', 'cancellable'],
    ['Em processamento', 'cancellable-unconfirmed'],
    ['Concluído', 'not-cancellable'],
  ],
  tr: [
    ['Beklemede', 'cancellable'],
    ['İşleniyor', 'cancellable-unconfirmed'],
    ['İptal edildi', 'not-cancellable'],
  ],
  ar: [
    ['قيد الانتظار', 'cancellable'],
    ['قيد المعالجة', 'cancellable-unconfirmed'],
    ['مكتمل', 'not-cancellable'],
  ],
};

describe('status vocabulary', () => {
  it('covers every Seller Central language', () => {
    expect(REMOVAL_VOCABULARIES.map((v) => v.language).sort()).toEqual([...SELLER_CENTRAL_LANGUAGES].sort());
  });

  for (const vocabulary of REMOVAL_VOCABULARIES) {
    describe(vocabulary.language, () => {
      it('maps every status name to the eligibility the rule gives its status', () => {
        for (const [name, status] of Object.entries(vocabulary.statuses)) {
          expect(statusOf(name), name).toBe(status);
          expect(verdictForText(name).eligibility, name).toBe(EXPECTED_ELIGIBILITY[status]);
        }
      });

      it('has a name for planning, pending, processing, completed and cancelled', () => {
        const covered = new Set(Object.values(vocabulary.statuses));
        for (const status of ['planning', 'pending', 'processing', 'completed', 'cancelled'] as const) {
          expect(covered.has(status), status).toBe(true);
        }
      });

      it('gives the hand-checked samples their eligibility', () => {
        for (const [text, eligibility] of SAMPLES[vocabulary.language] ?? []) {
          expect(verdictForText(text).eligibility, text).toBe(eligibility);
        }
        expect(SAMPLES[vocabulary.language]?.length ?? 0).toBeGreaterThan(2);
      });

      it('marks as confirmed only words this file uses', () => {
        const words = new Set(
          [
            ...Object.keys(vocabulary.statuses),
            ...vocabulary.amazonInitiated,
            ...Object.values(vocabulary.headers).flat(),
          ].map(normalizeLabel),
        );
        const confirmed = CONFIRMED_REMOVAL_WORDS[vocabulary.language];
        for (const word of confirmed) expect(words.has(normalizeLabel(word)), word).toBe(true);
        // Only English and Swedish have a source; every other language's statuses are best knowledge.
        if (!['en', 'sv'].includes(vocabulary.language)) {
          for (const name of Object.keys(vocabulary.statuses)) expect(confirmed, name).not.toContain(name);
        }
      });

      it('recognizes its own headers', () => {
        for (const [role, headers] of Object.entries(vocabulary.headers)) {
          for (const header of headers) expect(columnRoleOf(header), header).toBe(role);
        }
      });
    });
  }

  it('never lets two languages give one word two meanings', () => {
    const seen = new Map<string, string>();
    for (const vocabulary of REMOVAL_VOCABULARIES) {
      for (const [name, status] of Object.entries(vocabulary.statuses)) {
        const key = normalizeLabel(name);
        const earlier = seen.get(key);
        if (earlier) expect(earlier, `${vocabulary.language}: ${name}`).toBe(status);
        seen.set(key, status);
      }
      for (const [role, headers] of Object.entries(vocabulary.headers)) {
        for (const header of headers) {
          const key = `header:${normalizeLabel(header)}`;
          const earlier = seen.get(key);
          if (earlier) expect(earlier, `${vocabulary.language}: ${header}`).toBe(role);
          seen.set(key, role);
        }
      }
    }
  });

  it('keeps status names and header names apart', () => {
    for (const vocabulary of REMOVAL_VOCABULARIES) {
      for (const name of Object.keys(vocabulary.statuses)) expect(columnRoleOf(name), name).toBeNull();
    }
  });
});

describe('normalization', () => {
  it.each([
    ['pending', 'pending'],
    ['PENDING', 'pending'],
    ['  Pending\u00a0', 'pending'],
    ['Pending:', 'pending'],
    ['Pen\u00addi\u200bng', 'pending'],
    ['ｐｅｎｄｉｎｇ', 'pending'],
    ['vantande', 'pending'],
    ['VÄNTANDE', 'pending'],
    ['Va\u0308ntande', 'pending'],
    ['In-Process', 'in-process'],
    ['In\u2011Process', 'in-process'],
    ['in_process', 'in-process'],
    ['InProcess', 'in-process'],
    ['In \n Process', 'in-process'],
    ['Zakonczone', 'completed'],
    ['in bearbeitung', 'processing'],
  ])('%j is %s', (text, status) => {
    expect(statusOf(text)).toBe(status);
  });

  it('folds typographic apostrophes in headers', () => {
    expect(columnRoleOf('Stato dell’ordine')).toBe('status');
    expect(columnRoleOf('order-id')).toBe('orderId');
    expect(columnRoleOf('ORDER_STATUS')).toBe('status');
  });
});

describe('verdicts', () => {
  it.each([
    'On hold',
    'Shipped partially',
    'Pending review',
    'Unfulfillable',
    'Closed',
    '?',
    'Pending Pending',
    'Planning / Pending',
  ])('does not guess: %j is unknown', (text) => {
    expect(verdictForText(text)).toEqual({ eligibility: 'unknown', reason: 'unrecognized-status', status: null });
  });

  it('says when no status is shown at all', () => {
    expect(verdictForText('  ')).toEqual({ eligibility: 'unknown', reason: 'no-status', status: null });
  });

  it('gives each cancellable status the reason the tooltip explains', () => {
    expect(verdictForText('Pending').reason).toBe('not-started');
    expect(verdictForText('In Process').reason).toBe('processing-may-have-started');
    expect(verdictForText('Completed').reason).toBe('already-completed');
    expect(verdictForText('Canceled').reason).toBe('already-cancelled');
  });

  it('treats Amazon-initiated removals as not cancellable whatever the status', () => {
    for (const status of NORMALIZED_STATUSES) {
      expect(verdictForStatus(status, true).eligibility).toBe('not-cancellable');
    }
    expect(verdictForText('Pending', { source: 'Amazon-initiated Automated Aged fulfillable Removal System' })).toEqual(
      {
        eligibility: 'not-cancellable',
        reason: 'amazon-initiated',
        status: 'pending',
      },
    );
    expect(verdictForText('Väntande', { type: 'Obligatorisk borttagning' }).reason).toBe('amazon-initiated');
    expect(verdictForText('', { source: 'Von Amazon veranlasst' }).reason).toBe('amazon-initiated');
  });

  it('keeps the precise reason for final statuses of Amazon-initiated removals', () => {
    expect(verdictForText('Completed', { source: 'Amazon-initiated' }).reason).toBe('already-completed');
  });

  it('does not read seller-initiated sources as Amazon-initiated', () => {
    for (const source of [
      'Seller-initiated Manual Removal',
      'Seller-configured Automated Unfulfillable Removal System',
      'Automated Stranded Removal System',
      'Liquidations',
      'Disposal',
      '',
    ]) {
      expect(isAmazonInitiated(source), source).toBe(false);
      expect(verdictForText('Pending', { source }).eligibility, source).toBe('cancellable');
    }
  });
});
