/**
 * The JSON files docs/RELIABILITY.md reads its figures from. This suite writes the counts; the
 * fault-injection, XSS and accessibility runs (e2e, real Chromium) write the other three in the
 * shapes below. A file that is missing, older than this run's start marker, or malformed is
 * reported as "not measured in this run": the report never invents a number.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import * as z from 'zod/mini';
import { COUNTS_FILE, type CountsFile, ROOT } from '../support/counts';

export const OUTPUT_DIR = join(ROOT, 'test-output');
export const VITEST_JSON = join(OUTPUT_DIR, 'reliability.json');
/** Written by `report.ts --clean` when a run starts; anything older is from an earlier run. */
export const RUN_MARKER = join(OUTPUT_DIR, 'reliability-run.json');
export const FAULTS_FILE = join(OUTPUT_DIR, 'reliability-faults.json');
export const XSS_FILE = join(OUTPUT_DIR, 'reliability-xss.json');
export const A11Y_FILE = join(OUTPUT_DIR, 'reliability-a11y.json');

const count = z.int().check(z.minimum(0));

/** test-output/reliability-faults.json: one row per fault the e2e runs injected. */
export const faultsFileSchema = z.object({
  generatedAt: z.optional(z.string()),
  faults: z.array(
    z.object({
      /** What was done, e.g. "storage.sync.set rejects with QUOTA_BYTES". */
      name: z.string().check(z.minLength(1)),
      /** How many times it was injected. */
      injected: count,
      /** Whether everything the test expected afterwards held. */
      passed: z.boolean(),
      /** Records that were gone or changed afterwards (must be 0). */
      dataLost: count,
      detail: z.optional(z.string()),
    }),
  ),
});
export type FaultsFile = z.infer<typeof faultsFileSchema>;

/** test-output/reliability-xss.json: the payload corpus pushed through each input path. */
export const xssFileSchema = z.object({
  generatedAt: z.optional(z.string()),
  /** Distinct payloads in the corpus. */
  payloads: count,
  paths: z.array(
    z.object({
      /** The user-input or page-text path, e.g. "case title (popup)". */
      name: z.string().check(z.minLength(1)),
      /** Payloads pushed through this path. */
      tried: count,
      /** Payloads that executed anything (must be 0). */
      executed: count,
    }),
  ),
});
export type XssFile = z.infer<typeof xssFileSchema>;

/** test-output/reliability-a11y.json: axe-core per page or tab, and the keyboard-only walkthroughs. */
export const a11yFileSchema = z.object({
  generatedAt: z.optional(z.string()),
  pages: z.array(
    z.object({
      /** e.g. "popup: Cases tab", "options page", "overlay". */
      name: z.string().check(z.minLength(1)),
      violations: count,
      /** axe rule ids that failed, when any. */
      rules: z.optional(z.array(z.string())),
    }),
  ),
  keyboard: z.optional(z.array(z.object({ flow: z.string().check(z.minLength(1)), passed: z.boolean() }))),
});
export type A11yFile = z.infer<typeof a11yFileSchema>;

export type Measured<T> =
  | { readonly measured: true; readonly data: T; readonly file: string; readonly writtenAt: Date }
  | { readonly measured: false; readonly why: string; readonly file: string };

/** When the current `npm run reliability` started (its marker file), or null outside a run. */
export function runStartedAt(): Date | null {
  if (!existsSync(RUN_MARKER)) return null;
  try {
    const marker = JSON.parse(readFileSync(RUN_MARKER, 'utf8')) as { startedAt?: unknown };
    return typeof marker.startedAt === 'string' ? new Date(marker.startedAt) : null;
  } catch {
    return null;
  }
}

export function readMeasured<T>(path: string, schema: z.ZodMiniType<T>): Measured<T> {
  const file = path.slice(ROOT.length + 1);
  if (!existsSync(path)) return { measured: false, why: `${file} was not written`, file };
  const writtenAt = statSync(path).mtime;
  const started = runStartedAt();
  if (started && writtenAt < started) {
    return { measured: false, why: `${file} is from an earlier run (${writtenAt.toISOString()})`, file };
  }
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    return { measured: false, why: `${file} is not JSON (${(error as Error).message})`, file };
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      measured: false,
      why: `${file} has an unexpected shape (${issue?.path.join('.') ?? ''}: ${issue?.message ?? ''})`,
      file,
    };
  }
  return { measured: true, data: parsed.data, file, writtenAt };
}

export function readCounts(): Measured<CountsFile> {
  const file = COUNTS_FILE.slice(ROOT.length + 1);
  if (!existsSync(COUNTS_FILE)) return { measured: false, why: `${file} was not written`, file };
  const data = JSON.parse(readFileSync(COUNTS_FILE, 'utf8')) as CountsFile;
  return { measured: true, data, file, writtenAt: statSync(COUNTS_FILE).mtime };
}

/** The parts of vitest's JSON reporter output the report uses. */
export interface VitestJson {
  readonly numTotalTests: number;
  readonly numPassedTests: number;
  readonly numFailedTests: number;
  readonly testResults: readonly {
    readonly name: string;
    readonly status: string;
    readonly message?: string;
    readonly assertionResults: readonly {
      readonly fullName: string;
      readonly status: string;
      readonly duration?: number | null;
      readonly failureMessages: readonly string[];
    }[];
  }[];
}

export function readVitest(): VitestJson | null {
  if (!existsSync(VITEST_JSON)) return null;
  try {
    return JSON.parse(readFileSync(VITEST_JSON, 'utf8')) as VitestJson;
  } catch {
    return null;
  }
}
