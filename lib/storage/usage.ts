import { browser } from 'wxt/browser';

/** Chrome's documented quotas; used where the browser does not expose its own numbers. */
export const DEFAULT_QUOTA_BYTES = { sync: 102_400, local: 10_485_760 } as const;

export interface AreaUsage {
  readonly area: 'sync' | 'local';
  readonly bytes: number;
  readonly quota: number;
  readonly percent: number;
}

interface MeasurableArea {
  get(keys: null): Promise<Record<string, unknown>>;
  getBytesInUse?: (keys: null) => Promise<number>;
  QUOTA_BYTES?: number;
}

/** Chrome counts each key plus its JSON value; measure the same way where getBytesInUse is missing. */
export function estimateBytes(items: Record<string, unknown>): number {
  const encoder = new TextEncoder();
  let total = 0;
  for (const [key, value] of Object.entries(items)) total += encoder.encode(key + JSON.stringify(value)).length;
  return total;
}

export async function measureArea(area: 'sync' | 'local'): Promise<AreaUsage> {
  const storageArea = browser.storage[area] as unknown as MeasurableArea;
  const bytes =
    typeof storageArea.getBytesInUse === 'function'
      ? await storageArea.getBytesInUse(null)
      : estimateBytes(await storageArea.get(null));
  const quota = storageArea.QUOTA_BYTES ?? DEFAULT_QUOTA_BYTES[area];
  return { area, bytes, quota, percent: Math.round((bytes / quota) * 1000) / 10 };
}
