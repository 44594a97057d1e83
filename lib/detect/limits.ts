/** What one collect call of the evidence scan (evidence.dom.ts) reads at most; the worker holds a request to it too. */
export const EVIDENCE_LIMITS = {
  /** Characters read per container: hostile 100 KB strings are cut here. */
  maxCharsPerEvidence: 4000,
  /** Characters read per collect call across all containers. */
  maxCharsPerCollect: 32_000,
  /** Nodes visited per container while reading its text. */
  maxNodesPerEvidence: 4000,
  maxEvidencePerCollect: 64,
  /** Shadow-tree elements walked by hand per collect call (the light tree is the browser's). */
  maxElementsPerCollect: 300_000,
  /** Rating labels followed to their widget per collect call. */
  maxRatingLabels: 12,
  /** Same-origin frames read per collect call. */
  maxFrames: 8,
} as const;
