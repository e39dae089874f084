import { browser } from 'wxt/browser';

/**
 * On first install, open the options page once as a welcome: it says what Tebiki does and lets the user pick a
 * language. tabs.create rather than runtime.openOptionsPage, which does nothing in headless Firefox.
 */
export function openWelcomeOnInstall(): void {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/options.html') });
  });
}
