import { browser } from 'wxt/browser';
import { lookupWithHost, respondWithHost } from '@/src/background/tokenizer-backends';
import { createMessageListener, tokenizeTexts } from '@/src/messaging/protocol';
import { sendToExtension } from '@/src/messaging/send';
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
  createMessageListener({
    'offscreen:tokenize': (message) => {
      const texts = tokenizeTexts(message);
      return texts ? respondWithHost(host, texts) : { error: 'bad request' };
    },
    'offscreen:lookup': (message) => {
      const texts = tokenizeTexts(message);
      return texts ? lookupWithHost(general, texts) : { error: 'bad request' };
    },
    'offscreen:stats': () => ({ ...host.stats(), general: general.stats() }),
  }),
);
