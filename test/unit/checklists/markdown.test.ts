import fc from 'fast-check';
import { checklistMarkdown, checklistMarkdownFileName } from '@/lib/checklists/markdown';
import { escapeMarkdown, markdownUrl } from '@/lib/checklists/markdown-escape';
import { EMPTY_PROGRESS, setDone } from '@/lib/checklists/progress';
import { CHECKLIST_TEXTS } from '@/lib/checklists/text';
import { CHECKLIST_IDS } from '@/lib/checklists/types';
import { UI_LANGUAGES } from '@/lib/i18n/translate';

const T = Date.UTC(2025, 3, 2, 14, 5);
const base = {
  checklist: 'hold' as const,
  language: 'en' as const,
  pack: CHECKLIST_TEXTS.en,
  marketplace: 'SE' as const,
  generatedAt: T,
  timeZone: 'UTC',
};

const history = {
  changes: [
    { marketplace: 'SE', state: null, at: Date.UTC(2025, 3, 1, 10) },
    { marketplace: 'SE', state: 'on-hold' as const, at: Date.UTC(2025, 2, 1, 10), summarized: 3 },
    { marketplace: 'SE', state: 'at-risk' as const, at: Date.UTC(2025, 2, 20, 10) },
  ],
  ratings: {
    months: [{ month: '2023-01', days: 2, min: 150, max: 230, last: 190, lastStatus: 'at-risk' as const }],
    days: [
      { day: '2025-03-30', at: Date.UTC(2025, 2, 30, 9), rating: 150, status: 'at-risk' as const },
      { day: '2025-04-01', at: Date.UTC(2025, 3, 1, 9), rating: null, status: 'healthy' as const },
    ],
  },
  policies: {
    latest: {
      at: Date.UTC(2025, 2, 25, 10),
      rows: [
        { name: 'Listing policy violations', count: 2 },
        { name: 'Suspected IP | violations', count: 0 },
      ],
    },
    changes: [
      { at: Date.UTC(2025, 2, 25, 10), name: 'Listing policy violations', from: 1, to: 2 },
      { at: Date.UTC(2025, 2, 25, 10), name: 'Food safety', from: 1, to: null },
    ],
    folded: { count: 4, until: Date.UTC(2024, 0, 1) },
  },
  notices: {
    notices: [
      {
        title: 'Policy warning: listing removed',
        shown: 'Mar 22, 2025',
        day: '2025-03-22',
        firstSeen: Date.UTC(2025, 2, 26),
        lastSeen: Date.UTC(2025, 2, 26),
      },
      { title: 'Unread *notice*', shown: '22/23/2025', day: null, firstSeen: Date.UTC(2025, 2, 28, 10), lastSeen: 0 },
    ],
  },
};

const NO_HISTORY = {
  changes: [],
  ratings: { days: [], months: [] },
  policies: { latest: null, changes: [] },
  notices: { notices: [] },
};

/** ICU versions differ on the space before AM/PM (U+202F or a plain space). */
const plain = (text: string) => text.replace(/[\u202F\u00A0]/g, ' ');

