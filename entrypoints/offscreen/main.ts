import { browser } from 'wxt/browser';
import { respondWithHost } from '@/src/background/tokenizer-backends';
import { createMessageListener } from '@/src/messaging/protocol';
import { extensionSelf, sendToExtension } from '@/src/messaging/send';
import { createTokenizerHost } from '@/src/tokenizer/host';
import { loadKuromoji } from '@/src/tokenizer/kuromoji';

// Relative dicPath: kuromoji's path joining breaks absolute chrome-extension:// URLs (see docs/browser-bugs.md).
const host = createTokenizerHost({
  load: () => loadKuromoji('/dict/'),
  onRelease: () => void sendToExtension({ type: 'bg:tokenizerReleased' }),
});

browser.runtime.onMessage.addListener(
  createMessageListener(
    {
      'offscreen:tokenize': (message) => respondWithHost(host, message.texts),
      'offscreen:stats': () => host.stats(),
    },
    extensionSelf(),
  ),
);
