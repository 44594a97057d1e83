/**
 * Runs account-state detection on corpus cases the way the content script does: the fragment in
 * a page at its Seller Central URL (happy-dom, inline scripts on, declarative shadow roots
 * attached), evidence collected from the document, lexicons chosen from `<html lang>`, the
 * marketplace and the scripts the page shows, then classified.
 */
import type { AccountState } from '@/lib/account-state/states';
import { classify, type Detection } from '@/lib/detect/classify';
import { createDetector } from '@/lib/detect/detector';
import { scanForEvidence } from '@/lib/detect/evidence.dom';
import { packLexicon } from '@/lib/detect/lexicon-pack';
import { languagesOfScripts, pageLanguages } from '@/lib/detect/page-languages';
import type { SellerCentralLanguage } from '@/lib/lang/languages';
import { loadNoticeLexicons } from '@/lib/lang/notices';
import { languagesOf, marketplaceCodeOf, primaryMarketplace } from '@/lib/marketplaces';
import { pageKindOf } from '@/lib/pages';
import { happyBrowser } from '../support/happy-browser';
import type { CorpusCase } from './corpus';

export interface CaseResult {
  readonly id: string;
  readonly expected: AccountState | null;
  readonly got: AccountState | null;
  readonly detection: Detection | null;
  readonly ms: number;
}

/** happy-dom does not attach declarative shadow roots: do what the HTML parser does in Chromium. */
function attachDeclarativeShadowRoots(root: Document | ShadowRoot): void {
  for (const template of Array.from(root.querySelectorAll('template[shadowrootmode]'))) {
    const host = template.parentElement;
    if (!host || host.shadowRoot) continue;
    const mode = template.getAttribute('shadowrootmode') === 'closed' ? 'closed' : 'open';
    const shadow = host.attachShadow({ mode });
    shadow.append((template as HTMLTemplateElement).content.cloneNode(true));
    template.remove();
    attachDeclarativeShadowRoots(shadow);
  }
}

const browser = happyBrowser({ frames: true });

/** Packed once, as the build does. */
const PACKED = Object.fromEntries(
  Object.entries(await loadNoticeLexicons()).map(([language, lexicon]) => [language, packLexicon(lexicon)]),
) as Record<SellerCentralLanguage, ReturnType<typeof packLexicon>>;
const lexiconsFor = (languages: readonly SellerCentralLanguage[]) => languages.map((l) => PACKED[l]);

export async function evaluateCase(c: CorpusCase, uiLanguage = 'en'): Promise<CaseResult> {
  const page = browser.newPage();
  try {
    page.url = c.url;
    const lang = c.htmlLang ? ` lang="${c.htmlLang}"` : '';
    page.content = `<!doctype html><html${lang}><head><title>Seller Central</title></head><body>${c.html}</body></html>`;
    await page.waitUntilComplete();
    if (/<script/i.test(c.html)) await new Promise((resolve) => setTimeout(resolve, 400));
    const doc = page.mainFrame.document as unknown as Document;
    attachDeclarativeShadowRoots(doc);
    for (const frame of Array.from(doc.querySelectorAll('iframe'))) {
      const inner = (frame as HTMLIFrameElement).contentDocument;
      if (inner) attachDeclarativeShadowRoots(inner);
    }
    const started = performance.now();
    const code = marketplaceCodeOf(c.url);
    const market = code ? primaryMarketplace(code) : null;
    const languages = pageLanguages({
      htmlLang: doc.documentElement.getAttribute('lang'),
      marketplaceLanguages: market ? languagesOf(market) : [],
      uiLanguage,
    });
    let detector = createDetector(lexiconsFor(languages));
    let scan = scanForEvidence(doc, detector.ratingWords);
    const more = languagesOfScripts(scan.scripts).filter((l) => !languages.includes(l));
    if (more.length > 0) {
      detector = createDetector(lexiconsFor([...languages, ...more]));
      scan = scanForEvidence(doc, detector.ratingWords);
    }
    const detection = classify(scan.evidence, pageKindOf(c.url), detector);
    const ms = performance.now() - started;
    return { id: c.id, expected: c.expected, got: detection?.state ?? null, detection, ms };
  } finally {
    await page.close();
  }
}

export async function closeBrowser(): Promise<void> {
  await browser.close();
}
