import { MARKETPLACES } from '@/lib/marketplaces';

interface MarketplaceSelectProps {
  readonly id: string;
  readonly value: string;
  readonly onChange: (host: string) => void;
}

/** Every Seller Central host; a stored host this version does not know is still offered, unchanged. */
export function MarketplaceSelect({ id, value, onChange }: MarketplaceSelectProps) {
  const known = MARKETPLACES.some((m) => m.host === value);
  return (
    <select id={id} value={value} onChange={(e) => onChange(e.currentTarget.value)}>
      {!known && <option value={value}>{value}</option>}
      {MARKETPLACES.map((m) => (
        <option key={m.host} value={m.host}>
          {`${m.code} · ${m.host}`}
        </option>
      ))}
    </select>
  );
}
