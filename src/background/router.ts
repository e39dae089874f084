/** The background's message handlers: it routes, it does no work of its own. */
import { createMessageListener, tokenizeTexts } from '@/src/messaging/protocol';
import { readIndex, type TokenizerBackend } from './tokenizer-backends';

export function createBackgroundListener(tokenizer: TokenizerBackend) {
  return createMessageListener({
    'bg:tokenize': (message) => {
      const texts = tokenizeTexts(message);
      return texts ? tokenizer.tokenize(texts) : { error: 'bad request' };
    },
    'bg:lookup': (message) => {
      const texts = tokenizeTexts(message);
      return texts ? tokenizer.lookup(texts) : { error: 'bad request' };
    },
    'bg:index': () => readIndex(),
    'bg:tokenizerStats': () => tokenizer.stats(),
    'bg:tokenizerReleased': async () => {
      await tokenizer.released();
      return null;
    },
  });
}
