import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../support/extension-browser';

/** One row of bench/results.json: the format DESIGN.md promises to any script that reads it. */
export interface BenchRow {
  readonly name: string;
  readonly value: number;
  readonly unit: string;
  readonly budget: number;
  readonly pass: boolean;
}

export function row(name: string, value: number, unit: string, budget: number): BenchRow {
  return { name, value: Math.round(value * 100) / 100, unit, budget, pass: value <= budget };
}

export function writeResults(rows: readonly BenchRow[]): string {
  const dir = join(ROOT, 'bench');
  mkdirSync(dir, { recursive: true });
  const path = join(dir, 'results.json');
  writeFileSync(path, `${JSON.stringify(rows, null, 2)}\n`);
  return path;
}

export function printTable(rows: readonly BenchRow[]): void {
  const lines = rows.map((r) => [r.name, `${r.value} ${r.unit}`, `${r.budget} ${r.unit}`, r.pass ? 'pass' : 'FAIL']);
  const header = ['measure', 'value', 'budget', 'verdict'];
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => (l[i] as string).length)));
  const format = (cells: readonly string[]) => cells.map((c, i) => c.padEnd(widths[i] as number)).join('  ');
  console.log(format(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const line of lines) console.log(format(line));
}
