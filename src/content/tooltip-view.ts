/**
 * Draws the compact tooltip model (tooltip-model.ts) into the overlay's tooltip element: the Japanese with readings
 * and its meaning, a select's chosen option, the Enter line, one warning, the page's note, problems, conversion
 * buttons, and a "More" toggle for the details. Every string is set with textContent, so a label that contains
 * markup or script is shown as text. Texts carry their language (`lang`), and English standing in for the user's
 * language is marked (`data-fallback`).
 */
import type { Explained, RubyPart, Shown, TooltipModel } from './tooltip-model';

/** Longest list of words and of detail lines drawn: a huge label must not make a huge tooltip. */
const MAX_WORDS = 12;
const MAX_DETAILS = 14;

/**
 * Japanese with its readings above the words. Not <ruby>: in Chromium the first <ruby> on a page lays out the whole
 * page again (0.6 s on a 10,000-field table); a two-line inline-flex looks the same and lays out only itself. The
 * reading follows the word in the text, so a screen reader and the live region read "氏名 しめい".
 */
function renderJapanese(doc: Document, parts: RubyPart[], furigana: boolean): HTMLElement {
  const ja = doc.createElement('div');
  ja.className = 'ja';
  ja.lang = 'ja';
  for (const part of parts) {
    if (furigana && part.reading && part.reading !== part.text) {
      const ruby = doc.createElement('span');
      ruby.className = 'ruby';
      const base = doc.createElement('span');
      base.className = 'rb';
      base.textContent = part.text;
      const reading = doc.createElement('span');
      reading.className = 'rt';
      reading.textContent = part.reading;
      ruby.append(base, reading);
      ja.append(ruby);
    } else {
      ja.append(part.text);
    }
  }
  return ja;
}

/** A text in its language, in an element of `className`. */
function line(doc: Document, className: string, text: Shown, tag = 'div'): HTMLElement {
  const el = doc.createElement(tag);
  el.className = className;
  el.lang = text.lang;
  if (text.fallback) el.dataset.fallback = 'true';
  el.textContent = text.text;
  return el;
}

function renderWords(doc: Document, explained: Explained): HTMLElement | null {
  const words = explained.words ?? [];
  if (words.length === 0) return null;
  const list = doc.createElement('ul');
  list.className = 'words';
  for (const word of words.slice(0, MAX_WORDS)) {
    const li = doc.createElement('li');
    const ja = doc.createElement('span');
    ja.lang = 'ja';
    ja.textContent = word.text;
    li.append(ja, line(doc, 'en', { ...word.meaning, text: ` ${word.meaning.text}` }, 'span'));
    list.append(li);
  }
  return list;
}

/** Japanese, then its meaning (or its words when there is no meaning line). */
function renderExplained(doc: Document, className: string, explained: Explained, furigana: boolean): HTMLElement {
  const block = doc.createElement('div');
  block.className = className;
  block.append(renderJapanese(doc, explained.parts, furigana));
  if (explained.meaning) block.append(line(doc, 'en', explained.meaning));
  else {
    const words = renderWords(doc, explained);
    if (words) block.append(words);
  }
  return block;
}

/** The view's own words (in the user's language) and whether its buttons can be clicked. */
export interface TooltipUi {
  more: string;
  less: string;
  /**
   * True when the anchor has the focus: only then can the pointer reach the tooltip's buttons (leaving a hovered
   * label hides its tooltip), so only then do they take pointer events; otherwise they would sit over the page's
   * next label and catch the pointer meant for it.
   */
  interactive: boolean;
  /** The key bound to the "More" command, if the user bound one. */
  moreShortcut?: string;
}

/** Shows or hides the details of a drawn tooltip; returns whether they are now shown. */
export function toggleDetails(container: HTMLElement, expanded?: boolean): boolean {
  const details = container.querySelector<HTMLElement>('.details');
  const button = container.querySelector<HTMLElement>('button.more');
  if (!details || !button) return false;
  const open = expanded ?? details.hidden;
  details.hidden = !open;
  button.setAttribute('aria-expanded', String(open));
  button.textContent = open ? (button.dataset.less ?? '') : (button.dataset.more ?? '');
  return open;
}

