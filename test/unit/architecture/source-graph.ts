/**
 * The project's import graph, read with the TypeScript parser (no type checker, no build): which
 * file imports which, whether an import is erased at build time, and which browser globals a
 * file reads. Works on any set of files given as text, so the architecture rules can be shown to
 * fail on small made-up graphs as well as pass on the real one.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import ts from 'typescript';

export interface ModuleImport {
  readonly specifier: string;
  /**
   * `import type …` or `export type … from`: erased at build time, loads nothing. An
   * `import { type A }` is not: under verbatimModuleSyntax it stays as `import {} from '…'`.
   */
  readonly typeOnly: boolean;
  /** The project file it resolves to, or null for a package. */
  readonly target: string | null;
  readonly line: number;
}

export interface SourceModule {
  /** Relative to the project root, forward slashes. */
  readonly path: string;
  readonly text: string;
  readonly imports: readonly ModuleImport[];
  /** Project-looking specifiers (`@/…`, `./…`) that name no file: the graph would be blind there. */
  readonly unresolved: readonly string[];
}

export type SourceGraph = ReadonlyMap<string, SourceModule>;

const PARSED = /\.(ts|tsx)$/;
const EXTENSIONS = ['', '.ts', '.tsx', '/index.ts', '/index.tsx'];

function parse(path: string, text: string): ts.SourceFile {
  const kind = path.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  return ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, kind);
}

function lineOf(file: ts.SourceFile, node: ts.Node): number {
  return file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1;
}

/** `import.meta.glob('./*\/removal.ts', …)`: Vite turns it into one import per matching file. */
function globPattern(node: ts.CallExpression): string | null {
  const callee = node.expression;
  if (!ts.isPropertyAccessExpression(callee) || callee.name.text !== 'glob') return null;
  if (!ts.isMetaProperty(callee.expression) || callee.expression.name.text !== 'meta') return null;
  const [first] = node.arguments;
  return first && ts.isStringLiteralLike(first) ? first.text : null;
}

interface RawImport {
  readonly specifier: string;
  readonly typeOnly: boolean;
  readonly line: number;
  readonly glob: boolean;
}

