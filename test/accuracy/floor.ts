/** The floor issue #11 sets, per language, on the sealed half. */
import { recall, type Tally } from './score';

export const ACCURACY_FLOOR = { recall: 0.97, falseAlarms: 0 } as const;

export function meetsFloor(tally: Tally): boolean {
  return recall(tally) >= ACCURACY_FLOOR.recall && tally.falseAlarms <= ACCURACY_FLOOR.falseAlarms;
}
