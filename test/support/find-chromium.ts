/**
 * Finds a Chromium that still honours --load-extension. On a fresh Debian/Ubuntu machine
 * running as root it installs Debian's chromium; anywhere else it stops with one line that
 * says what to do.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

function onPath(name: string): string | null {
  const found = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
  const path = found.stdout.trim();
  return found.status === 0 && path ? path : null;
}

export function locateChromium(): string | null {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  return CANDIDATES.find((path) => existsSync(path)) ?? onPath('chromium') ?? onPath('chromium-browser');
}

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;
const isDebianLike = () => existsSync('/etc/debian_version') && onPath('apt-get') !== null;

export const INSTALL_HINT =
  'No Chromium found: install it (Debian/Ubuntu: sudo apt-get install -y chromium) or set CHROME_PATH to a Chromium binary. Branded Google Chrome 137+ ignores --load-extension and cannot run these tests.';

export function ensureChromium(): string {
  const found = locateChromium();
  if (found) return found;
  if (isRoot() && isDebianLike()) {
    console.log('Installing Debian chromium (apt-get install -y chromium)…');
    execFileSync('sh', ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium'], {
      stdio: 'inherit',
    });
    const installed = locateChromium();
    if (installed) return installed;
  }
  console.error(INSTALL_HINT);
  process.exit(1);
}
