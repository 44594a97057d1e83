/** `npx tsx test/bench/popup-only.ts`: only the popup-opening rows (issue #14), for work on the popup's load alone. */
import { casesBenchRows } from './cases';
import { historyViewRows } from './history-view';
import { popupStatusRows } from './popup-status';
import { printTable } from './results';
import { popupLoadRow } from './sizes';

printTable([
  await popupLoadRow(),
  ...(await popupStatusRows()),
  ...(await historyViewRows()),
  ...(await casesBenchRows()),
]);
