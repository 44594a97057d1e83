/**
 * Mutation scores as `npm run mutation` last measured them (test/mutation/scores.json, kept in
 * the repository so docs/RELIABILITY.md is regenerated from a real run), and their markdown.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MUTATION_MODULES } from './modules';

export interface IgnoredMutant {
  readonly location: string;
  readonly mutator: string;
  readonly reason: string;
}

export interface ModuleScore {
  readonly name: string;
  readonly files: readonly string[];
  readonly floor: number | null;
  readonly killed: number;
  readonly timeout: number;
  readonly survived: number;
  readonly noCoverage: number;
  /** Excluded as equivalent, each with its reason (a `// Stryker disable` comment in the source). */
  readonly ignored: readonly IgnoredMutant[];
  /** (killed + timeout) / (killed + timeout + survived + noCoverage), in %. */
  readonly score: number;
  readonly survivors: readonly string[];
  readonly measuredAt: string;
  readonly commit: string;
}

export type Scores = Record<string, ModuleScore>;

export const SCORES_FILE = join(import.meta.dirname, 'scores.json');
export const SECTION_HEADING = '## Mutation testing';

export function readScores(): Scores {
  return existsSync(SCORES_FILE) ? (JSON.parse(readFileSync(SCORES_FILE, 'utf8')) as Scores) : {};
}

export function belowFloor(score: ModuleScore): boolean {
  return score.floor !== null && score.score < score.floor;
}

export function renderMutationSection(scores: Scores): string {
  const out: string[] = [SECTION_HEADING, ''];
  out.push(
    'Written by `npm run mutation` (StrykerJS 9.6.1, vitest runner, incremental, one module at a time at',
    'concurrency 1) from its last run of each module. Score = (killed + timed out) / (killed + timed out +',
    'survived + not covered). Equivalent mutants are excluded in the source with a `// Stryker disable`',
    'comment that gives the reason, and listed below.',
    '',
    '| module | files | killed | timed out | survived | no coverage | excluded | score | floor | measured at (commit) |',
    '|---|---|---:|---:|---:|---:|---:|---:|---:|---|',
  );
  for (const module of MUTATION_MODULES) {
    const s = scores[module.name];
    if (!s) {
      out.push(`| ${module.name} | ${module.files.join(', ')} | | | | | | not measured | ${module.floor ?? '–'} | |`);
      continue;
    }
    const verdict = belowFloor(s) ? ' **below floor**' : '';
    out.push(
      `| ${s.name} | ${s.files.join(', ')} | ${s.killed} | ${s.timeout} | ${s.survived} | ${s.noCoverage} | ${s.ignored.length} | ${s.score.toFixed(1)}%${verdict} | ${s.floor === null ? '–' : `${s.floor}%`} | ${s.measuredAt.slice(0, 16)}Z (\`${s.commit.slice(0, 10)}\`) |`,
    );
  }
  const notes = MUTATION_MODULES.filter((m) => m.note);
  if (notes.length > 0) out.push('');
  for (const m of notes) out.push(`- ${m.name}: ${m.note}`);
  const ignored = MUTATION_MODULES.flatMap((m) => scores[m.name]?.ignored ?? []);
  out.push('', '### Excluded as equivalent', '');
  if (ignored.length === 0) out.push('None.');
  for (const i of ignored) out.push(`- \`${i.location}\` (${i.mutator}): ${i.reason}`);
  const survivors = MUTATION_MODULES.flatMap((m) => (scores[m.name]?.survivors ?? []).map((s) => `${m.name}: ${s}`));
  out.push('', '### Surviving mutants', '');
  if (survivors.length === 0) out.push('None.');
  for (const s of survivors) out.push(`- ${s}`);
  out.push('', 'Run one module: `npm run mutation -- cases/merge`; all: `npm run mutation`.', '');
  return out.join('\n');
}

/** The report with its mutation section replaced (the section is always last). */
export function withMutationSection(report: string, scores: Scores): string {
  const at = report.indexOf(`\n${SECTION_HEADING}\n`);
  const before = at === -1 ? report : report.slice(0, at + 1);
  return `${before.trimEnd()}\n\n${renderMutationSection(scores)}`;
}
