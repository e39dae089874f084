/**
 * The tooltip's content as a view model, and its rendering to DOM. Every string is set with textContent, so a label
 * that contains markup or script is shown as text.
 */

/** One Japanese piece with its reading. */
export interface RubyPart {
  text: string;
  reading?: string;
}

/** One label explained: the Japanese (with readings), its English, and the words it is made of. */
export interface TooltipEntry {
  parts: RubyPart[];
  /** Whole-label English, when known. */
  english?: string;
  /** Word-by-word English, when the whole label has no translation. */
  words: { text: string; gloss: string }[];
  hint?: string;
}

/** What the field expects (its kind's hint), problems found when the user left it, and conversions to offer. */
export interface FieldSection {
  /** The field kind's id (katakana, postal-code, pin-user-auth…), on the block as data-kind for tests and styling. */
  kind: string;
  lines: string[];
  source?: string;
  problems: string[];
  actions: { id: string; label: string }[];
}

export interface TooltipModel {
  entries: TooltipEntry[];
  field?: FieldSection;
  /** Text shown when no entry has any English. */
  emptyText: string;
  furigana: boolean;
}

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

export function renderTooltip(container: HTMLElement, model: TooltipModel): void {
  const doc = container.ownerDocument;
  container.replaceChildren();
  let anyEnglish = false;
  for (const entry of model.entries) {
    const block = doc.createElement('div');
    block.className = 'entry';
    block.append(renderJapanese(doc, entry.parts, model.furigana));
    if (entry.english) {
      anyEnglish = true;
      const en = doc.createElement('div');
      en.className = 'en';
      en.lang = 'en';
      en.textContent = entry.english;
      block.append(en);
    } else if (entry.words.length > 0) {
      anyEnglish = true;
      const list = doc.createElement('ul');
      list.className = 'words';
      for (const word of entry.words) {
        const li = doc.createElement('li');
        const ja = doc.createElement('span');
        ja.lang = 'ja';
        ja.textContent = word.text;
        const en = doc.createElement('span');
        en.lang = 'en';
        en.className = 'en';
        en.textContent = ` ${word.gloss}`;
        li.append(ja, en);
        list.append(li);
      }
      block.append(list);
    }
    if (entry.hint) {
      const hint = doc.createElement('div');
      hint.className = 'hint';
      hint.textContent = entry.hint;
      block.append(hint);
    }
    container.append(block);
  }
  if (model.field) container.append(renderField(doc, model.field));
  if (!anyEnglish) {
    const empty = doc.createElement('div');
    empty.className = 'hint';
    empty.textContent = model.emptyText;
    container.append(empty);
  }
}

function renderField(doc: Document, field: FieldSection): HTMLElement {
  const block = doc.createElement('div');
  block.className = 'field';
  block.dataset.kind = field.kind;
  for (const line of field.lines) {
    const p = doc.createElement('div');
    p.className = 'help';
    p.lang = 'en';
    p.textContent = line;
    block.append(p);
  }
  if (field.source) {
    const source = doc.createElement('div');
    source.className = 'source';
    source.textContent = `Source: ${field.source}`;
    block.append(source);
  }
  for (const problem of field.problems) {
    const p = doc.createElement('div');
    p.className = 'problem';
    p.textContent = problem;
    block.append(p);
  }
  if (field.actions.length > 0) {
    const row = doc.createElement('div');
    row.className = 'actions';
    field.actions.forEach((action, i) => {
      const button = doc.createElement('button');
      button.type = 'button';
      // Buttons never take focus: the user keeps typing in the field. Alt+Shift+N does the same from the keyboard.
      button.tabIndex = -1;
      button.dataset.action = action.id;
      button.textContent = action.label;
      button.title = `Alt+Shift+${i + 1}`;
      row.append(button);
    });
    block.append(row);
  }
  return block;
}
