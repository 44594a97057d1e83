/** The history chart's geometry (lib/account-health/chart-geometry.ts). */
import { describe, expect, it } from 'vitest';
import { CHART, chartGeometry, dayInstant } from '@/lib/account-health/chart-geometry';
import type { RatingHistory } from '@/lib/account-health/rating-history';

const day = (d: string, rating: number | null) => ({ day: d, at: dayInstant(d), rating, status: null });
const NOW = dayInstant('2026-12-10');

describe('chartGeometry', () => {
  const history: RatingHistory = {
    days: [day('2026-12-01', 150), day('2026-12-03', 120), day('2026-12-05', null), day('2026-12-08', 250)],
    months: [],
  };
  const periods = [
    { state: 'at-risk' as const, from: dayInstant('2026-12-01') },
    { state: null, from: dayInstant('2026-12-08') },
  ];
  const chart = chartGeometry(history, periods, NOW);

  it('draws one point per day with a number, left to right, higher ratings higher up', () => {
    expect(chart.points.map((p) => p.rating)).toEqual([150, 120, 250]);
    const [a, b, c] = chart.points;
    expect(a && b && c && a.x < b.x && b.x < c.x).toBe(true);
    expect(a && b && c && c.y < a.y && a.y < b.y).toBe(true);
    expect(chart.line.startsWith(`M${a?.x} ${a?.y} L`)).toBe(true);
    for (const p of chart.points) {
      expect(p.x).toBeGreaterThanOrEqual(CHART.left);
      expect(p.x).toBeLessThanOrEqual(CHART.width - CHART.right);
    }
  });

  it('draws both thresholds inside the plot, 200 above 100', () => {
    const [twoHundred, oneHundred] = chart.thresholds;
    expect(twoHundred?.value).toBe(200);
    expect(twoHundred && oneHundred && twoHundred.y < oneHundred.y).toBe(true);
    expect(chart.yMax).toBe(300);
    expect(oneHundred?.y).toBeLessThan(CHART.plotBottom);
  });

  it('draws a band for each period with a state, until the next change', () => {
    expect(chart.bands).toHaveLength(1);
    const band = chart.bands[0];
    expect(band?.state).toBe('at-risk');
    expect(band?.x).toBe(chart.points[0]?.x);
    expect((band?.x ?? 0) + (band?.width ?? 0)).toBeCloseTo(chart.points[2]?.x ?? 0, 0);
  });

  it('keeps one lone reading off the edges, and scales up to 1000 at most', () => {
    const lone = chartGeometry({ days: [day('2026-12-10', 990)], months: [] }, [], NOW);
    expect(lone.points[0]?.x).toBe(CHART.width - CHART.right);
    expect(lone.from).toBeLessThan(lone.to);
    expect(lone.yMax).toBe(1000);
    expect(lone.line).toBe('');
  });

  it('draws summarized months as low-high bars', () => {
    const withMonths = chartGeometry(
      {
        days: [day('2026-12-01', 150)],
        months: [{ month: '2024-11', days: 20, min: 90, max: 400, last: 300, lastStatus: null }],
      },
      [],
      NOW,
    );
    expect(withMonths.months).toHaveLength(1);
    const bar = withMonths.months[0];
    expect(bar && bar.top < bar.bottom).toBe(true);
    expect(bar?.x).toBeLessThan(withMonths.points[0]?.x ?? 0);
  });
});