describe('checklist Markdown export', () => {
  it('writes title, marketplace, date, progress, ticked and open items with why and link', () => {
    const progress = setDone(EMPTY_PROGRESS, 'check-health', true, T - 3_600_000);
    const markdown = plain(checklistMarkdown({ ...base, progress }));
    const text = CHECKLIST_TEXTS.en.checklists.hold;
    expect(markdown.startsWith(`# ${text.title}\n`)).toBe(true);
    expect(markdown).toContain('- Marketplace: sellercentral.amazon.se');
    expect(markdown).toContain('- Generated: Apr 2, 2025, 2:05 PM');
    expect(markdown).toContain('Progress: 1 of 6 done (16 %)');
    expect(markdown).toContain('- [x] **Open Account Health** (ticked Apr 2, 2025, 1:05 PM)');
    expect(markdown).toContain('- [ ] **Read the notice from Amazon** (not done yet)');
    expect(markdown).toContain(`  ${text.items['check-health']?.why}`);
    expect(markdown).toContain('[Open in Seller Central](https://sellercentral.amazon.se/performance/dashboard)');
    expect(markdown).toContain('*Evidence to keep:* Write down the case number');
    expect(markdown).not.toContain('## Case timeline');
  });

  it('adds the case timeline, oldest first, with every summary escaped', () => {
    const markdown = plain(
      checklistMarkdown({
        ...base,
        progress: EMPTY_PROGRESS,
        timeline: [
          {
            at: T + 60_000,
            caseId: '20424098481',
            direction: 'received',
            summary: 'Asked for **invoices** <b>now</b>',
          },
          {
            at: T,
            caseId: '20424098481',
            direction: 'sent',
            summary: '[Plan](javascript:alert(1)) sent\nwith 3 files',
          },
        ],
      }),
    );
    const timeline = markdown.slice(markdown.indexOf('## Case timeline'));
    const sent = timeline.indexOf('sent: \\[Plan\\](javascript:alert(1)) sent with 3 files');
    const received = timeline.indexOf('received: Asked for \\*\\*invoices\\*\\* \\<b\\>now\\</b\\>');
    expect(sent).toBeGreaterThan(0);
    expect(received).toBeGreaterThan(sent);
    expect(timeline).toContain('- Apr 2, 2025, 2:05 PM, case 20424098481, sent');
  });

  it('says so when the timeline is empty', () => {
    expect(checklistMarkdown({ ...base, progress: EMPTY_PROGRESS, timeline: [] })).toContain(
      'No case contacts recorded.',
    );
  });

  it('exports every checklist in every language without placeholders left over', () => {
    for (const language of UI_LANGUAGES) {
      for (const checklist of CHECKLIST_IDS) {
        const markdown = checklistMarkdown({
          ...base,
          language,
          pack: CHECKLIST_TEXTS[language],
          checklist,
          progress: EMPTY_PROGRESS,
          timeline: [],
          history: { ...history, stateName: String, statusName: String },
        });
        expect(markdown).toContain(CHECKLIST_TEXTS[language].checklists[checklist].title);
        expect(markdown).not.toMatch(/\{(done|total|percent|time|count|month|days|title|policy|from|to|date)\}/);
      }
    }
  });

  it('adds the account history: one dated timeline, the policy counts, then every rating reading as a table', () => {
    const markdown = plain(
      checklistMarkdown({
        ...base,
        progress: EMPTY_PROGRESS,
        history: {
          ...history,
          stateName: (state) =>
            state === null ? 'Healthy' : state === 'at-risk' ? 'At risk | soon' : `State ${state}`,
          statusName: (status) => ({ healthy: 'Healthy', 'at-risk': 'At risk', critical: 'Critical' })[status],
        },
      }),
    );
    const section = markdown.slice(markdown.indexOf('## Account history'));
    const timeline = section.slice(section.indexOf('### Account states, policy counts and notifications'));
    // Oldest first, what was folded first of all; a seller-facing name cannot break the line or the table.
    expect(timeline.split('\n').slice(2, 11)).toEqual([
      '- 4 earlier policy count changes, summarized',
      '- Mar 1, 2025, 10:00 AM: State on-hold (3 earlier changes, summarized)',
      '- Mar 20, 2025, 10:00 AM: At risk \\| soon',
      '- Mar 22, 2025: Performance notification: Policy warning: listing removed',
      '- Mar 25, 2025, 10:00 AM: Listing policy violations: 1 → 2',
      '- Mar 25, 2025, 10:00 AM: Food safety: 1 → –',
      '- 22/23/2025 (Mar 28, 2025, 10:00 AM): Performance notification: Unread \\*notice\\*',
      '- Apr 1, 2025, 10:00 AM: Healthy',
      '',
    ]);
    const policies = section.slice(section.indexOf('### Policy compliance')).split('\n');
    expect(policies.slice(2, 8)).toEqual([
      'As Account Health listed them on Mar 25, 2025, 10:00 AM.',
      '',
      '| Policy | Violations |',
      '| --- | ---: |',
      '| Listing policy violations | 2 |',
      '| Suspected IP \\| violations | 0 |',
    ]);
    const table = section.slice(section.indexOf('### Account Health Rating')).split('\n');
    expect(table.slice(2)).toEqual([
      '| Day | Rating | Status |',
      '| --- | ---: | --- |',
      '| 2023-01 (2 days) | 190 (150–230) | At risk |',
      '| Mar 30, 2025 | 150 | At risk |',
      '| Apr 1, 2025 |   | Healthy |',
      '',
      '---',
      '',
      '*Exported with Seller Central Companion (not affiliated with Amazon).*',
      '',
    ]);
  });

  it('says so when a history has no change or no reading', () => {
    const markdown = checklistMarkdown({
      ...base,
      progress: EMPTY_PROGRESS,
      history: { ...NO_HISTORY, stateName: String, statusName: String },
    });
    expect(markdown).toContain('No change of account state, policy count or notification seen.');
    expect(markdown).toContain('No policy list read.');
    expect(markdown).toContain('No rating read.');
  });

  it('ignores ticked ids the checklist no longer has', () => {
    const markdown = checklistMarkdown({ ...base, progress: { done: { 'old-step': T } } });
    expect(markdown).toContain('Progress: 0 of 6 done (0 %)');
    expect(markdown).not.toContain('old-step');
  });

  it('names the download after checklist, host and date', () => {
    expect(checklistMarkdownFileName('while-on-hold', 'SE', T)).toBe(
      'checklist-while-on-hold-sellercentral.amazon.se-2025-04-02.md',
    );
    expect(checklistMarkdownFileName('hold', 'JP', Number.NaN)).toBe(
      'checklist-hold-sellercentral.amazon.co.jp-undated.md',
    );
  });
});

describe('Markdown escaping', () => {
  it.each([
    ['<img src=x onerror=alert(1)>', '\\<img src=x onerror=alert(1)\\>'],
    ['[link](javascript:alert(1))', '\\[link\\](javascript:alert(1))'],
    ['# not a heading', '\\# not a heading'],
    ['- not a list', '\\- not a list'],
    ['1. not a list', '1\\. not a list'],
    ['*bold* _it_ `code` ~~gone~~ a|b', '\\*bold\\* \\_it\\_ \\`code\\` \\~\\~gone\\~\\~ a\\|b'],
    ['back\\slash & amp', 'back\\\\slash \\& amp'],
    ['two\n\nlines\tand  spaces ', 'two lines and spaces'],
    ['safe\u202Ereversed\u2066text', 'safereversedtext'],
    ['مرحبا 👋 3.5 kg', 'مرحبا 👋 3.5 kg'],
  ])('%j', (input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected);
  });

  it('leaves no line break and no unescaped special character, whatever the input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (input) => {
        const out = escapeMarkdown(input);
        expect(out).not.toMatch(/[\r\n]/);
        // Every special character is preceded by an odd number of backslashes.
        for (const match of out.matchAll(/(\\*)([`*_[\]<>#+|~&])/g)) {
          expect((match[1] ?? '').length % 2).toBe(1);
        }
      }),
    );
  });

  it('allows only http(s) link targets', () => {
    expect(markdownUrl('javascript:alert(1)')).toBeNull();
    expect(markdownUrl('not a url')).toBeNull();
    expect(markdownUrl('https://sellercentral.amazon.de/a b(c)')).toBe('https://sellercentral.amazon.de/a%20b%28c%29');
  });
});
