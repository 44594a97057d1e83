/**
 * Plain Node benchmark of the report import (not a vitest test): 50,000 rows and a 20 MB file,
 * wall and CPU time and extra heap. Run: `node --expose-gc --import tsx test/unit/removal/import-bench.ts`
 * Prints one JSON line per case, ready for `npm run bench` to collect.
 */
import { parseRemovalReport } from '../../../lib/removal/report-parser';
import { syntheticRemovalReport } from '../../fixtures/reports/synthetic';

const gc = (globalThis as { gc?: () => void }).gc;

/** A Blob that samples the heap each time the parser reads a slice: the streaming high-water mark. */
function sampledBlob(blob: Blob, samples: number[]): Blob {
  return {
    size: blob.size,
    slice(start?: number, end?: number) {
      const part = blob.slice(start, end);
      return {
        arrayBuffer: async () => {
          samples.push(process.memoryUsage().heapUsed);
          return part.arrayBuffer();
        },
      } as Blob;
    },
  } as Blob;
}

async function measure(name: string, rows: number): Promise<void> {
  const blob = new Blob([syntheticRemovalReport({ rows })]);
  gc?.();
  const samples: number[] = [];
  const before = process.memoryUsage().heapUsed;
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  const result = await parseRemovalReport(sampledBlob(blob, samples));
  const ms = performance.now() - started;
  // CPU time next to wall time: on a busy machine the wall clock also counts other processes' turns.
  const cpu = process.cpuUsage(cpuBefore);
  samples.push(process.memoryUsage().heapUsed);
  const peakExtraMb = (Math.max(...samples) - before) / 1048576;
  if (!result.ok) throw new Error(`${name}: ${result.error.kind}`);
  console.log(
    JSON.stringify({
      name,
      rows,
      fileMb: +(blob.size / 1048576).toFixed(1),
      orders: result.orders.length,
      ms: Math.round(ms),
      cpuMs: Math.round((cpu.user + cpu.system) / 1000),
      peakExtraHeapMb: +peakExtraMb.toFixed(1),
      gcAvailable: Boolean(gc),
    }),
  );
}

await measure('warm-up', 5_000);
await measure('import 50,000 rows', 50_000);
await measure('import 20 MB', 135_000);
