/**
 * Finds Firefox for the Firefox e2e suite: Debian's firefox-esr (what CI installs), a
 * `firefox` on PATH, or FIREFOX_PATH. On a fresh Debian machine running as root it installs
 * firefox-esr; anywhere else it stops with one line that says what to do.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CANDIDATES = ['/usr/bin/firefox-esr', '/usr/bin/firefox'];

function onPath(name: string): string | null {
  const found = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
  const path = found.stdout.trim();
  return found.status === 0 && path ? path : null;
}

export function locateFirefox(): string | null {
  const fromEnv = process.env.FIREFOX_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  return CANDIDATES.find((path) => existsSync(path)) ?? onPath('firefox-esr') ?? onPath('firefox');
}

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;
const isDebianLike = () => existsSync('/etc/debian_version') && onPath('apt-get') !== null;

export const FIREFOX_INSTALL_HINT =
  'No Firefox found: install it (Debian/Ubuntu: sudo apt-get install -y firefox-esr) or set FIREFOX_PATH to a Firefox 142 or newer.';

export function ensureFirefox(): string {
  const found = locateFirefox();
  if (found) return found;
  if (isRoot() && isDebianLike()) {
    console.log('Installing Debian firefox-esr (apt-get install -y firefox-esr)…');
    execFileSync(
      'sh',
      ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq firefox-esr'],
      {
        stdio: 'inherit',
      },
    );
    const installed = locateFirefox();
    if (installed) return installed;
  }
  console.error(FIREFOX_INSTALL_HINT);
  process.exit(1);
}
