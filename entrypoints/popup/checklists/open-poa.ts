import { browser } from 'wxt/browser';

/** Opens the Plan of Action workspace for a marketplace in a tab of its own: five text areas need room. */
export async function openPoaWorkspace(marketCode: string): Promise<void> {
  const url = `${browser.runtime.getURL('/poa.html')}?market=${encodeURIComponent(marketCode)}`;
  await browser.tabs.create({ url });
}
