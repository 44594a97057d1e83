/**
 * `npm run mutation [module ...]`: Stryker over each module of modules.ts in turn, incremental
 * (reports/mutation/<module>.json keeps results whose code and tests did not change), then
 * test/mutation/scores.json and the mutation section of docs/RELIABILITY.md. Exits non-zero when
 * a module with a floor scores below it. Run it under `flock /tmp/bench.lock` on a shared machine.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { PartialStrykerOptions } from '@stryker-mutator/api/core';
import { Stryker } from '@stryker-mutator/core';
import { MUTATION_MODULES, type MutationModule } from './modules';
import { belowFloor, type ModuleScore, readScores, SCORES_FILE, withMutationSection } from './scores';

const ROOT = resolve(import.meta.dirname, '../..');
const REPORT = join(ROOT, 'docs/RELIABILITY.md');

const BASE: PartialStrykerOptions = {
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  vitest: { configFile: 'test/vitest.unit.config.ts', related: true },
  coverageAnalysis: 'perTest',
  concurrency: 1,
  incremental: true,
  reporters: ['progress'],
  // The sandbox needs the sources and unit tests only, not builds, e2e fixtures or outputs.
  ignorePatterns: ['.output', 'test-output', 'bench', 'demo-output', 'reports', 'docs', 'test/e2e', 'test/bench'],
  timeoutMS: 10_000,
  cleanTempDir: 'always',
};

async function measure(module: MutationModule, commit: string): Promise<ModuleScore> {
  const results = await new Stryker({
    ...BASE,
    mutate: [...module.files],
    incrementalFile: `reports/mutation/${module.name.replace(/[^\w-]+/g, '_')}.json`,
  }).runMutationTest();
  const count = (status: string) => results.filter((r) => r.status === status).length;
  const killed = count('Killed');
  const timeout = count('Timeout');
  const survived = count('Survived');
  const noCoverage = count('NoCoverage');
  const where = (r: (typeof results)[number]) => `${relative(ROOT, resolve(r.fileName))}:${r.location.start.line}`;
  return {
    name: module.name,
    files: module.files,
    floor: module.floor,
    killed,
    timeout,
    survived,
    noCoverage,
    ignored: results
      .filter((r) => r.status === 'Ignored')
      .map((r) => ({ location: where(r), mutator: r.mutatorName, reason: r.statusReason ?? '' })),
    score: (100 * (killed + timeout)) / Math.max(1, killed + timeout + survived + noCoverage),
    survivors: results
      .filter((r) => r.status === 'Survived' || r.status === 'NoCoverage')
      .map(
        (r) =>
          `\`${where(r)}\` ${r.mutatorName}${r.replacement ? ` → \`${r.replacement.replace(/\s+/g, ' ').slice(0, 60)}\`` : ''} (${r.status})`,
      ),
    measuredAt: new Date().toISOString(),
    commit,
  };
}

async function main(): Promise<number> {
  const wanted = process.argv.slice(2);
  const unknown = wanted.filter((name) => !MUTATION_MODULES.some((m) => m.name === name));
  if (unknown.length > 0) {
    console.error(`unknown module(s): ${unknown.join(', ')}; known: ${MUTATION_MODULES.map((m) => m.name).join(', ')}`);
    return 2;
  }
  const modules = wanted.length > 0 ? MUTATION_MODULES.filter((m) => wanted.includes(m.name)) : MUTATION_MODULES;
  const commit = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
  const scores = readScores();
  for (const module of modules) {
    console.log(`\n== mutation: ${module.name} (${module.files.join(', ')})`);
    let score: ModuleScore;
    try {
      score = await measure(module, commit);
    } catch (error) {
      // A failing initial test run (or any Stryker error) fails this module, not the modules after it.
      console.error(`FAIL ${module.name}: Stryker stopped: ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = 1;
      continue;
    }
    scores[module.name] = score;
    // Written after each module: an interrupted run keeps what it measured.
    writeFileSync(SCORES_FILE, `${JSON.stringify(scores, null, 2)}\n`);
    writeFileSync(REPORT, withMutationSection(readFileSync(REPORT, 'utf8'), scores));
    console.log(
      `   ${module.name}: ${score.score.toFixed(1)}% (${score.survived} survived, ${score.noCoverage} not covered)`,
    );
    for (const survivor of score.survivors) console.log(`     ${survivor}`);
  }
  const failing = modules.map((m) => scores[m.name]).filter((s): s is ModuleScore => s !== undefined && belowFloor(s));
  for (const s of failing) console.error(`FAIL ${s.name}: ${s.score.toFixed(1)}% is below its floor of ${s.floor}%`);
  return failing.length > 0 ? 1 : Number(process.exitCode ?? 0);
}

process.exitCode = await main();
