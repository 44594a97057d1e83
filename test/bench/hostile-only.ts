/** `npx tsx test/bench/hostile-only.ts`: only the hostile-pages row, for profiling that work alone. */
import { hostileRows } from './hostile';
import { printTable } from './results';

printTable(await hostileRows());
