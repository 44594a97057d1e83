/**
 * Every `data-scc-*` attribute the shipped code names is written down in docs/DOM-CONTRACT.md,
 * so the public contract cannot grow or drift without the document saying so.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../security/source-scan';
import { readProject } from './source-graph';

const CONTRACT = readFileSync(join(ROOT, 'docs/DOM-CONTRACT.md'), 'utf8');
const SCANNED = /\.(ts|tsx|css|html)$/;

/** `sccCaseId` (element.dataset) -> `data-scc-case-id`. */
const fromDataset = (property: string) => `data-${property.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`;

/** The `data-scc-*` names a source text uses: written out, or through `element.dataset`. */
function attributesNamed(text: string): string[] {
  const written = [...text.matchAll(/data-scc-[a-z0-9]+(?:-[a-z0-9]+)*/g)].map(([name]) => name);
  const viaDataset = [...text.matchAll(/\bdataset(?:\.|\[\s*['"`])(scc[A-Z]\w*)/g)].map(([, property]) =>
    fromDataset(property as string),
  );
  return [...written, ...viaDataset];
}

const named = new Map<string, string>();
for (const [path, text] of Object.entries(readProject(ROOT, ['lib', 'entrypoints', 'components']))) {
  if (!SCANNED.test(path)) continue;
  for (const attribute of attributesNamed(text)) if (!named.has(attribute)) named.set(attribute, path);
}

describe('public DOM contract', () => {
  it('finds the attributes the code sets', () => {
    expect([...named.keys()]).toEqual(
      expect.arrayContaining(['data-scc-account-state', 'data-scc-removal-order', 'data-scc-case-id']),
    );
  });

  it('docs/DOM-CONTRACT.md names every data-scc-* attribute the code uses', () => {
    const undocumented = [...named].filter(([attribute]) => !CONTRACT.includes(`\`${attribute}\``));
    expect(undocumented.map(([attribute, path]) => `${attribute} (${path})`)).toEqual([]);
  });

  it('reads attribute names however the code writes them', () => {
    const sample = [
      "host.setAttribute('data-scc-account-state', state);",
      'host.toggleAttribute("data-scc-dismissed", true);',
      'host.dataset.sccCorner = corner;',
      "if (host.dataset['sccDrawn'] !== drawn) {}",
      '<li data-scc-marketplace-state={state}>',
      '[data-scc-cancel-eligibility="unknown"] { color: red }',
    ].join('\n');
    expect(attributesNamed(sample)).toEqual([
      'data-scc-account-state',
      'data-scc-dismissed',
      'data-scc-marketplace-state',
      'data-scc-cancel-eligibility',
      'data-scc-corner',
      'data-scc-drawn',
    ]);
  });
});
