/**
 * Version-2 migrations of the values that named their marketplace by host (`host:
 * 'sellercentral.amazon.de'`): they name it by code (`marketplace: 'DE'`). Each item runs its
 * own on first read, so no reader ever sees the old shape. A host this version cannot map (a
 * newer version wrote it) is kept as it was, in the new field: nothing is set aside or lost.
 * Anything that is not an object is not a version-1 value: refused, it stays as it is and
 * validation sets it aside whole.
 */
import { marketplaceCodeOf } from '@/lib/marketplaces';

/** The code for a stored host; the host itself when it names no marketplace this version knows. */
export function codeForStoredHost(host: string): string {
  return marketplaceCodeOf(host) ?? host;
}

function hostToMarketplace(previous: unknown): unknown {
  if (previous === null || previous === undefined) return previous;
  if (typeof previous !== 'object' || Array.isArray(previous)) throw new Error('expected an object');
  const { host, ...rest } = previous as { host?: unknown };
  // An invalid host is left where it was, for validation to set aside with the rest of the value.
  if (typeof host !== 'string') return previous;
  return { marketplace: codeForStoredHost(host), ...rest };
}

/** For one value holding `host` (last-known state, tab report, popup intent). */
export const hostFieldToCode = { 2: hostToMarketplace } as const;

/** For a list of values each holding `host` (the state history). */
export const hostFieldsToCodes = {
  2: (previous: unknown): unknown => {
    if (!Array.isArray(previous)) throw new Error('expected a list');
    return previous.map(hostToMarketplace);
  },
} as const;
