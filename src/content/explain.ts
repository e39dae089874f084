/**
 * From a control's label to what the tooltip shows: each label text glossed, turned into a view model.
 */
import { cleanText, type LabelInfo } from './labels';
import type { ScanItem } from './scan';
import type { TooltipEntry, TooltipModel } from './tooltip-view';

/** The part of a gloss result the tooltip needs (the glossary module's GlossResult satisfies it). */
export interface GlossLike {
  text: string;
  translation?: string;
  hint?: string;
  segments: { text: string; reading?: string; gloss?: string; hint?: string; source: string }[];
}

export interface Glosser {
  /** Glosses at once with the bundled dictionaries. */
  gloss(label: string): GlossLike;
  /** Loads what glossing needs (the index, from the background); gloss only after it resolves. */
  prepare?(): void | Promise<void>;
  /** Glosses with the shared tokenizer's help (readings, inflected words); null when it is unavailable. */
  refineAll?(labels: string[]): Promise<GlossLike[] | null>;
}

/** One label's gloss as a tooltip entry: whole-label English if known, else the glossed words. */
export function toEntry(result: GlossLike): TooltipEntry {
  const words = result.segments
    .filter((s) => s.gloss && (s.source === 'glossary' || s.source === 'vocabulary'))
    .map((s) => ({ text: s.text, gloss: s.gloss ?? '' }));
  const hint = result.hint ?? result.segments.find((s) => s.hint)?.hint;
  return {
    parts: result.segments.map((s) => (s.reading ? { text: s.text, reading: s.reading } : { text: s.text })),
    ...(result.translation ? { english: result.translation } : {}),
    words,
    ...(hint ? { hint } : {}),
  };
}

/** The texts a label is explained by: the broader context first (row header, legend), then the label itself. */
export function labelTexts(label: LabelInfo): string[] {
  return [...label.context, label.text].filter(Boolean);
}

/** Longest list of a select's options explained in its tooltip. */
const MAX_OPTIONS = 12;
/** Longest option text explained: options are short words (令和, 昭和…); a longer one is cut. */
const MAX_OPTION_LENGTH = 40;

/**
 * The texts an item is explained by: a field's context and label, then the options of a select; any other item's
 * own text.
 */
export function itemTexts(item: ScanItem): string[] {
  const texts = labelTexts(item.label);
  if (item.element.localName === 'select') {
    const options = Array.from((item.element as HTMLSelectElement).options)
      .map((o) => cleanText(o.text, MAX_OPTION_LENGTH))
      .filter((t) => t && /[\u3040-\u30ff\u3400-\u9fff]/.test(t));
    texts.push(...options.slice(0, MAX_OPTIONS));
  }
  return texts;
}

/** The tooltip model for glossed label texts. */
export function explainGlosses(results: GlossLike[], options: { furigana: boolean; emptyText: string }): TooltipModel {
  return { entries: results.map(toEntry), emptyText: options.emptyText, furigana: options.furigana };
}

/** The tooltip model for a label, glossed at once (the tokenizer's refinement comes later). */
export function explainLabel(
  label: LabelInfo,
  glosser: Glosser,
  options: { furigana: boolean; emptyText: string },
): TooltipModel {
  return explainGlosses(
    labelTexts(label).map((text) => glosser.gloss(text)),
    options,
  );
}

/** Whether a model has English to show (the page-info count of explained fields uses it). */
export function hasEnglish(model: TooltipModel): boolean {
  return model.entries.some((e) => e.english !== undefined || e.words.length > 0);
}