/**
 * Draws `model` into `container` (replacing what was there). `expanded` opens the details at once (the same item
 * drawn again after its readings arrived keeps them open).
 */
export function renderTooltip(
  container: HTMLElement,
  model: TooltipModel,
  ui: TooltipUi = { more: 'More', less: 'Less', interactive: true },
  expanded = false,
): void {
  const doc = container.ownerDocument;
  container.replaceChildren();
  container.dataset.item = model.itemKind;
  container.classList.toggle('inert', !ui.interactive);
  const main = renderExplained(doc, 'main', model.main, model.furigana);
  container.append(main);
  const context = model.context ?? [];
  const mainKnown = model.main.meaning !== undefined || (model.main.words?.length ?? 0) > 0;
  // A field is named by the headers it sits under too (現金 × 期首), and an item without a meaning of its own is
  // explained by them: shown right away, each in one line.
  const contextShown = !mainKnown || model.itemKind === 'field' || model.itemKind === 'option';
  if (contextShown) for (const c of context) container.append(renderExplained(doc, 'context', c, model.furigana));
  if (model.option) container.append(renderExplained(doc, 'option', model.option, model.furigana));
  const field = doc.createElement('div');
  field.className = 'field';
  if (model.fieldKind) field.dataset.kind = model.fieldKind;
  if (model.enter) field.append(line(doc, 'enter', model.enter));
  if (model.warning) field.append(line(doc, 'warning', model.warning));
  if (model.pageNote) field.append(renderExplained(doc, 'page-note', model.pageNote, model.furigana));
  for (const problem of model.problems) field.append(line(doc, 'problem', problem));
  if (model.actions.length > 0) {
    const row = doc.createElement('div');
    row.className = 'actions';
    for (const action of model.actions) {
      const button = line(doc, '', action.label, 'button') as HTMLButtonElement;
      button.type = 'button';
      // Buttons are not in the page's tab order (the user keeps typing in the field): the keyboard reaches them by
      // the browser's commands (the key shown on the button), or moves into the tooltip (tooltip-keys.ts).
      button.tabIndex = -1;
      button.dataset.action = action.id;
      if (action.shortcut) {
        const key = doc.createElement('span');
        key.className = 'shortcut';
        key.textContent = action.shortcut;
        button.append(key);
        button.setAttribute('aria-keyshortcuts', action.shortcut);
      }
      row.append(button);
    }
    field.append(row);
  }
  const details = doc.createElement('div');
  details.className = 'details';
  details.hidden = true;

  const words = model.main.meaning ? renderWords(doc, model.main) : null;
  if (words) details.append(words);
  if (model.options && model.options.length > 0) {
    const list = doc.createElement('div');
    list.className = 'options';
    for (const option of model.options) list.append(renderExplained(doc, 'option-item', option, false));
    details.append(list);
  }
  for (const text of model.details.slice(0, MAX_DETAILS)) details.append(line(doc, 'help', text));
  if (model.sources.length > 0) {
    const source = doc.createElement('div');
    source.className = 'source';
    source.textContent = model.sources.join('; ');
    details.append(source);
  }
  if (details.childNodes.length > 0) {
    const more = doc.createElement('button');
    more.type = 'button';
    more.className = 'more';
    more.tabIndex = -1;
    if (ui.moreShortcut) more.title = ui.moreShortcut;
    more.dataset.more = ui.more;
    more.dataset.less = ui.less;
    more.setAttribute('aria-expanded', 'false');
    more.textContent = ui.more;
    // mousedown, not click: preventDefault keeps the focus (and the caret) in the page's field.
    more.addEventListener('mousedown', (event) => {
      event.preventDefault();
      toggleDetails(container);
    });
    field.append(more, details);
  }
  if (field.childNodes.length > 0) container.append(field);
  if (!mainKnown && context.every((c) => !c.meaning) && !model.option?.meaning) {
    container.append(line(doc, 'hint', model.emptyText));
  }
  if (expanded) toggleDetails(container, true);
}
