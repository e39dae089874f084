import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { forwardCommands } from '@/src/background/commands';
import { startReminders } from '@/src/background/reminders';
import { createBackgroundListener } from '@/src/background/router';
import { localBackend, offscreenBackend } from '@/src/background/tokenizer-backends';
import { extensionSelf } from '@/src/messaging/send';
import { openWelcomeOnInstall } from '@/src/background/welcome';
import { createGeneralHost } from '@/src/tokenizer/general-host';
import { loadGeneralFromExtension } from '@/src/tokenizer/general-load';
import { loadKuromoji } from '@/src/tokenizer/kuromoji';

export default defineBackground(() => {
  openWelcomeOnInstall();
  startReminders();
  forwardCommands();
  const tokenizer = import.meta.env.FIREFOX
    ? localBackend(() => loadKuromoji('/dict/'), createGeneralHost({ load: loadGeneralFromExtension }))
    : offscreenBackend();
  browser.runtime.onMessage.addListener(createBackgroundListener(tokenizer, extensionSelf()));
});