function rawImports(file: ts.SourceFile): RawImport[] {
  const found: RawImport[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const typeOnly = node.importClause?.isTypeOnly ?? false;
      found.push({ specifier: node.moduleSpecifier.text, typeOnly, line: lineOf(file, node), glob: false });
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      found.push({
        specifier: node.moduleSpecifier.text,
        typeOnly: node.isTypeOnly,
        line: lineOf(file, node),
        glob: false,
      });
    } else if (ts.isCallExpression(node)) {
      const [first] = node.arguments;
      if (node.expression.kind === ts.SyntaxKind.ImportKeyword && first && ts.isStringLiteralLike(first)) {
        found.push({ specifier: first.text, typeOnly: false, line: lineOf(file, node), glob: false });
      }
      const glob = globPattern(node);
      if (glob) found.push({ specifier: glob, typeOnly: false, line: lineOf(file, node), glob: true });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

function isProjectSpecifier(specifier: string): boolean {
  return specifier.startsWith('@/') || specifier.startsWith('./') || specifier.startsWith('../');
}

/** The specifier as a root-relative path, before extensions are tried. */
function basePath(from: string, specifier: string): string {
  const bare = specifier.replace(/\?.*$/, '');
  return bare.startsWith('@/') ? posix.normalize(bare.slice(2)) : posix.join(posix.dirname(from), bare);
}

export function resolveSpecifier(from: string, specifier: string, exists: (path: string) => boolean): string | null {
  const base = basePath(from, specifier);
  for (const extension of EXTENSIONS) if (exists(base + extension)) return base + extension;
  return null;
}

function globToRegExp(pattern: string): RegExp {
  const source = pattern
    .split('**')
    .map((part) => part.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*'))
    .join('.*');
  return new RegExp(`^${source}$`);
}

/**
 * Builds the graph of the given files. `exists` answers for files outside the set (a JSON or CSS
 * file, `public/`); the set's own files always exist.
 */
export function buildGraph(files: Readonly<Record<string, string>>, exists?: (path: string) => boolean): SourceGraph {
  const paths = Object.keys(files);
  const known = new Set(paths);
  const isFile = (path: string) => known.has(path) || (exists?.(path) ?? false);
  const graph = new Map<string, SourceModule>();
  for (const path of paths.filter((p) => PARSED.test(p))) {
    const text = files[path] ?? '';
    const imports: ModuleImport[] = [];
    const unresolved: string[] = [];
    for (const raw of rawImports(parse(path, text))) {
      if (raw.glob) {
        const matcher = globToRegExp(basePath(path, raw.specifier));
        for (const target of paths.filter((p) => matcher.test(p)))
          imports.push({ specifier: raw.specifier, typeOnly: false, target, line: raw.line });
        continue;
      }
      if (!isProjectSpecifier(raw.specifier)) {
        imports.push({ ...raw, target: null });
        continue;
      }
      const target = resolveSpecifier(path, raw.specifier, isFile);
      if (target) imports.push({ ...raw, target });
      else unresolved.push(raw.specifier);
    }
    graph.set(path, { path, text, imports, unresolved });
  }
  return graph;
}

function walk(root: string, dir: string): string[] {
  const full = join(root, dir);
  if (!existsSync(full)) return [];
  return readdirSync(full).flatMap((name) => {
    const child = posix.join(dir, name);
    return statSync(join(root, child)).isDirectory() ? walk(root, child) : [child];
  });
}

/** Every file below the given folders, as text, keyed by its root-relative path. */
export function readProject(root: string, dirs: readonly string[]): Record<string, string> {
  const files: Record<string, string> = {};
  for (const path of dirs.flatMap((dir) => walk(root, dir))) files[path] = readFileSync(join(root, path), 'utf8');
  return files;
}

/** `zod/mini` -> `zod`, `@wxt-dev/storage/x` -> `@wxt-dev/storage`. */
export function packageOf(specifier: string): string {
  const parts = specifier.split('/');
  return (specifier.startsWith('@') ? parts.slice(0, 2) : parts.slice(0, 1)).join('/');
}

export interface Reached {
  /** A project file or a package specifier. */
  readonly what: string;
  /** From the entry to `what`, each step a file that imports the next. */
  readonly chain: readonly string[];
}

/** Everything an entry loads at run time: project files and package specifiers, with how each is reached. */
export function runtimeClosure(graph: SourceGraph, entry: string): Reached[] {
  const reached: Reached[] = [];
  const seen = new Set<string>([entry]);
  const queue: Reached[] = [{ what: entry, chain: [entry] }];
  while (queue.length > 0) {
    const current = queue.shift() as Reached;
    reached.push(current);
    for (const link of graph.get(current.what)?.imports ?? []) {
      if (link.typeOnly) continue;
      const what = link.target ?? link.specifier;
      if (seen.has(what)) continue;
      seen.add(what);
      const next = { what, chain: [...current.chain, what] };
      if (link.target) queue.push(next);
      else reached.push(next);
    }
  }
  return reached;
}

export interface GlobalUse {
  readonly name: string;
  readonly line: number;
}

function isTypePosition(node: ts.Node): boolean {
  for (let current: ts.Node | undefined = node; current; current = current.parent) {
    if (ts.isTypeNode(current) || ts.isInterfaceDeclaration(current) || ts.isTypeAliasDeclaration(current)) return true;
    if (ts.isExpressionWithTypeArguments(current) && ts.isHeritageClause(current.parent)) return false;
    if (ts.isStatement(current)) return false;
  }
  return false;
}

/** An identifier that reads a variable: not a property name, a declaration's own name, a label, an import. */
function readsVariable(node: ts.Identifier): boolean {
  const parent = node.parent;
  if (ts.isPropertyAccessExpression(parent) && parent.name === node) return false;
  if (ts.isQualifiedName(parent) && parent.right === node) return false;
  if (
    (ts.isPropertyAssignment(parent) || ts.isPropertyDeclaration(parent) || ts.isMethodDeclaration(parent)) &&
    parent.name === node
  )
    return false;
  if (ts.isPropertySignature(parent) || ts.isMethodSignature(parent) || ts.isEnumMember(parent)) return false;
  if (
    (ts.isVariableDeclaration(parent) || ts.isParameter(parent) || ts.isBindingElement(parent)) &&
    parent.name === node
  )
    return false;
  if ((ts.isFunctionDeclaration(parent) || ts.isClassDeclaration(parent)) && parent.name === node) return false;
  if (ts.isImportSpecifier(parent) || ts.isImportClause(parent) || ts.isNamespaceImport(parent)) return false;
  if (ts.isExportSpecifier(parent)) return false;
  if (ts.isLabeledStatement(parent) || ts.isBreakOrContinueStatement(parent)) return false;
  if (ts.isJsxAttribute(parent)) return false;
  return !isTypePosition(node);
}

/** Names the file binds itself (variables, parameters, functions, imports): those are not globals there. */
function boundNames(file: ts.SourceFile): Set<string> {
  const names = new Set<string>();
  const visit = (node: ts.Node): void => {
    if (
      (ts.isVariableDeclaration(node) ||
        ts.isParameter(node) ||
        ts.isBindingElement(node) ||
        ts.isFunctionDeclaration(node) ||
        ts.isClassDeclaration(node) ||
        ts.isImportSpecifier(node) ||
        ts.isImportClause(node) ||
        ts.isNamespaceImport(node)) &&
      node.name &&
      ts.isIdentifier(node.name)
    )
      names.add(node.name.text);
    ts.forEachChild(node, visit);
  };
  visit(file);
  return names;
}

/**
 * Where a file reads one of the named globals as a value (`document.body`, `new MutationObserver`,
 * `x instanceof Element`). Types (`el: Element`), property names (`ctx.window`), comments and
 * strings do not count, nor a name the file binds itself anywhere (a local `window` of time is
 * no browser window): file-wide, which errs on the side of silence, never of a false alarm.
 */
export function globalsRead(path: string, text: string, names: ReadonlySet<string>): GlobalUse[] {
  const file = parse(path, text);
  const own = boundNames(file);
  const uses: GlobalUse[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node) && names.has(node.text) && !own.has(node.text) && readsVariable(node))
      uses.push({ name: node.text, line: lineOf(file, node) });
    ts.forEachChild(node, visit);
  };
  visit(file);
  return uses;
}

/** Where a file touches extension storage directly: `browser.storage…`, `chrome.storage…`. */
export function storageApiUses(path: string, text: string): GlobalUse[] {
  const file = parse(path, text);
  const uses: GlobalUse[] = [];
  const visit = (node: ts.Node): void => {
    if (
      ts.isPropertyAccessExpression(node) &&
      node.name.text === 'storage' &&
      ts.isIdentifier(node.expression) &&
      ['browser', 'chrome'].includes(node.expression.text)
    )
      uses.push({ name: `${node.expression.text}.storage`, line: lineOf(file, node) });
    ts.forEachChild(node, visit);
  };
  visit(file);
  return uses;
}
