/**
 * The policy and notification readers (lib/account-health/page-rows.dom.ts, notice-date.ts)
 * scored on pages written apart from them (test/fixtures/pages/health-lists/README.md): a page is
 * right when every row, in order, is what its writer expected, and wrong otherwise. The sealed
 * half is never read for tuning: its misses are named by file only.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { noticeDayOf } from '@/lib/account-health/notice-date';
import { noticeListsIn, policyListsIn } from '@/lib/account-health/page-rows.dom';
import { noticeListOf, policyListOf } from '@/lib/account-health/row-cells';
import { marketplaceCodeOf } from '@/lib/marketplaces';

const DIR = join(__dirname, '../../fixtures/pages/health-lists');
/** Share of tuning pages read exactly. */
const FLOOR = 0.9;
/**
 * The sealed half's floor is what the readers measured on it after the last 24 pages were sealed
 * (73 of 81 exactly, 16 of the 24 new ones, which the readers before round 8 read 9 of;
 * 2026-12-08): a guard against losing ground. The goal is every page; issue #18's closing note
 * says what the misses are.
 */
const SEALED_FLOOR = 0.9;
/** Pages without a list that the readers found rows on, at that measurement: none, and never any. */
const SEALED_INVENTED_MAX = 0;

interface Expected {
  readonly url: string;
  readonly policies?: readonly { name: string; count: number }[];
  readonly notices?: readonly { title: string; shown: string; day: string | null }[];
}

function read(name: string, html: string, url: string) {
  document.body.innerHTML = new DOMParser().parseFromString(html, 'text/html').body.innerHTML;
  if (name.startsWith('ah-')) return { policies: policyListOf(policyListsIn(document.body)) };
  const marketplace = marketplaceCodeOf(url);
  if (!marketplace) throw new Error(`${name}: ${url} is no Seller Central URL`);
  // The content script's rows, titled and dated as the worker does.
  return {
    notices: noticeListOf(noticeListsIn(document.body)).map((row) => ({
      ...row,
      day: noticeDayOf(row.shown, marketplace),
    })),
  };
}

function score(half: 'sealed' | 'tuning') {
  const expected: Record<string, Expected> = JSON.parse(readFileSync(join(DIR, half, 'expected.json'), 'utf8'));
  const misses: Array<{ name: string; got: unknown; want: unknown }> = [];
  for (const [name, want] of Object.entries(expected)) {
    const got = read(name, readFileSync(join(DIR, half, name), 'utf8'), want.url);
    const wanted = name.startsWith('ah-') ? { policies: want.policies } : { notices: want.notices };
    if (JSON.stringify(got) !== JSON.stringify(wanted)) misses.push({ name, got, want: wanted });
  }
  const total = Object.keys(expected).length;
  // How each miss failed, counted, never shown: nothing read (safe), or rows that are not the page's.
  const rowsOf = (value: unknown) => Object.values(value as Record<string, unknown[] | undefined>)[0] ?? [];
  const kinds = { silent: 0, invented: 0, wrong: 0 };
  for (const { got, want } of misses) {
    if (rowsOf(got).length === 0) kinds.silent += 1;
    else if (rowsOf(want).length === 0) kinds.invented += 1;
    else kinds.wrong += 1;
  }
  return { total, right: total - misses.length, misses, kinds };
}

describe('policy and notification readers on pages written apart from them', () => {
  it('the sealed half is byte for byte what sealed.lock froze', () => {
    const lock: Record<string, string> = JSON.parse(readFileSync(join(DIR, 'sealed.lock.json'), 'utf8'));
    const digests = Object.fromEntries(
      readdirSync(join(DIR, 'sealed'))
        .sort()
        .map((name) => [
          name,
          createHash('sha256')
            .update(readFileSync(join(DIR, 'sealed', name)))
            .digest('hex'),
        ]),
    );
    expect(digests).toEqual(lock);
  });

  it(`reads >= ${SEALED_FLOOR * 100} % of the sealed pages exactly, inventing rows on ${SEALED_INVENTED_MAX} pages at most`, () => {
    const { total, right, misses, kinds } = score('sealed');
    // Names only: the sealed half is reported on, never read for tuning.
    console.log(
      `[health lists] sealed: ${right} of ${total} pages read exactly; of the misses ${kinds.silent} read nothing, ${kinds.invented} read rows from a page without any, ${kinds.wrong} read other rows; missed: ${misses.map((miss) => miss.name).join(', ') || 'none'}`,
    );
    expect(right / total, `sealed misses: ${misses.map((miss) => miss.name).join(', ')}`).toBeGreaterThanOrEqual(
      SEALED_FLOOR,
    );
    expect(kinds.invented).toBeLessThanOrEqual(SEALED_INVENTED_MAX);
  });

  it(`reads >= ${FLOOR * 100} % of the tuning pages exactly`, () => {
    const { total, right, misses } = score('tuning');
    console.log(
      `[health lists] tuning: ${right} of ${total} pages read exactly; missed: ${misses.map((miss) => miss.name).join(', ') || 'none'}`,
    );
    expect(right / total, JSON.stringify(misses, null, 1)).toBeGreaterThanOrEqual(FLOOR);
  });
});
