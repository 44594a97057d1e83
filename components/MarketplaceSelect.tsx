import { MARKETPLACE_CHOICES } from './marketplace-choices';

interface MarketplaceSelectProps {
  readonly id: string;
  readonly label: string;
  /** Shown while nothing is chosen. */
  readonly noneLabel: string;
  /** A marketplace code, or null. */
  readonly value: string | null;
  readonly onChange: (code: string) => void;
}

/** A labelled choice of marketplace, one option per marketplace code, named by its Seller Central host. */
export function MarketplaceSelect({ id, label, noneLabel, value, onChange }: MarketplaceSelectProps) {
  return (
    <div class="row">
      <label for={id}>{label}</label>
      <select
        id={id}
        value={value ?? ''}
        onChange={(event) => {
          const code = event.currentTarget.value;
          if (code) onChange(code);
        }}
      >
        {value === null && <option value="">{noneLabel}</option>}
        {MARKETPLACE_CHOICES.map((market) => (
          <option key={market.code} value={market.code}>
            {`${market.code} · ${market.host}`}
          </option>
        ))}
      </select>
    </div>
  );
}
