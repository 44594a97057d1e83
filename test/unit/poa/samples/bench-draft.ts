/**
 * A realistic draft of a given size for timing the linter (the budget: a 10 KB draft
 * in at most 50 ms). Sections are filled with good and bad sample plans of all four languages
 * in turn, so every rule has something to look at.
 */
import { POA_SECTION_IDS, type PoaSectionId } from '@/lib/poa/types';
import { daSamples } from './da';
import { deSamples } from './de';
import { enSamples } from './en';
import { svSamples } from './sv';
import type { GoodSample, LanguageSamples, Sections } from './types';

const LANGUAGES: readonly LanguageSamples[] = [enSamples, daSamples, svSamples, deSamples];

/** The padded "too long" plan would fill a draft on its own, and an empty section adds nothing. */
function usefulBad(samples: LanguageSamples): GoodSample[] {
  return samples.bad.filter((sample) => sample.expected !== 'too-long' && sample.expected !== 'missing-section');
}

/** A good and a bad plan from each language in turn. */
const POOL: readonly GoodSample[] = Array.from({ length: 8 }, (_, i) =>
  LANGUAGES.flatMap((samples) => {
    const bad = usefulBad(samples);
    return [samples.good[i % samples.good.length], bad[i % bad.length]].filter((s): s is GoodSample => !!s);
  }),
).flat();

/** UTF-8 size of all sections together at least `bytes`, overshooting by at most one sample. */
export function benchDraft(bytes: number): Sections {
  const sections = Object.fromEntries(POA_SECTION_IDS.map((id) => [id, ''])) as Record<PoaSectionId, string>;
  const encoder = new TextEncoder();
  const size = () => POA_SECTION_IDS.reduce((sum, id) => sum + encoder.encode(sections[id]).length, 0);
  for (let round = 0; size() < bytes; round += 1) {
    const sample = POOL[round % POOL.length];
    if (!sample) break;
    for (const id of POA_SECTION_IDS) sections[id] = `${sections[id]}\n${sample.sections[id]}`.trim();
  }
  return sections;
}
