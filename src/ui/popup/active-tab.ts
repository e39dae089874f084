import { browser } from 'wxt/browser';

/**
 * The tab the popup describes (its id: the popup asks the tab's content script what is on it, so it needs no host
 * permission to read the tab's address): the active tab of the current window. Test builds (`npm run build:e2e`, WXT mode
 * `e2e`) also take the tab named by `?tab=ID`, because a test opens the popup as a page, where the active tab is
 * the popup itself; the release build has no such hook (the condition is false at build time and the code is gone).
 */
export async function activeTab(search: string = location.search): Promise<{ id: number } | null> {
  if (import.meta.env.MODE === 'e2e') {
    const requested = Number(new URLSearchParams(search).get('tab'));
    if (Number.isInteger(requested) && requested > 0) {
      const tab = await browser.tabs.get(requested).catch(() => null);
      return tab?.id ? { id: tab.id } : null;
    }
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ? { id: tab.id } : null;
}
