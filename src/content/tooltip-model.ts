/**
 * What a tooltip says, as plain data: built from an item of the store when the tooltip is shown (tooltip-build),
 * drawn by the view (tooltip-view). Compact by default: the meaning in one or two lines, the reading, one "Enter: …"
 * line with the page's own limits, at most one warning; everything else waits behind "More".
 *
 * Every text a user reads is either the page's own Japanese (lang ja) or a {@link Shown} text that carries its
 * language, so the view marks English shown to a reader of another language.
 */

/** A text in a known language; `fallback` is true when the user's language lacked it and English stands in. */
export interface Shown {
  text: string;
  lang: string;
  fallback?: boolean;
}

/** One Japanese piece with its reading (none over kana, numerals or symbols). */
export interface RubyPart {
  text: string;
  reading?: string;
}

/** One word of a label with its meaning, for "More". */
export interface WordGloss {
  text: string;
  reading?: string;
  meaning: Shown;
}

/** The Japanese the tooltip explains (a label, heading, button, message, or a select's chosen option). */
export interface Explained {
  parts: RubyPart[];
  /** The meaning in one line (whole-label translation, else the composed line). Absent when nothing is known. */
  meaning?: Shown;
  /** The words it is made of, for "More" (omitted when the meaning is a curated whole-label translation). */
  words?: WordGloss[];
}

export interface TooltipAction {
  id: string;
  label: Shown;
  /** The key that presses it, as the user sees it ("Alt+1"), when one is bound. */
  shortcut?: string;
}

/** Compact view first; `details` only after "More". */
export interface TooltipModel {
  /** The item's kind: field, label, heading, button, link, note, message, option. */
  itemKind: string;
  /** The field kind (katakana, postal-code, pin-user-auth…) for data-kind, when the item is a field with one. */
  fieldKind?: string;
  /** The label (or the item's own text). */
  main: Explained;
  /** A select's chosen option, explained. */
  option?: Explained;
  /** The headers the item sits under (row header, legend), outermost first, explained: shown behind "More". */
  context?: Explained[];
  /** A select's options, explained: behind "More". */
  options?: Explained[];
  /** One line: what to enter, with the page's own limits and formats first (e.g. "Enter: half-width digits, 7"). */
  enter?: Shown;
  /** At most one warning (a negation the user must not miss, "not your card PIN", a page rule). */
  warning?: Shown;
  /** The page's own note next to the field, in one short line (its Japanese, with a meaning when known). */
  pageNote?: Explained;
  /** Problems found when the user left the field. */
  problems: Shown[];
  /** One-click conversions that write only what the field accepts. */
  actions: TooltipAction[];
  /** Behind "More": context headers, more hint lines, PIN facts, words. */
  details: Shown[];
  /** Where the facts come from, folded into one line. */
  sources: string[];
  /** Shown when nothing has a meaning. */
  emptyText: Shown;
  furigana: boolean;
}
