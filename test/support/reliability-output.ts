/**
 * The figures the real-Chromium reliability tests (test/e2e/reliability) measure, written where
 * `npm run reliability` reads them (test/reliability/report/inputs.ts: faults, XSS payloads,
 * accessibility). Each test file records rows as its tests run and writes its own part file in
 * afterAll; every flush then merges all parts of this run into the three report files. Counts
 * come only from what the tests did: nothing here invents or fills in a number.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  A11Y_FILE,
  type A11yFile,
  a11yFileSchema,
  FAULTS_FILE,
  type FaultsFile,
  faultsFileSchema,
  OUTPUT_DIR,
  runStartedAt,
  XSS_FILE,
  type XssFile,
  xssFileSchema,
} from '../reliability/report/inputs';

export type FaultRow = FaultsFile['faults'][number];
export type XssPathRow = XssFile['paths'][number];
export type A11yPageRow = A11yFile['pages'][number];
export type KeyboardRow = NonNullable<A11yFile['keyboard']>[number];

/** What one test file measured. */
interface Part {
  readonly writtenAt: string;
  readonly faults: FaultRow[];
  /** Ids of the payloads this file pushed through at least one path. */
  readonly payloadIds: string[];
  readonly xssPaths: XssPathRow[];
  readonly a11yPages: A11yPageRow[];
  readonly keyboard: KeyboardRow[];
}

export const PARTS_DIR = join(OUTPUT_DIR, 'reliability-parts');

export interface ReliabilityRecorder {
  fault(row: FaultRow): void;
  /** One input or page-text path: how many payloads went through it, how many executed anything. */
  xssPath(row: XssPathRow, payloadIds: Iterable<string>): void;
  a11yPage(row: A11yPageRow): void;
  keyboard(row: KeyboardRow): void;
  /** Writes this file's part and merges every part of the run into the report files. */
  flush(): void;
}

/** `name` identifies the test file; a later flush under the same name replaces its part. */
export function reliabilityRecorder(name: string): ReliabilityRecorder {
  const faults: FaultRow[] = [];
  const payloadIds = new Set<string>();
  const xssPaths: XssPathRow[] = [];
  const a11yPages: A11yPageRow[] = [];
  const keyboard: KeyboardRow[] = [];
  return {
    fault: (row) => faults.push(row),
    xssPath(row, ids) {
      xssPaths.push(row);
      for (const id of ids) payloadIds.add(id);
    },
    a11yPage: (row) => a11yPages.push(row),
    keyboard: (row) => keyboard.push(row),
    flush() {
      const part: Part = {
        writtenAt: new Date().toISOString(),
        faults,
        payloadIds: [...payloadIds].sort(),
        xssPaths,
        a11yPages,
        keyboard,
      };
      mkdirSync(PARTS_DIR, { recursive: true });
      writeFileSync(join(PARTS_DIR, `${name}.json`), `${JSON.stringify(part, null, 2)}\n`);
      mergeParts();
    },
  };
}

/** Parts of this run (written after its start marker, when there is one), in file-name order. */
function readParts(): Part[] {
  if (!existsSync(PARTS_DIR)) return [];
  const started = runStartedAt();
  return readdirSync(PARTS_DIR)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => JSON.parse(readFileSync(join(PARTS_DIR, file), 'utf8')) as Part)
    .filter((part) => started === null || new Date(part.writtenAt) >= started);
}

/** Rows by name, a later part replacing an earlier one's row of the same name. */
function byName<T>(rows: readonly T[], nameOf: (row: T) => string): T[] {
  const merged = new Map<string, T>();
  for (const row of rows) merged.set(nameOf(row), row);
  return [...merged.values()];
}

function write(path: string, value: unknown): void {
  mkdirSync(OUTPUT_DIR, { recursive: true });
  writeFileSync(path, `${JSON.stringify(value, null, 2)}\n`);
}

/** Writes each report file that at least one part measured; the schemas are the report's own. */
export function mergeParts(): void {
  const parts = readParts();
  const generatedAt = new Date().toISOString();
  const faults = byName(
    parts.flatMap((part) => part.faults),
    (row) => row.name,
  );
  if (faults.length > 0) write(FAULTS_FILE, faultsFileSchema.parse({ generatedAt, faults }));

  const paths = byName(
    parts.flatMap((part) => part.xssPaths),
    (row) => row.name,
  );
  if (paths.length > 0) {
    const payloads = new Set(parts.flatMap((part) => part.payloadIds)).size;
    write(XSS_FILE, xssFileSchema.parse({ generatedAt, payloads, paths }));
  }

  const pages = byName(
    parts.flatMap((part) => part.a11yPages),
    (row) => row.name,
  );
  const keyboard = byName(
    parts.flatMap((part) => part.keyboard),
    (row) => row.flow,
  );
  if (pages.length > 0 || keyboard.length > 0) {
    write(A11Y_FILE, a11yFileSchema.parse({ generatedAt, pages, ...(keyboard.length > 0 ? { keyboard } : {}) }));
  }
}
