/**
 * axe-core in a page. Extension pages forbid inline scripts (their CSP), so axe goes in through
 * evaluate, which CSP does not govern; Seller Central pages take it as a script tag, as the
 * issue describes. Violations come back as rule ids with the elements they name.
 */

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT } from './extension-browser';

export const AXE_PATH = join(ROOT, 'node_modules/axe-core/axe.min.js');
const AXE_SOURCE = readFileSync(AXE_PATH, 'utf8');

export interface AxeOutcome {
  /** Failing rule ids, one per rule. */
  readonly rules: string[];
  /** "rule: target, target" per rule, for failure messages. */
  readonly details: string[];
  /** Elements axe checked and passed: a run over nothing would pass too. */
  readonly passedNodes: number;
}

async function injectAxe(page: Page): Promise<void> {
  const present = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe === 'object');
  if (present) return;
  if (page.url().startsWith('chrome-extension://')) await page.evaluate(AXE_SOURCE);
  else await page.addScriptTag({ path: AXE_PATH });
}

/** Runs axe on the page, or on the elements `include` selects (a shadow host includes its shadow tree). */
export async function runAxe(page: Page, include?: string): Promise<AxeOutcome> {
  await injectAxe(page);
  return page.evaluate(async (selector) => {
    type Result = {
      violations: Array<{ id: string; nodes: Array<{ target: unknown[] }> }>;
      passes: Array<{ nodes: unknown[] }>;
    };
    const axe = (window as unknown as { axe: { run(context?: unknown, options?: unknown): Promise<Result> } }).axe;
    const result = await axe.run(selector ? { include: [[selector]] } : document);
    return {
      rules: result.violations.map((violation) => violation.id),
      details: result.violations.map(
        (violation) => `${violation.id}: ${violation.nodes.map((node) => JSON.stringify(node.target)).join(', ')}`,
      ),
      passedNodes: result.passes.reduce((sum, rule) => sum + rule.nodes.length, 0),
    };
  }, include ?? null);
}

/** Violations as "rule: targets", for `expect(await axeViolations(page)).toEqual([])`. */
export async function axeViolations(page: Page, include?: string): Promise<string[]> {
  return (await runAxe(page, include)).details;
}
