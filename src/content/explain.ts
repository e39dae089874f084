/**
 * From a control's label to what the tooltip shows: each label text glossed, turned into a view model.
 */
import type { LabelInfo } from './labels';
import type { TooltipEntry, TooltipModel } from './tooltip-view';

/** The part of a gloss result the tooltip needs (the glossary module's GlossResult satisfies it). */
export interface GlossLike {
  text: string;
  translation?: string;
  hint?: string;
  segments: { text: string; reading?: string; gloss?: string; hint?: string; source: string }[];
}

export interface Glosser {
  gloss(label: string): GlossLike;
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

/** The tooltip model for a label: the broader context first (row header, legend), then the label itself. */
export function explainLabel(
  label: LabelInfo,
  glosser: Glosser,
  options: { furigana: boolean; emptyText: string },
): TooltipModel {
  const texts = [...label.context, label.text].filter(Boolean);
  return {
    entries: texts.map((text) => toEntry(glosser.gloss(text))),
    emptyText: options.emptyText,
    furigana: options.furigana,
  };
}

/** Whether a model has English to show (the page-info count of explained fields uses it). */
export function hasEnglish(model: TooltipModel): boolean {
  return model.entries.some((e) => e.english !== undefined || e.words.length > 0);
}
