import { browser } from 'wxt/browser';

/**
 * The tab the popup describes: the active tab of the current window, or the tab named by `?tab=ID` (used when the
 * popup is opened as a page, e.g. in tests, where the active tab is the popup itself).
 */
export async function activeTab(search: string = location.search): Promise<{ id: number; url?: string } | null> {
  const requested = Number(new URLSearchParams(search).get('tab'));
  if (Number.isInteger(requested) && requested > 0) {
    const tab = await browser.tabs.get(requested).catch(() => null);
    return tab?.id ? { id: tab.id, ...(tab.url ? { url: tab.url } : {}) } : null;
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ? { id: tab.id, ...(tab.url ? { url: tab.url } : {}) } : null;
}
