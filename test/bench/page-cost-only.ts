/** `npx tsx test/bench/page-cost-only.ts`: only the page-cost rows (with their control), for working on them. */
import { pageCostRows } from './page-cost';
import { printTable } from './results';

printTable(await pageCostRows());
