/** The background's message handlers: it routes, it does no work of its own. */
import type { LanguagePack } from '@/src/dictionary/language-pack';
import { readLanguagePack } from '@/src/i18n/background-packs';
import { createMessageListener, type Self } from '@/src/messaging/protocol';
import type { TokenizerBackend } from './tokenizer-backends';

/** @param languagePack reads a language's pack from the extension package (replaced in tests) */
export function createBackgroundListener(
  tokenizer: TokenizerBackend,
  self: Self,
  languagePack: (lang: string) => Promise<LanguagePack | null> = readLanguagePack,
) {
  return createMessageListener(
    {
      'bg:languagePack': (message) => languagePack(message.lang),
      'bg:tokenize': (message) => tokenizer.tokenize(message.texts),
      'bg:tokenizerStats': () => tokenizer.stats(),
      'bg:tokenizerReleased': async () => {
        await tokenizer.released();
        return null;
      },
    },
    self,
  );
}
