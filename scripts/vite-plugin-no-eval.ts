/**
 * Removes the one `Function` constructor call that kuromoji's dependency async@2 (via its bundled lodash helper)
 * brings: `Function('return this')()`, a fallback for finding the global object on engines without `global` or
 * `self`. Every context Tebiki runs in has `globalThis`, so the call is replaced by it: the extension then contains no
 * eval at all (addons-linter's DANGEROUS_EVAL), and a strict CSP could never be tripped by it.
 */
import type { Plugin } from 'vite';

const PATTERN = /Function\(\s*(['"])return this\1\s*\)\(\)/g;

export function noEval(): Plugin {
  return {
    name: 'tebiki-no-eval',
    enforce: 'pre',
    transform(code, id) {
      if (!id.includes('/node_modules/') || !PATTERN.test(code)) return undefined;
      PATTERN.lastIndex = 0;
      return { code: code.replace(PATTERN, 'globalThis'), map: null };
    },
  };
}
