import { browser } from 'wxt/browser';
import { respondWithHost } from '@/src/background/tokenizer-backends';
import { createMessageListener, tokenizeTexts } from '@/src/messaging/protocol';
import { sendToExtension } from '@/src/messaging/send';
import { createTokenizerHost } from '@/src/tokenizer/host';
import { loadKuromoji } from '@/src/tokenizer/kuromoji';

// Relative dicPath: kuromoji's path joining breaks absolute chrome-extension:// URLs (see docs/browser-bugs.md).
const host = createTokenizerHost({
  load: () => loadKuromoji('/dict/'),
  onRelease: () => void sendToExtension({ type: 'bg:tokenizerReleased' }),
});

browser.runtime.onMessage.addListener(
  createMessageListener({
    'offscreen:tokenize': (message) => {
      const texts = tokenizeTexts(message);
      return texts ? respondWithHost(host, texts) : { error: 'bad request' };
    },
    'offscreen:stats': () => host.stats(),
  }),
);
