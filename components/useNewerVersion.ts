import type { ValidatedItem } from '@/lib/storage/stored-item';
import { useLiveValue } from './useAsync';

/**
 * True while a newer version of the extension holds the item's value (stored-item.ts,
 * isNewer): the editor shows it read-only, since every write to it is refused. False until known.
 */
export function useNewerVersion(item: ValidatedItem<unknown>): boolean {
  return useLiveValue(item.isNewer, item.watch).value ?? false;
}
