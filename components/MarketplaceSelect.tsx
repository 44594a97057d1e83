import { Field } from '@/components/Field';
import { type MarketplaceCode, PRIMARY_MARKETPLACES } from '@/lib/marketplaces';

interface MarketplaceSelectProps {
  readonly id: string;
  readonly label: string;
  /**
   * The option shown while nothing is chosen: a prompt, or a case's stored host that this version
   * does not know (a newer one wrote it), offered unchanged until the seller picks another.
   */
  readonly noneLabel: string;
  readonly value: MarketplaceCode | null;
  readonly onChange: (code: MarketplaceCode) => void;
  /** row: label and select on one line; cell: one cell of a `.pair`; inline: siblings in the form's grid. */
  readonly layout?: 'row' | 'cell' | 'inline';
}

const BY_CODE = new Map(PRIMARY_MARKETPLACES.map((market) => [market.code as string, market.code]));

/**
 * The one choice of marketplace (checklists, Plan of Action, cases): one option per code, named by
 * its code and primary Seller Central host.
 */
export function MarketplaceSelect({ id, label, noneLabel, value, onChange, layout = 'row' }: MarketplaceSelectProps) {
  const field = (
    <Field id={id} label={label} cell={layout === 'cell'}>
      {(control) => (
        <select
          {...control}
          value={value ?? ''}
          onChange={(event) => {
            const code = BY_CODE.get(event.currentTarget.value);
            if (code) onChange(code);
          }}
        >
          {value === null && <option value="">{noneLabel}</option>}
          {PRIMARY_MARKETPLACES.map((market) => (
            <option key={market.code} value={market.code}>
              {`${market.code} · ${market.host}`}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
  return layout === 'row' ? <div class="row">{field}</div> : field;
}
