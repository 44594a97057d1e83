/**
 * `npm run bench`: measures the built extension against DESIGN.md's budgets, prints a
 * table and writes bench/results.json. Timings live here, never in pass/fail tests.
 */
import { contentCostRows } from './content-cost';
import { overlayLatencyRows } from './overlay-latency';
import { printTable, writeResults } from './results';
import { sizeRows } from './sizes';

const rows = [...sizeRows(), ...(await contentCostRows()), ...(await overlayLatencyRows())];
printTable(rows);
console.log(`\nwrote ${writeResults(rows)}`);
process.exitCode = rows.every((r) => r.pass) ? 0 : 1;
