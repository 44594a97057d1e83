/** Where and when the figures were produced: date, commit, Node and Chromium versions. */
import { execFileSync } from 'node:child_process';
import { locateChromium } from '../../support/find-chromium';
import { ROOT } from '../support/counts';

export interface Environment {
  readonly date: string;
  readonly commit: string;
  /** Uncommitted changes were present: the figures describe the working tree, not only the commit. */
  readonly dirty: boolean;
  readonly node: string;
  readonly chromium: string;
}

function run(command: string, args: readonly string[]): string | null {
  try {
    return execFileSync(command, args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
}

export function environment(now: Date): Environment {
  const chromiumPath = locateChromium();
  const chromiumVersion = chromiumPath ? run(chromiumPath, ['--version']) : null;
  return {
    date: now.toISOString(),
    commit: run('git', ['rev-parse', 'HEAD']) ?? 'unknown (not a git checkout)',
    dirty: (run('git', ['status', '--porcelain']) ?? '') !== '',
    node: process.version,
    chromium: chromiumVersion
      ? `${chromiumVersion} (${chromiumPath})`
      : chromiumPath
        ? `found at ${chromiumPath}, version unreadable`
        : 'not found',
  };
}
