import { useLayoutEffect, useRef } from 'preact/hooks';
import { CHART, type ChartGeometry, type ChartPoint } from '@/lib/account-health/chart-geometry';

interface RatingChartProps {
  readonly chart: ChartGeometry;
  /** The chart in one sentence, for whoever cannot see it (the table below has every reading). */
  readonly label: string;
  readonly formatDay: (at: number) => string;
}

/**
 * The rating as a line over time with Seller Central's thresholds, summarized months as bars and
 * account-state periods as a band beneath. Plain SVG: the chart is one line and two rules, which
 * a charting library would add tens of kilobytes to the popup for (issue #18 asks to say why).
 */
export function RatingChart({ chart, label, formatDay }: RatingChartProps) {
  const plotRight = CHART.width - CHART.right;
  return (
    <svg
      class="rating-chart"
      viewBox={`0 0 ${CHART.width} ${CHART.height}`}
      role="img"
      aria-label={label}
      data-testid="rating-chart"
    >
      {chart.thresholds.map(({ value, y }) => (
        <g key={value} class={`chart-threshold threshold-${value}`}>
          <line x1={CHART.left} x2={plotRight} y1={y} y2={y} />
          <text x={CHART.left - 4} y={y + 3} text-anchor="end">
            {value}
          </text>
        </g>
      ))}
      <text class="chart-axis" x={CHART.left - 4} y={CHART.top + 3} text-anchor="end">
        {chart.yMax}
      </text>
      <line class="chart-baseline" x1={CHART.left} x2={plotRight} y1={CHART.plotBottom} y2={CHART.plotBottom} />
      <text class="chart-axis" x={CHART.left - 4} y={CHART.plotBottom + 3} text-anchor="end">
        0
      </text>
      {chart.months.map((month) => (
        <line key={month.month} class="chart-month" x1={month.x} x2={month.x} y1={month.top} y2={month.bottom}>
          <title>{month.month}</title>
        </line>
      ))}
      {chart.line && <path class="chart-line" d={chart.line} />}
      <ChartPoints points={chart.points} />
      <rect
        class="chart-band-track"
        x={CHART.left}
        y={CHART.bandTop}
        width={plotRight - CHART.left}
        height={CHART.bandBottom - CHART.bandTop}
      />
      {chart.bands.map((band) => (
        <rect
          key={`${band.x}-${band.state}`}
          class={`chart-band state-${band.state}`}
          data-state={band.state}
          x={band.x}
          y={CHART.bandTop}
          width={band.width}
          height={CHART.bandBottom - CHART.bandTop}
        />
      ))}
      <text class="chart-axis" x={CHART.left} y={CHART.height - 4}>
        {formatDay(chart.from)}
      </text>
      <text class="chart-axis" x={plotRight} y={CHART.height - 4} text-anchor="end">
        {formatDay(chart.to)}
      </text>
    </svg>
  );
}

const SVG = 'http://www.w3.org/2000/svg';

/**
 * One circle per reading, each carrying `data-scc-ahr-reading` (public DOM contract). Two years
 * are 731 circles: made here by cloning one circle, not diffed by Preact as 731 elements, which
 * was a third of the time from "History" to the drawn chart (issue #18's 50 ms budget). No title
 * per point: the table below has every reading.
 */
function ChartPoints({ points }: { readonly points: readonly ChartPoint[] }) {
  const layer = useRef<SVGGElement>(null);
  useLayoutEffect(() => {
    const g = layer.current;
    if (!g) return;
    const model = document.createElementNS(SVG, 'circle');
    model.setAttribute('r', '3');
    const drawn = document.createDocumentFragment();
    for (const point of points) {
      const circle = model.cloneNode() as SVGCircleElement;
      circle.setAttribute('cx', String(point.x));
      circle.setAttribute('cy', String(point.y));
      circle.setAttribute('data-scc-ahr-reading', String(point.rating));
      drawn.append(circle);
    }
    g.replaceChildren(drawn);
  }, [points]);
  return <g ref={layer} />;
}
