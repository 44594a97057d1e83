/** Chromium's own main-thread accounting for a page (CDP Performance domain, enabled on the session). */
import type { CDPSession } from 'playwright-core';

/** Milliseconds the page's main thread has spent running tasks since the page was created. */
export async function taskDurationMs(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return (metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0) * 1000;
}
