import { describe, expect, it } from 'vitest';
import { classify, type Detection } from '@/lib/detect/classify';
import { collectEvidence, collectEvidenceFrom, type Evidence, mergeEvidence } from '@/lib/detect/evidence.dom';
import { normalizeText } from '@/lib/detect/normalize';
import { marketplaceCodeOf, primaryMarketplace } from '@/lib/marketplaces';
import { isQuotingPage, pageKindOf } from '@/lib/pages';
import { allLanguagesDetector } from '../../support/detector';
import { type FixtureEntry, type LoadedFixture, loadFixture, MANIFEST } from './fixture-harness';

const matcher = allLanguagesDetector();
const STATIC = MANIFEST.filter((f) => !f.dynamic);
const DYNAMIC = MANIFEST.filter((f) => f.dynamic);

function classifyDocument(doc: Document, url: string): Detection | null {
  return classify(collectEvidence(doc, matcher.ratingWords), pageKindOf(url), matcher);
}

function expectMatches(detection: Detection | null, entry: FixtureEntry): void {
  if (entry.expected === null) {
    expect(detection, 'a trap must stay silent').toBeNull();
    return;
  }
  expect(detection?.state).toBe(entry.expected);
  expect(detection?.severity).toBe(entry.severity);
}

describe('detection fixture manifest', () => {
  it('holds at least 45 pages, 15 traps and the three kinds of dynamic page', () => {
    expect(MANIFEST.length).toBeGreaterThanOrEqual(45);
    expect(MANIFEST.filter((f) => f.expected === null).length).toBeGreaterThanOrEqual(15);
    const notes = DYNAMIC.map((f) => f.note).join(' ');
    expect(notes).toMatch(/1\.5 s after load/);
    expect(notes).toMatch(/pushState/);
    expect(notes).toMatch(/customElements\.define runs 1\.5 s later/);
  });

  it('has every state in en, de, sv, fr, es, it and ja', () => {
    for (const language of ['en', 'de', 'sv', 'fr', 'es', 'it', 'ja']) {
      const states = new Set(
        MANIFEST.filter((f) => f.language === language && !f.file.startsWith('ahr-')).map((f) => f.expected),
      );
      for (const state of ['deactivated', 'on-hold', 'under-review', 'at-risk', 'verification-required']) {
        expect(states.has(state as never), `${language} ${state}`).toBe(true);
      }
    }
  });

  it.each(MANIFEST.map((f) => [f.file, f] as const))(
    '%s sits at a real Seller Central URL of its language',
    (_, entry) => {
      const code = marketplaceCodeOf(entry.url);
      expect(code).toBeDefined();
      expect(code && primaryMarketplace(code).defaultLanguage).toBe(entry.language);
      if (entry.expected !== null) expect(isQuotingPage(pageKindOf(entry.dynamic?.finalUrl ?? entry.url))).toBe(false);
      if (entry.dynamic?.finalUrl) expect(marketplaceCodeOf(entry.dynamic.finalUrl)).toBe(code);
    },
  );
});

describe.each(STATIC.map((f) => [f.file, f] as const))('fixture %s', (_, entry) => {
  it(`classifies as ${entry.expected ?? 'nothing'} (${entry.note})`, async () => {
    const fixture = loadFixture(entry);
    try {
      await fixture.page.waitUntilComplete();
      const doc = fixture.document as unknown as Document;
      const detection = classifyDocument(doc, entry.url);
      expectMatches(detection, entry);
      // The incremental path over the whole body agrees with the full scan.
      const incremental = classify(
        collectEvidenceFrom([doc.body], matcher.ratingWords),
        pageKindOf(entry.url),
        matcher,
      );
      expect(incremental?.state ?? null).toBe(entry.expected);
      if (detection && /text only/.test(entry.note)) {
        // The fixture really hides its wording from the light DOM text.
        expect(normalizeText(doc.body.textContent ?? '')).not.toContain(normalizeText(detection.quote));
      }
    } finally {
      await fixture.close();
    }
  });
});

describe('quoting pages', () => {
  it('the closed-shadow trap really holds its notice in a closed root', async () => {
    const entry = MANIFEST.find((f) => f.file === 'trap-closed-shadow-en.html') as FixtureEntry;
    const fixture = loadFixture(entry);
    try {
      await fixture.page.waitUntilComplete();
      const host = fixture.document.querySelector('sc-legacy-notice');
      expect(host).not.toBeNull();
      expect(customElementsDefined(fixture, 'sc-legacy-notice')).toBe(true);
      expect(host?.shadowRoot).toBeNull();
    } finally {
      await fixture.close();
    }
  });
});

function customElementsDefined(fixture: LoadedFixture, name: string): boolean {
  return fixture.window.customElements.get(name) !== undefined;
}

/** What the content script does: scan at load, then feed mutation batches and upgraded Katal elements. */
function observeLikeTheContentScript(fixture: LoadedFixture): { nodes: () => Node[] } {
  const doc = fixture.document as unknown as Document;
  const touched: Node[] = [];
  const observer = new fixture.window.MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'childList') touched.push(...(record.addedNodes as unknown as Node[]));
      else touched.push(record.target as unknown as Node);
    }
  });
  observer.observe(fixture.document, { childList: true, subtree: true, characterData: true, attributes: true });
  for (const tag of ['kat-alert', 'kat-banner', 'kat-box']) {
    void fixture.window.customElements.whenDefined(tag).then(() => {
      touched.push(...Array.from(doc.getElementsByTagName(tag)));
    });
  }
  return { nodes: () => touched };
}

describe.each(DYNAMIC.map((f) => [f.file, f] as const))('dynamic fixture %s', (_, entry) => {
  it(`is silent at load and ${entry.expected ?? 'still silent'} once settled (${entry.note})`, {
    timeout: 15_000,
  }, async () => {
    const fixture = loadFixture(entry);
    try {
      const doc = fixture.document as unknown as Document;
      const initial: Evidence[] = collectEvidence(doc, matcher.ratingWords);
      expect(classify(initial, pageKindOf(fixture.window.location.href), matcher)).toBeNull();
      const watch = observeLikeTheContentScript(fixture);
      const started = Date.now();
      await fixture.page.waitUntilComplete();
      expect(Date.now() - started).toBeLessThanOrEqual(entry.dynamic?.settleMs ?? 0);
      const url = fixture.window.location.href;
      expect(url).toBe(entry.dynamic?.finalUrl ?? entry.url);
      const merged = mergeEvidence(
        initial,
        collectEvidenceFrom(watch.nodes(), matcher.ratingWords),
        matcher.ratingWords,
      );
      expectMatches(classify(merged, pageKindOf(url), matcher), entry);
      expectMatches(classifyDocument(doc, url), entry);
    } finally {
      await fixture.close();
    }
  });
});
