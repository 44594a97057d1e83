/**
 * A plain-text scanner over the extension's own source: which files, which lines match which
 * forbidden pattern. Raw text, comments included: a forbidden API named even in a comment is
 * worth a look, and nothing in the source does so today.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
/** Everything that ships: entrypoints, shared components, pure logic. */
export const SHIPPED_DIRS = ['entrypoints', 'components', 'lib'] as const;
const CODE = /\.(ts|tsx|js|mjs|html)$/;

export interface SourceFile {
  /** Relative to the project root, with forward slashes. */
  readonly path: string;
  readonly text: string;
}

export interface Rule {
  readonly name: string;
  readonly pattern: RegExp;
}

export interface Finding {
  readonly path: string;
  readonly line: number;
  readonly rule: string;
  readonly excerpt: string;
}

function walk(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

export function readSource(path: string): SourceFile {
  return { path: relative(ROOT, path).split('\\').join('/'), text: readFileSync(path, 'utf8') };
}

export function shippedSources(dirs: readonly string[] = SHIPPED_DIRS): SourceFile[] {
  return dirs.flatMap((dir) => walk(join(ROOT, dir)).filter((file) => CODE.test(file))).map(readSource);
}

export function scan(files: readonly SourceFile[], rules: readonly Rule[]): Finding[] {
  const findings: Finding[] = [];
  for (const file of files) {
    const lines = file.text.split('\n');
    lines.forEach((text, index) => {
      for (const rule of rules) {
        const pattern = new RegExp(rule.pattern.source, rule.pattern.flags.replace('g', ''));
        if (pattern.test(text)) {
          findings.push({ path: file.path, line: index + 1, rule: rule.name, excerpt: text.trim().slice(0, 160) });
        }
      }
    });
  }
  return findings;
}

/** "path:line rule: excerpt", one per line, for a failure message that says where to look. */
export function describeFindings(findings: readonly Finding[]): string {
  return findings.map((f) => `${f.path}:${f.line} ${f.rule}: ${f.excerpt}`).join('\n');
}

/** Content-script entry files: entrypoints/<name>.content/index.ts(x) or entrypoints/<name>.content.ts(x). */
export function contentScriptEntries(): string[] {
  const dir = join(ROOT, 'entrypoints');
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (/\.content\.(ts|tsx)$/.test(name)) return [full];
    if (/\.content$/.test(name) && statSync(full).isDirectory()) {
      return ['index.ts', 'index.tsx'].map((index) => join(full, index)).filter((file) => existsSync(file));
    }
    return [];
  });
}

const IMPORTS = [
  /(?:^|[\s;])(?:import|export)\s[^'"]*?\sfrom\s*['"]([^'"]+)['"]/g,
  /(?:^|[\s;])import\s*['"]([^'"]+)['"]/g,
  /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g,
];
const EXTENSIONS = ['', '.ts', '.tsx', '.js', '/index.ts', '/index.tsx'];

function resolveImport(from: string, specifier: string): string | null {
  const bare = specifier.replace(/\?.*$/, '');
  let base: string;
  if (bare.startsWith('@/')) base = join(ROOT, bare.slice(2));
  else if (bare.startsWith('.')) base = resolve(dirname(from), bare);
  else return null; // a package: the build-output test covers what packages ship
  for (const extension of EXTENSIONS) {
    const candidate = base + extension;
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

/** Every project source file a set of entry files pulls in (static, side-effect and dynamic imports). */
export function importGraph(entries: readonly string[]): SourceFile[] {
  const seen = new Set<string>();
  const queue = [...entries];
  while (queue.length > 0) {
    const file = queue.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    if (!/\.(ts|tsx|js|mjs)$/.test(file)) continue;
    const text = readFileSync(file, 'utf8');
    for (const pattern of IMPORTS) {
      for (const match of text.matchAll(pattern)) {
        const target = match[1] ? resolveImport(file, match[1]) : null;
        if (target && !seen.has(target)) queue.push(target);
      }
    }
  }
  return [...seen].filter((file) => CODE.test(file)).map(readSource);
}
