/**
 * Reads what the page puts around a field: the texts next to it (the design system's support text, aria-describedby,
 * notes in its cell or row, its placeholder and title), its attributes, the boxes it is split over, and the era
 * list beside a year box. Never reads a value: the texts are the page's own, and nothing inside a region where the
 * user types is read.
 */
import type { EvidenceInput, TextSource } from '@/src/hints/evidence';
import { findControls, isFormControl, type FormControl } from './controls';
import { cleanText, EDITABLE_SELECTOR, textOfIds, type LabelInfo } from './labels';

/** What was read around a field. */
export interface FieldRead {
  evidence: EvidenceInput;
  /** The page's notes next to the field (describedby first), whole sentences, for the tooltip's page note. */
  notes: string[];
  /**
   * For a secret field, the sentences about secrets in the paragraphs before it in its own section (e-Tax says there
   * that its 暗証番号 is not the card's). Read only for what they say a secret is not: their formats may be another
   * field's.
   */
  intro: string[];
  /** The text boxes a number is split over (this one included, in order), when it is one of several. */
  boxes: FormControl[];
  /** A select of eras (令和, 平成…) beside a year box. */
  eraSelect?: HTMLSelectElement;
  /** Which part of a date split over boxes this one is (年, 月, 日), when the page says so. */
  datePart?: DatePart;
}

export type DatePart = 'year' | 'month' | 'day';

const DATE_UNIT: Record<string, DatePart> = { 年: 'year', 月: 'month', 日: 'day' };
/** Attribute names of date boxes: inOutDto.tesytYmdYy, hgsyBirthMm, kisyuMonth, birthDay… */
const DATE_NAME: [RegExp, DatePart][] = [
  [/(?:yy|yyyy|year|nen)$/i, 'year'],
  [/(?:mm|month|tsuki)$/i, 'month'],
  [/(?:dd|day)$/i, 'day'],
];

/**
 * The part of a date a short box (or select) holds, from what the page puts right after it (＿年＿月＿日), its own
 * label's last word (生年月日 月), its title, or its name (…Mm, …Month). Undefined for a box that is not one.
 */
export function datePartOf(control: FormControl, label: LabelInfo): DatePart | undefined {
  const max = Number(control.getAttribute('maxlength') ?? '0');
  const short =
    control.localName === 'select' || (max > 0 && max <= 4) || control.type === 'tel' || control.type === 'number';
  // The text right after the box: 年, 月 or 日 alone (not 年収, 月額).
  let next = control.nextSibling;
  while (next && next.nodeType === 3 && !next.textContent?.trim()) next = next.nextSibling;
  const after = (
    next?.nodeType === 3
      ? next.textContent
      : next instanceof Element && next.localName === 'span'
        ? next.textContent
        : ''
  )
    ?.normalize('NFKC')
    .trim();
  const unit = /^([年月日])(?![\u3400-\u9fff])/u.exec(after ?? '')?.[1];
  if (unit && short) return DATE_UNIT[unit];
  const own = [label.text, control.getAttribute('title') ?? '', control.getAttribute('aria-label') ?? '']
    .map((t) => t.normalize('NFKC').trim())
    .map((t) => /(?:^|[\s\u3000（(])([年月日])[)）]?$/u.exec(t)?.[1])
    .find(Boolean);
  if (own && short) return DATE_UNIT[own];
  if (!short) return undefined;
  const name = `${control.getAttribute('name') ?? ''} ${control.id}`.split(/[\s.]/).filter(Boolean);
  for (const [pattern, part] of DATE_NAME) if (name.some((n) => pattern.test(n) && n.length > 2)) return part;
  return undefined;
}

