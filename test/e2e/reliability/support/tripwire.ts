/**
 * Detects a payload that ran, or that became markup. Every page of the context (extension pages
 * included) gets a `__xss(id)` tripwire and a CSP-violation listener before its own scripts run;
 * dialogs are caught and dismissed; a deep scan looks for elements the payloads' markup would
 * have created (event-handler attributes, javascript: URLs, their ids), through open shadow
 * roots. Each signal names the payload id it came from when it can ('?' when it cannot).
 */
import type { BrowserContext, Page } from 'playwright-core';

declare global {
  interface Window {
    __xss?: (id: unknown) => void;
    __xssHits?: Array<{ kind: string; id: string }>;
  }
}

/** Runs in the page's main world before any of its scripts (a string: it must not depend on the test's bundling). */
const INIT_SCRIPT = `(() => {
  if (window.__xssHits) return;
  const hits = [];
  Object.defineProperty(window, '__xssHits', { value: hits });
  Object.defineProperty(window, '__xss', { value: (id) => hits.push({ kind: 'tripwire', id: String(id) }) });
  window.addEventListener('securitypolicyviolation', (event) => {
    const found = /__xss\\((\\d+)\\)|alert\\((\\d+)\\)|xss-(\\d+)/.exec(event.sample || '');
    hits.push({ kind: 'csp', id: found ? found.slice(1).find(Boolean) : '?' });
  }, true);
})();`;

export interface Signals {
  /** Payload ids that ran or became markup. */
  readonly ids: ReadonlySet<string>;
  /** What was seen, for failure messages: "tripwire 3", "dialog 27", "element 1"... */
  readonly evidence: readonly string[];
}

function idIn(text: string): string {
  const found = /__xss\((\d+)\)|alert\((\d+)\)|xss-(\d+)/.exec(text);
  return found?.slice(1).find(Boolean) ?? '?';
}

export class Tripwire {
  private readonly dialogs = new WeakMap<Page, string[]>();

  private constructor() {}

  /** Installs the tripwire in every page the context opens from now on, and watches their dialogs. */
  static async install(context: BrowserContext): Promise<Tripwire> {
    const tripwire = new Tripwire();
    await context.addInitScript(INIT_SCRIPT);
    for (const page of context.pages()) tripwire.watch(page);
    context.on('page', (page) => tripwire.watch(page));
    return tripwire;
  }

  private watch(page: Page): void {
    if (this.dialogs.has(page)) return;
    const seen: string[] = [];
    this.dialogs.set(page, seen);
    page.on('dialog', (dialog) => {
      seen.push(dialog.message());
      void dialog.dismiss().catch(() => undefined);
    });
  }

  /** Everything the page signalled since the last call (the deep scan sees what is in the DOM now). */
  async collect(page: Page): Promise<Signals> {
    this.watch(page);
    const evidence: string[] = [];
    const ids = new Set<string>();
    const add = (kind: string, id: string) => {
      ids.add(id);
      evidence.push(`${kind} ${id}`);
    };
    // Payloads call alert(<id>): the dialog's message is the id.
    for (const message of this.dialogs.get(page)?.splice(0) ?? [])
      add('dialog', /^\d+$/.test(message) ? message : idIn(message));
    const inPage = await page.evaluate(() => {
      const found: Array<{ kind: string; id: string }> = [];
      const idOf = (text: string) => {
        const match = /__xss\((\d+)\)|alert\((\d+)\)|xss-(\d+)/.exec(text);
        return match?.slice(1).find(Boolean) ?? '?';
      };
      const urlAttributes = new Set(['href', 'src', 'data', 'action', 'formaction', 'srcdoc', 'xlink:href', 'content']);
      const visit = (root: Document | ShadowRoot) => {
        for (const element of root.querySelectorAll('*')) {
          for (const attribute of element.attributes) {
            const name = attribute.name.toLowerCase();
            const value = attribute.value;
            const handler = name.startsWith('on') && /__xss|alert\(|xss-/.test(value);
            const url = (urlAttributes.has(name) || name === 'style') && /__xss|javascript:/i.test(value);
            if (handler || url) found.push({ kind: `element <${element.localName} ${name}>`, id: idOf(value) });
          }
          if (element.id.startsWith('xss-')) found.push({ kind: `element #${element.id}`, id: element.id.slice(4) });
          if (element.localName === 'script' && /__xss/.test(element.textContent ?? ''))
            found.push({ kind: 'element <script>', id: idOf(element.textContent ?? '') });
          if (element.shadowRoot) visit(element.shadowRoot);
        }
      };
      visit(document);
      const hits = window.__xssHits?.splice(0) ?? [];
      const title = /^xss-(\d+)$/.exec(document.title);
      return [...found, ...hits, ...(title ? [{ kind: 'title', id: title[1] ?? '?' }] : [])];
    });
    for (const { kind, id } of inPage) add(kind, id);
    return { ids, evidence };
  }

  /** Whether the tripwire is in place on this page (a test that cannot fail is no test). */
  static async armed(page: Page): Promise<boolean> {
    return page.evaluate(() => typeof window.__xss === 'function' && Array.isArray(window.__xssHits));
  }
}
