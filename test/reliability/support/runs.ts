/** How many generated inputs each property tries: RELIABILITY_RUNS, default 10,000 (issue 7's minimum). */
export const DEFAULT_RUNS = 10_000;

function integerFromEnv(name: string, minimum: number): number | undefined {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === '') return undefined;
  const value = Number(raw);
  if (!Number.isSafeInteger(value) || value < minimum) {
    throw new Error(`${name} must be an integer of at least ${minimum}, got "${raw}"`);
  }
  return value;
}

export const RELIABILITY_RUNS = integerFromEnv('RELIABILITY_RUNS', 1) ?? DEFAULT_RUNS;

/** Replays a run with the seed the report printed for it (fast-check seeds may be negative). */
export const RELIABILITY_SEED = integerFromEnv('RELIABILITY_SEED', Number.MIN_SAFE_INTEGER);
