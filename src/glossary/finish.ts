/**
 * The last step of glossing, shared by the synchronous gloss and the refinement with the tokenizer: senses by
 * context, the whole-label translation, the one English line and the line in the language pack's language.
 */

import type { LanguagePack } from '../dictionary/language-pack.ts';
import type { Templates } from '../dictionary/schema-grammar.ts';
import { composeTree } from './compose.ts';
import { createEnglish, type EnglishMorphology } from './english.ts';
import type { Glosser } from './matcher.ts';
import { normalize } from './normalize.ts';
import { render } from './render.ts';
import { applySenses } from './senses.ts';
import type { GlossContext, GlossResult, Meaning, Segment } from './types.ts';
import { labelCore } from './whole-label.ts';

const morphologies = new WeakMap<object, EnglishMorphology>();

/**
 * Chooses senses and adds `translation`, `hint`, `english` and (with a pack) `meaning` to a result.
 * @example finishResult(glosser, { text, segments }, { role: 'button' })
 */
export function finishResult(
  glosser: Glosser,
  result: GlossResult,
  context?: GlossContext,
  pack?: LanguagePack,
): GlossResult {
  const { index } = glosser;
  const { segments, glosses } = applySenses(result.text, result.segments, index, context);
  const out: GlossResult = { text: result.text, segments };

  // A curated whole-label entry wins over composition (its sense chosen by context when the label is that word).
  const core = labelCore(normalize(result.text));
  const whole = glosser.find(core);
  const curated = whole >= 0 && whole < index.glossaryCount;
  const only = segments.filter((s) => s.text.trim()).length === 1 ? segments.find((s) => s.text.trim()) : undefined;
  if (curated) {
    out.translation = only?.entry === whole && only.sense && only.gloss ? only.gloss : index.en[whole]!;
    if (index.hint[whole]) out.hint = index.hint[whole];
  }

  const english = morphologyOf(glosser);
  const tree = curated ? undefined : composeTree(segments, index);
  const single = tree?.k === 'word';
  const line = (lang: string, glossOf: (seg: Segment) => string | undefined) =>
    tree ? render(tree, { lang, index, english, glossOf, single }) : undefined;

  const en = line('en', (seg) => seg.gloss);
  const englishLine = out.translation ?? (en?.text || undefined);
  if (englishLine) out.english = englishLine;
  if (pack && englishLine) out.meaning = meaningIn(pack, englishLine, curated ? whole : -1, glosses, line);
  return out;
}

/** The line in the pack's language, else English marked as the fallback. */
function meaningIn(
  pack: LanguagePack,
  english: string,
  whole: number,
  glosses: ReadonlyMap<Segment, Templates>,
  line: (lang: string, glossOf: (seg: Segment) => string | undefined) => { text: string; missing: boolean } | undefined,
): Meaning {
  const fallback: Meaning = { text: english, lang: 'en', fallback: true };
  if (whole >= 0) {
    const text = pack.gloss[whole];
    return text ? { text, lang: pack.lang } : fallback;
  }
  const rendered = line(pack.lang, (seg) => {
    const sense = glosses.get(seg);
    if (sense) return sense[pack.lang as keyof Templates];
    if (seg.entry === undefined || seg.source === 'general') return undefined;
    return pack.gloss[seg.entry] || undefined;
  });
  return rendered && !rendered.missing && rendered.text ? { text: rendered.text, lang: pack.lang } : fallback;
}

function morphologyOf(glosser: Glosser): EnglishMorphology {
  let english = morphologies.get(glosser.index);
  if (!english) morphologies.set(glosser.index, (english = createEnglish(glosser.index.grammar.english)));
  return english;
}
