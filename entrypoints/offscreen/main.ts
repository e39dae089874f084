import { browser } from 'wxt/browser';
import { lookupWithHost, respondWithHost } from '@/src/background/tokenizer-backends';
import { createMessageListener } from '@/src/messaging/protocol';
import { extensionSelf, sendToExtension } from '@/src/messaging/send';
import { createGeneralHost } from '@/src/tokenizer/general-host';
import { loadGeneralFromExtension } from '@/src/tokenizer/general-load';
import { createTokenizerHost } from '@/src/tokenizer/host';
import { loadKuromoji } from '@/src/tokenizer/kuromoji';

// Relative dicPath: kuromoji's path joining breaks absolute chrome-extension:// URLs (see docs/browser-bugs.md).
const host = createTokenizerHost({
  load: () => loadKuromoji('/dict/'),
  onRelease: () => void sendToExtension({ type: 'bg:tokenizerReleased' }),
});

// The general dictionary loads on the first lookup, apart from kuromoji (which most pages never need).
const general = createGeneralHost({ load: loadGeneralFromExtension });

browser.runtime.onMessage.addListener(
  createMessageListener(
    {
      'offscreen:tokenize': (message) => respondWithHost(host, message.texts),
      'offscreen:lookup': (message) => lookupWithHost(general, message.texts),
      'offscreen:stats': () => ({ ...host.stats(), general: general.stats() }),
    },
    extensionSelf(),
  ),
);
