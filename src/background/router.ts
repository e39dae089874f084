/** The background's message handlers: it routes, it does no work of its own. */
import { createMessageListener, type Self } from '@/src/messaging/protocol';
import { currentShortcuts } from './commands';
import type { TokenizerBackend } from './tokenizer-backends';

export function createBackgroundListener(tokenizer: TokenizerBackend, self: Self) {
  return createMessageListener(
    {
      'bg:tokenize': (message) => tokenizer.tokenize(message.texts),
      'bg:tokenizerStats': () => tokenizer.stats(),
      'bg:tokenizerReleased': async () => {
        await tokenizer.released();
        return null;
      },
      'bg:shortcuts': () => currentShortcuts(),
    },
    self,
  );
}
