import { browser } from 'wxt/browser';

/**
 * On first install, open the welcome page once: what Tebiki does and where, the language, a sample form to try it on,
 * pinning its button, and the keyboard (src/ui/welcome/). tabs.create rather than runtime.openOptionsPage, which does
 * nothing in headless Firefox.
 */
export function openWelcomeOnInstall(): void {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
  });
}