/** Most notes kept per field, and their longest text. */
const MAX_NOTES = 6;
const MAX_NOTE_LENGTH = 400;
/** How far up a field's block is looked for. */
const MAX_LEVELS = 5;
/** Elements that end the search for a field's block: beyond them are other fields. */
const STOP = new Set([
  'form',
  'body',
  'html',
  'table',
  'tbody',
  'thead',
  'section',
  'main',
  'article',
  'ul',
  'ol',
  'dl',
]);
/** Elements that are one field's block even with several controls (split boxes, 姓 and 名, a date's parts). */
const BLOCKS = new Set(['td', 'dd', 'li', 'fieldset']);
const ERA_OPTION = /令和|平成|昭和|大正/;
/** Classes of the portals' notes (注意 chui, 米印 kome, guide, caution…). */
const NOTE_CLASS = /note|chui|guide|caution|attention|kome|hosoku|remark/i;
/** Parts of a page that hold their own fields: a paragraph in one says nothing about a field in another. */
const SECTIONS = 'section, article, aside, fieldset, [role="region"], [role="group"], .box, .panel, .card';

/** The controls a person fills in under `root`, at most `max` of them (enough to tell one from several). */
function controlsIn(root: Element, max: number): FormControl[] {
  return findControls(root).slice(0, max);
}

/**
 * The field's block: the nearest ancestor that holds this field and no other, or a cell (td, dd, li, fieldset) that
 * holds its split boxes or its partner (姓 and 名).
 */
export function fieldBlock(control: FormControl): Element | null {
  // A radio button or checkbox is one choice of its group: the group's notes are about it.
  const type = (control as HTMLInputElement).type;
  if (type === 'radio' || type === 'checkbox') {
    const group = control.closest('fieldset, [role="radiogroup"], [role="group"]');
    if (group) return group;
  }
  let block: Element | null = null;
  let node = control.parentElement;
  for (let level = 0; node && level < MAX_LEVELS && !STOP.has(node.localName); level++, node = node.parentElement) {
    const controls = controlsIn(node, 8);
    if (controls.length > 1 && !BLOCKS.has(node.localName)) break;
    block = node;
    if (BLOCKS.has(node.localName)) break;
  }
  return block;
}

/** Elements whose text is not a note: controls, the field's labels, headers, scripts, editable regions. */
function skipped(el: Element, labels: Set<Element>): boolean {
  const tag = el.localName;
  return (
    isFormControl(el) ||
    labels.has(el) ||
    tag === 'script' ||
    tag === 'style' ||
    tag === 'option' ||
    tag === 'select' ||
    tag === 'button' ||
    tag === 'th' ||
    tag === 'legend' ||
    el.matches(EDITABLE_SELECTOR)
  );
}

/** The texts of a block, one per element that holds text directly (a note, a span, a paragraph), in order. */
function blockTexts(block: Element, labels: Set<Element>, owner?: FormControl): string[] {
  const out: string[] = [];
  let budget = MAX_NOTE_LENGTH * MAX_NOTES;
  // With `owner`, a text that follows another field of the block is that field's (セイ ＿ ※11文字以内 メイ ＿
  // ※セイと合わせて12文字以内: the first note is セイ's); texts before the first field belong to all.
  let after: Element | null = null;
  // Only inline texts are owned (a span or a bare text after the box); a block under them all (div.guide) is the
  // block's, whatever field it follows.
  const keep = (el: Element) =>
    !owner || after === null || after === owner || (el !== block && !INLINE.test(el.localName));
  const walk = (el: Element) => {
    let own = '';
    for (const child of Array.from(el.childNodes)) {
      if (budget <= 0) return;
      if (child.nodeType === 3) own += child.textContent ?? '';
      else if (child.nodeType === 1) {
        // Every element ends a run of text: the 円 after one box is not the 時間 after the next.
        const text = cleanText(own, MAX_NOTE_LENGTH);
        if (text && keep(el)) out.push(text);
        own = '';
        if (owner && isFormControl(child as Element) && isTextEntry(child as Element)) after = child as Element;
        if (!skipped(child as Element, labels)) walk(child as Element);
      }
    }
    const text = cleanText(own, MAX_NOTE_LENGTH);
    if (text && keep(el)) {
      out.push(text);
      budget -= text.length;
    }
  };
  walk(block);
  return out;
}

