import { caseTimeline } from '@/entrypoints/popup/checklists/case-timeline';
import type { CaseDetail, CaseRecord } from '@/lib/cases/model';
import type { StoredCase } from '@/lib/cases/stored-case';
import { checklistMarkdown } from '@/lib/checklists/markdown';
import { EMPTY_PROGRESS } from '@/lib/checklists/progress';
import { checklistText as en } from '@/lib/checklists/text/en';

const record = (id: string, marketplace: string, createdAt: number, extra: Partial<CaseRecord> = {}): CaseRecord => ({
  id,
  marketplace,
  topic: 'account-hold',
  title: `Case ${id}`,
  status: 'open',
  createdAt,
  lastContactAt: createdAt,
  updatedAt: createdAt,
  deleted: false,
  ...extra,
});

const detail = (id: string, log: Array<[number, 'sent' | 'received', string]>): CaseDetail => ({
  id,
  notes: '',
  notesUpdatedAt: 0,
  log: log.map(([at, direction, summary], index) => ({
    id: `${id}-${index}`,
    at,
    direction,
    channel: 'case-log',
    summary,
    updatedAt: at,
  })),
});

const stored = (r: CaseRecord, d: CaseDetail | null = null): StoredCase => ({ record: r, detail: d, place: 'sync' });
const describeOpening = (r: CaseRecord) => `opened: ${r.title}`;

describe('case timeline for the checklist export', () => {
  it('keeps only live cases of the marketplace, any host of it, oldest first', () => {
    const cases = [
      stored(
        record('11111111111', 'sellercentral.amazon.se', 3_000),
        detail('11111111111', [[5_000, 'received', 'We need invoices']]),
      ),
      stored(record('22222222222', 'sellercentral.amazon.de', 1_000)),
      stored(record('33333333333', 'sellercentral.amazon.se', 500, { deleted: true, deletedAt: 600 })),
      stored(record('44444444444', 'sellercentral.amazon.se', 2_000)),
    ];
    const timeline = caseTimeline(cases, 'SE', describeOpening);
    expect(timeline.cases).toBe(2);
    expect(timeline.entries).toEqual([
      { at: 2_000, caseId: '44444444444', direction: 'sent', summary: 'opened: Case 44444444444' },
      { at: 3_000, caseId: '11111111111', direction: 'sent', summary: 'opened: Case 11111111111' },
      { at: 5_000, caseId: '11111111111', direction: 'received', summary: 'We need invoices' },
    ]);
    expect(caseTimeline(cases, 'DE', describeOpening).cases).toBe(1);
  });

  it('does not add the opening twice when the log starts with it', () => {
    const cases = [
      stored(
        record('55555555555', 'sellercentral.amazon.se', 1_000),
        detail('55555555555', [
          [1_000, 'sent', 'Plan of Action sent'],
          [9_000, 'received', 'Reinstated'],
        ]),
      ),
    ];
    expect(caseTimeline(cases, 'SE', describeOpening).entries.map((entry) => entry.summary)).toEqual([
      'Plan of Action sent',
      'Reinstated',
    ]);
  });

  it('is empty for a marketplace without cases, and its entries become a Markdown section', () => {
    expect(caseTimeline([], 'SE', describeOpening)).toEqual({ cases: 0, entries: [] });
    const timeline = caseTimeline(
      [
        stored(
          record('66666666666', 'sellercentral.amazon.se', 1_000),
          detail('66666666666', [[2_000, 'received', '<b>ok</b>']]),
        ),
      ],
      'SE',
      describeOpening,
    );
    const markdown = checklistMarkdown({
      checklist: 'hold',
      progress: EMPTY_PROGRESS,
      language: 'en',
      pack: en,
      marketplace: 'SE',
      generatedAt: 10_000,
      timeline: timeline.entries,
      timeZone: 'UTC',
    });
    expect(markdown).toContain('## Case timeline');
    expect(markdown).toContain('case 66666666666, received: \\<b\\>ok\\</b\\>');
  });
});
