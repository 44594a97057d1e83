import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { EVIDENCE_LIMITS, holdsNoEvidence, isOwnUi, scanForEvidence } from '@/lib/detect/evidence.dom';
import { ChangeWatcher } from '@/lib/dom/change-watcher.dom';
import { allLanguagesDetector } from '../../support/detector';

const words = allLanguagesDetector().ratingWords;

/**
 * A page of shadow roots in every place that matters: beside an alert, nested three deep, inside
 * a table row and the masthead (never searched), inside our own UI, under a hidden box (searched:
 * it may be shown later) and in a Katal element not defined yet.
 */
function build(): void {
  document.body.innerHTML = `
    <header id="sc-masthead"><div id="in-masthead"></div></header>
    <main>
      <kat-alert id="alert" header="Account at risk"></kat-alert>
      <div id="outer"></div>
      <div style="display:none"><div id="hidden-host"></div></div>
      <table><tbody><tr><td><div id="in-row"></div></td></tr></tbody></table>
      <scc-account-state id="ours"></scc-account-state>
      <kat-later id="later"></kat-later>
    </main>`;
  const open = (id: string) => (document.getElementById(id) as HTMLElement).attachShadow({ mode: 'open' });
  open('alert').innerHTML = '<p>Act now</p>';
  const outer = open('outer');
  outer.innerHTML = '<section><div id="middle"></div></section>';
  const middle = (outer.getElementById('middle') as HTMLElement).attachShadow({ mode: 'open' });
  middle.innerHTML = '<div id="inner"></div>';
  (middle.getElementById('inner') as HTMLElement).attachShadow({ mode: 'open' }).innerHTML = '<p>deep</p>';
  for (const id of ['hidden-host', 'in-row', 'in-masthead', 'ours', 'later']) open(id).innerHTML = '<p>x</p>';
}

const watcherOf = (ctx: ContentScriptContext) =>
  new ChangeWatcher(ctx, { attributes: [], isOwn: isOwnUi, skipsShadowsIn: holdsNoEvidence }, () => undefined);

describe('a scan tells the change watcher what it meets, so the page is walked once', () => {
  let ctx: ContentScriptContext;
  beforeEach(() => {
    ctx = new ContentScriptContext('scan-witness-test');
    build();
  });
  afterEach(() => ctx.abort('test over'));

  it('hears of exactly the shadow roots the watcher finds by walking the page itself', () => {
    const walked = watcherOf(ctx);
    walked.observeTree(document);
    const told = watcherOf(ctx);
    told.observeOnly(document);
    const undefinedKatal: Element[] = [];
    const scan = scanForEvidence(document, words, {
      shadowRoot: (shadow) => told.observeOnly(shadow),
      undefinedKatal: (element) => undefinedKatal.push(element),
    });
    expect(scan.witnessed).toBe(true);
    expect(new Set(told.roots())).toEqual(new Set(walked.roots()));
    // The document, the alert's, the outer, middle and inner ones, the hidden box's and the
    // undefined Katal element's; none in the row, the masthead or our own UI.
    expect(walked.roots()).toHaveLength(7);
    expect(undefinedKatal.map((element) => element.id).sort()).toEqual(['alert', 'later']);
  });

  it('says when it stopped at a limit before hearing of every shadow root', () => {
    const main = document.querySelector('main') as HTMLElement;
    for (let i = 0; i < EVIDENCE_LIMITS.maxEvidencePerCollect + 5; i++) {
      const alert = document.createElement('div');
      alert.setAttribute('role', 'alert');
      alert.textContent = `Notice ${i}: your account is at risk`;
      alert.attachShadow({ mode: 'open' });
      main.prepend(alert);
    }
    const told: ShadowRoot[] = [];
    const scan = scanForEvidence(document, words, { shadowRoot: (s) => told.push(s), undefinedKatal: () => undefined });
    expect(scan.evidence.length).toBe(EVIDENCE_LIMITS.maxEvidencePerCollect);
    expect(scan.witnessed).toBe(false);
  });
});