const INLINE = /^(span|small|em|strong|b|i|u|font|a|sup|sub|label|abbr|mark)$/;

/** A field one types into or chooses from (not one option of a radio or checkbox group). */
function isTextEntry(el: Element): boolean {
  return (
    el.localName !== 'input' ||
    !['radio', 'checkbox', 'hidden', 'button', 'submit', 'reset'].includes((el as HTMLInputElement).type)
  );
}

/** Whether the block holds other fields than `control` beside it (not the boxes of one split number). */
function sharesBlock(control: FormControl, block: Element, boxes: FormControl[]): boolean {
  if (boxes.length > 1 || !isTextEntry(control)) return false;
  return controlsIn(block, 8).some((c) => c !== control && isTextEntry(c));
}

/**
 * Texts beside a field in flat markup (no block of its own: label, input and note side by side in a form): the
 * siblings after it up to the next control or label, and its previous sibling when that is not its label.
 */
function siblingTexts(control: FormControl, labels: Set<Element>): string[] {
  const out: string[] = [];
  let node = control.nextSibling;
  for (let i = 0; node && i < 6; i++, node = node.nextSibling) {
    if (node.nodeType === 1) {
      const el = node as Element;
      if (isFormControl(el) || el.localName === 'label' || el.querySelector('input, select, textarea, label')) break;
      if (skipped(el, labels)) continue;
      out.push(...blockTexts(el, labels));
    } else if (node.nodeType === 3) {
      const text = cleanText(node.textContent, MAX_NOTE_LENGTH);
      if (text) out.push(text);
    }
  }
  return out;
}

/**
 * The note right before the table a field is in (作成コーナー and ISA screens state a table's rules above it:
 * 年月はYYYYMMで入力, 金額は円単位で入力): read as context, after the field's own texts.
 */
function notesAroundTable(control: FormControl): string[] {
  const table = control.closest('table');
  if (!table) return [];
  const out: string[] = [];
  const take = (el: Element | null): boolean => {
    if (!el || el.querySelector('input, select, textarea, table')) return false;
    const text = cleanText(el.textContent, MAX_NOTE_LENGTH);
    const noteLike = NOTE_CLASS.test(el.className) || /^※/.test(text);
    if (noteLike && text) out.push(text);
    return noteLike;
  };
  // Below the table first (a guide under it), then above it and above its containers, up to the form. A heading
  // starts this table's section (what stands above it is another section's), and a note right under another table
  // is that table's guide.
  take(table.nextElementSibling);
  for (
    let node: Element | null = table;
    node && node.localName !== 'body' && out.length < 3;
    node = node.parentElement
  ) {
    let previous = node.previousElementSibling;
    for (let i = 0; previous && i < 3; i++, previous = previous.previousElementSibling) {
      if (/^h[1-6]$/.test(previous.localName)) break;
      if (previous.querySelector('input, select, textarea')) continue;
      if (previous.previousElementSibling?.localName === 'table') continue;
      take(previous);
    }
    if (node.localName === 'form') break;
  }
  return out.slice(0, 3);
}

/** A sentence that names what it is about: 「年月は…」, 「英字は…」 (its subject before は). */
const SUBJECT = /^[「『]?([^、。はを]{1,8})は/u;

/**
 * The parts of a note about this field. A note of one rule is about every field it stands by; a note of several
 * rules, each with its subject (年月は半角数字、6文字。名称は60文字以内), gives a field only the sentences whose
 * subject its label or headers name (名称 → 60文字以内), and the sentences without a subject.
 * @example aboutThisField('英字は4文字以内。数字は7文字', 'ED番号（英字）') // ['英字は4文字以内。']
 */
