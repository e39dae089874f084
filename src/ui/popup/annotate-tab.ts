import { browser } from 'wxt/browser';

/** The content script's built file, the same one the manifest registers on the portal hosts. */
const CONTENT_SCRIPT = '/content-scripts/portal.js';

/**
 * Annotates a page that is not a portal, on the user's request: injects the content script into the tab through
 * activeTab + scripting, so Tebiki needs no permission for all sites. Returns an error message, or null.
 */
export async function annotateTab(tabId: number): Promise<string | null> {
  try {
    await browser.scripting.executeScript({ target: { tabId, allFrames: true }, files: [CONTENT_SCRIPT] });
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}
