/**
 * Types of the two kuromoji modules the dictionary loader uses directly (kuromoji-dict.ts), bypassing its builder:
 * the builder's loader needs `async` (and with it an eval-like global lookup) and `fflate`, where the platform's
 * DecompressionStream does.
 */
declare module '@sglkc/kuromoji/src/dict/DynamicDictionaries.js' {
  /** The loaded dictionaries kuromoji's tokenizer reads. */
  class DynamicDictionaries {
    loadTrie(base: Int32Array, check: Int32Array): this;
    loadTokenInfoDictionaries(tokenInfo: Uint8Array, pos: Uint8Array, targetMap: Uint8Array): this;
    loadConnectionCosts(costs: Int16Array): this;
    loadUnknownDictionaries(
      unk: Uint8Array,
      unkPos: Uint8Array,
      unkMap: Uint8Array,
      catMap: Uint8Array,
      compatCatMap: Uint32Array,
      invokeDef: Uint8Array,
    ): this;
  }
  export = DynamicDictionaries;
}

declare module '@sglkc/kuromoji/src/Tokenizer.js' {
  import type { IpadicFeatures } from '@sglkc/kuromoji';
  import type DynamicDictionaries from '@sglkc/kuromoji/src/dict/DynamicDictionaries.js';
  class Tokenizer {
    constructor(dic: DynamicDictionaries);
    tokenize(text: string): IpadicFeatures[];
  }
  export = Tokenizer;
}