export function aboutThisField(text: string, names: string): string[] {
  const sentences = text
    .split(/(?<=。)/)
    .map((s) => s.trim())
    .filter(Boolean);
  // 「マイナスの場合は」 is a condition, not a subject.
  const subjects = sentences
    .map((s) => SUBJECT.exec(s)?.[1])
    .map((x) => (x && !/(場合|とき|際)$/.test(x) ? x : undefined));
  if (new Set(subjects.filter(Boolean)).size < 2) return [text];
  // A note whose subjects this field names none of is about the whole table or form: all of it applies.
  if (!subjects.some((x) => x !== undefined && names.includes(x))) return [text];
  return sentences.filter((_, i) => subjects[i] === undefined || names.includes(subjects[i]));
}

/** The label elements of a control (label[for], a wrapping label), not to be read again as notes. */
function labelElements(control: FormControl): Set<Element> {
  const labels = new Set<Element>(Array.from(control.labels ?? []));
  const wrapping = control.closest('label');
  if (wrapping) labels.add(wrapping);
  return labels;
}

/** Text boxes in the block that look like the parts of one split number (each short, two or more). */
function splitBoxes(control: FormControl, block: Element | null): FormControl[] {
  if (!block || control.localName !== 'input') return [control];
  const boxes = controlsIn(block, 8).filter((c) => {
    const max = (c as HTMLInputElement).maxLength;
    return c.localName === 'input' && c.type !== 'password' && max > 0 && max <= 5;
  });
  // Boxes each named by a label of its own that shows (週平均 ＿時間 月平均 ＿時間) are separate fields, not the parts
  // of one number (whose labels, if any, are hidden ones for screen readers).
  const named = boxes.map((box) => shownLabelText(box)).filter((text) => text !== '');
  if (named.length >= 2 && new Set(named).size === named.length) return [control];
  return boxes.length > 1 && boxes.includes(control) ? boxes : [control];
}

const HIDDEN_LABEL = /\b(sr-only|visually-hidden|screen-reader|hidden|hide|offscreen)\b/i;

/** The text of a box's own label[for] when it is not one only for screen readers ('' when none). */
function shownLabelText(box: FormControl): string {
  const root = box.getRootNode() as Document | ShadowRoot;
  if (!box.id) return '';
  const label = root.querySelector?.(`label[for="${CSS.escape(box.id)}"]`);
  if (!label || HIDDEN_LABEL.test(label.className) || label.hasAttribute('hidden')) return '';
  return (label.textContent ?? '').trim();
}

/** The page's warning banners and alerts (the design system's notification banner, role=alert). */
const WARNINGS =
  '[role="alert"], [class*="notification-banner"], [class*="alert"], [class*="warning"], [class*="caution"]';
const MAX_WARNINGS = 8;

/**
 * Sentences of the page's warnings that name this field (お問い合わせ内容に、マイナンバーや暗証番号を記載しないでく
 * ださい): a rule about a field stated once at the top of the form belongs in that field's tooltip.
 */
