const WIDTH = 48;
const HEIGHT = 14;

/** A row's trend: the recent readings as a small line, decoration beside the number it repeats. */
export function Sparkline({ values }: { readonly values: readonly number[] }) {
  if (values.length < 2) return null;
  const low = Math.min(...values);
  const high = Math.max(...values);
  const span = Math.max(high - low, 1);
  const points = values
    .map((value, i) => {
      const x = (i / (values.length - 1)) * (WIDTH - 2) + 1;
      const y = HEIGHT - 1 - ((value - low) / span) * (HEIGHT - 2);
      return `${Math.round(x * 10) / 10},${Math.round(y * 10) / 10}`;
    })
    .join(' ');
  return (
    <svg class="sparkline" width={WIDTH} height={HEIGHT} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} aria-hidden="true">
      <polyline points={points} />
    </svg>
  );
}
