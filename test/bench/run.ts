/**
 * `npm run bench`: measures the built extension against DESIGN.md's budgets, prints a
 * table and writes bench/results.json. Timings live here, never in pass/fail tests.
 */
import { casesBenchRows } from './cases';
import { contentCostRows } from './content-cost';
import { historyViewRows } from './history-view';
import { hostileRows } from './hostile';
import { overlayLatencyRows } from './overlay-latency';
import { pageCostRows } from './page-cost';
import { poaLintRows } from './poa';
import { popupStatusRows } from './popup-status';
import { removalBenchRows } from './removal';
import { printTable, writeResults } from './results';
import { popupLoadRow, sizeRows } from './sizes';
import { workerStartRows } from './worker-start';

const rows = [
  ...sizeRows(),
  await popupLoadRow(),
  ...(await workerStartRows()),
  ...(await contentCostRows()),
  ...(await pageCostRows()),
  ...(await overlayLatencyRows()),
  ...(await hostileRows()),
  ...(await poaLintRows()),
  ...(await popupStatusRows()),
  ...(await historyViewRows()),
  ...(await casesBenchRows()),
  ...(await removalBenchRows()),
];
printTable(rows);
console.log(`\nwrote ${writeResults(rows)}`);
process.exitCode = rows.every((r) => r.pass) ? 0 : 1;
