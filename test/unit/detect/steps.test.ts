/**
 * Reading in steps (lib/detect/steps.ts): the stepped readers pause often enough for 8 ms slices,
 * and however they are run, the page reads the same.
 */
import { describe, expect, it } from 'vitest';
import { classify, classifySteps } from '@/lib/detect/classify';
import { collectEvidence, scanForEvidenceSteps } from '@/lib/detect/evidence.dom';
import type { Steps } from '@/lib/detect/steps';
import { allLanguagesDetector } from '../../support/detector';

const detector = allLanguagesDetector();
const filler = 'Seller Central keeps your listings, orders and reports in one place. '.repeat(40);

/** Runs stepped work to its end, counting its steps. */
function countSteps<T>(steps: Steps<T>): { value: T; steps: number } {
  let count = 0;
  for (;;) {
    const next = steps.next();
    if (next.done) return { value: next.value, steps: count };
    count += 1;
  }
}

describe('reading in steps', () => {
  it('classifies a long notice a sentence per step, to the same verdict as at once', () => {
    const evidence = [{ text: `${filler} Your selling account has been deactivated. ${filler}` }];
    const { value, steps } = countSteps(classifySteps(evidence, 'home', detector));
    expect(value?.state).toBe('deactivated');
    expect(value).toEqual(classify(evidence, 'home', detector));
    // 80 sentences, each its own step (and the rating's lines).
    expect(steps).toBeGreaterThanOrEqual(80);
  });

  it('scans a page with many alerts a container per step, finding what the one-go scan finds', () => {
    document.body.innerHTML = Array.from(
      { length: 20 },
      (_, i) => `<div class="a-alert a-alert-error">Notice ${i}: your account is under review.</div>`,
    ).join('');
    const { value, steps } = countSteps(scanForEvidenceSteps(document, detector.ratingWords));
    expect(value.evidence.map((e) => e.text)).toEqual(
      collectEvidence(document, detector.ratingWords).map((e) => e.text),
    );
    expect(value.evidence).toHaveLength(20);
    expect(steps).toBeGreaterThanOrEqual(20);
  });
});