function warningsNaming(root: Document | ShadowRoot, labelText: string): string[] {
  const name = labelText.replace(/[\s※*＊（(].*$/u, '').trim();
  if (name.length < 2) return [];
  const out: string[] = [];
  for (const el of Array.from(root.querySelectorAll(WARNINGS)).slice(0, MAX_WARNINGS)) {
    if (el.querySelector('input, select, textarea')) continue;
    for (const sentence of cleanText(el.textContent, MAX_NOTE_LENGTH).split(/(?<=。)/u)) {
      if (sentence.includes(name) && !out.includes(sentence.trim())) out.push(sentence.trim());
    }
  }
  return out.slice(0, 2);
}

/** A select of eras in the block (or just before the box), for a year box. */
function eraSelectNear(control: FormControl, block: Element | null): HTMLSelectElement | undefined {
  if (control.localName !== 'input') return undefined;
  const candidates = [
    ...(block ? Array.from(block.querySelectorAll('select')) : []),
    control.previousElementSibling,
    control.parentElement?.previousElementSibling?.querySelector('select'),
  ];
  return candidates.find(
    (el): el is HTMLSelectElement =>
      el?.localName === 'select' &&
      Array.from((el as HTMLSelectElement).options)
        .slice(0, 12)
        .some((o) => ERA_OPTION.test(o.text)),
  );
}

/**
 * The intro paragraphs of the form a secret field is in (before its first control) that talk about secrets: e-Tax
 * says there that its 暗証番号 is not the card's.
 */
function introAboutSecrets(control: FormControl): string[] {
  const form = control.closest('form');
  const scope = form?.parentElement ?? control.ownerDocument.body;
  if (!scope) return [];
  const out: string[] = [];
  for (const p of Array.from(scope.querySelectorAll('p')).slice(0, 20)) {
    // Only paragraphs before the field, in its own section, and not another field's own note (in its cell or block).
    const before = (p.compareDocumentPosition(control) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
    const section = p.closest(SECTIONS);
    if (!before || p.closest('td, dd, li') || (section && !section.contains(control))) continue;
    for (const sentence of cleanText(p.textContent, MAX_NOTE_LENGTH).split(/(?<=。)/)) {
      if (/暗証|パスワード/.test(sentence)) out.push(sentence.trim());
    }
    if (out.length >= 2) break;
  }
  return out.slice(0, 2);
}

/**
 * Reads the texts and attributes around a field, nearest first: its label, the notes next to it, its placeholder
 * and title, then the headers it sits under.
 * @example readField(input, { text: '郵便番号', context: [] }).evidence.texts // [{ text: '郵便番号', from: 'label' }, …]
 */
export function readField(control: FormControl, label: LabelInfo, secret: boolean): FieldRead {
  const root = control.getRootNode() as Document | ShadowRoot;
  const block = fieldBlock(control);
  const described = control.getAttribute('aria-describedby');
  const describedText = described ? textOfIds(root, described) : '';
  const notes = [
    ...(describedText ? [describedText] : []),
    ...(block
      ? blockTexts(
          block,
          labelElements(control),
          sharesBlock(control, block, splitBoxes(control, block)) ? control : undefined,
        )
      : siblingTexts(control, labelElements(control))),
    ...warningsNaming(root, label.text),
  ].filter((text, i, all) => text !== label.text && all.indexOf(text) === i);
  const intro = secret ? introAboutSecrets(control) : [];
  const names = [label.text, ...label.context].join(' ');
  const texts: { text: string; from: TextSource }[] = [
    { text: label.text, from: 'label' },
    ...notes
      .slice(0, MAX_NOTES)
      .flatMap((text) => aboutThisField(text, names).map((t) => ({ text: t, from: 'note' as const }))),
  ];
  const placeholder = control.getAttribute('placeholder');
  if (placeholder) texts.push({ text: cleanText(placeholder), from: 'placeholder' });
  const title = control.getAttribute('title');
  if (title) texts.push({ text: cleanText(title), from: 'note' });
  for (const context of label.context) texts.push({ text: context, from: 'context' });
  for (const text of notesAroundTable(control))
    for (const t of aboutThisField(text, names)) texts.push({ text: t, from: 'context' });
  const boxes = splitBoxes(control, block);
  const datePart = datePartOf(control, label);
  // The era list goes with the year box, never with the month's or the day's.
  const eraSelect = datePart === 'month' || datePart === 'day' ? undefined : eraSelectNear(control, block);
  return {
    evidence: {
      texts: texts.filter((t) => t.text),
      type: control.type,
      inputmode: control.getAttribute('inputmode') ?? undefined,
      pattern: control.getAttribute('pattern') ?? undefined,
      maxlength: control.getAttribute('maxlength'),
      minlength: control.getAttribute('minlength'),
      required: control.required || control.getAttribute('aria-required') === 'true',
    },
    notes: notes.slice(0, MAX_NOTES),
    intro,
    boxes,
    ...(eraSelect ? { eraSelect } : {}),
    ...(datePart ? { datePart } : {}),
  };
}
