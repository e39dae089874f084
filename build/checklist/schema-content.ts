/**
 * Validates and compiles the content files other than eligibility: `kind: sources`, `documents`, `pins` and
 * `lifecycle`. Each reader returns the compiled section, or undefined when the file is too broken to use (the
 * reasons are in the reader's errors either way).
 */

import type { Path, Reader } from './schema-reader.ts';
import {
  LIFECYCLE_TARGET_IDS,
  PIN_IDS,
  REMINDER_MESSAGE_IDS,
  REMINDER_PLACEHOLDERS,
  type ChecklistItem,
  type DocumentGroup,
  type DocumentsChecklist,
  type Fact,
  type ItemChoice,
  type LifecycleChecklist,
  type LifecycleTarget,
  type LifecycleTargetId,
  type Pin,
  type PinId,
  type PinReset,
  type PinService,
  type PinsChecklist,
  type ReminderMessageId,
  type Source,
} from '../../src/checklist/types.ts';

/**
 * Reads sources.yaml into the context's source table (other files refer to these ids).
 * @example - { id: jlis-pins, name: J-LIS, url: https://www2.jpki.go.jp/procedure/password.html, official: true }
 */
export function readSources(r: Reader, data: Record<string, unknown>): Record<string, Source> {
  r.mapping([], data, ['kind', 'sources'], ['sources']);
  const seen = new Set<string>();
  const shape = { keys: ['id', 'name', 'url', 'official'], required: ['id', 'name', 'official'], seen };
  r.entries(['sources'], data['sources'], shape, (value, path, id) => {
    const name = r.requiredText([...path, 'name'], value['name'], `source.${id}.name`);
    const url = value['url'];
    // https only: the UI renders it as a link, and a link to a government page should not be downgradable.
    const urlOk =
      url === undefined || (typeof url === 'string' && /^https:\/\/[a-z0-9.-]+\.[a-z]{2,}(\/\S*)?$/i.test(url));
    if (!urlOk) r.fail([...path, 'url'], `\`url\` must be an https:// address (got ${JSON.stringify(url)})`);
    const official = r.boolean([...path, 'official'], value['official'], false);
    if (name) r.context.sources.set(id, { id, name, ...(urlOk && url ? { url } : {}), official });
  });
  return Object.fromEntries(r.context.sources);
}

/** Reads documents.yaml: groups of items (tickable or not) with notes. Item ids are unique across groups. */
export function readDocuments(r: Reader, data: Record<string, unknown>): DocumentsChecklist {
  r.mapping([], data, ['kind', 'groups'], ['groups']);
  const groupIds = new Set<string>();
  const itemIds = new Set<string>();
  const noteIds = new Set<string>();
  const groups: DocumentGroup[] = [];
  const shape = {
    keys: ['id', 'title', 'intro', 'tickable', 'items', 'notes'],
    required: ['id', 'title', 'tickable', 'items'],
    seen: groupIds,
  };
  r.entries(['groups'], data['groups'], shape, (value, path, id) => {
    const title = r.requiredText([...path, 'title'], value['title'], `documents.group.${id}.title`);
    const intro = r.text([...path, 'intro'], value['intro'], `documents.group.${id}.intro`);
    const tickable = r.boolean([...path, 'tickable'], value['tickable'], false);
    const items = r
      .list([...path, 'items'], value['items'], true)
      .map((raw, j) => readItem(r, [...path, 'items', j], raw, itemIds))
      .filter((x): x is ChecklistItem => x !== undefined);
    const notes = readFacts(r, [...path, 'notes'], value['notes'], 'documents.note', noteIds);
    if (title) groups.push({ id, title, ...(intro ? { intro } : {}), tickable, items, notes });
  });
  return { groups };
}

function readItem(r: Reader, path: Path, raw: unknown, seen: Set<string>): ChecklistItem | undefined {
  const keys = ['id', 'ja', 'label', 'detail', 'oneOf', 'source', 'unverified'];
  const value = r.mapping(path, raw, keys, ['id', 'label']);
  if (!value) return undefined;
  const id = r.id([...path, 'id'], value['id'], seen);
  if (!id) return undefined;
  const prefix = `documents.item.${id}`;
  const label = r.requiredText([...path, 'label'], value['label'], `${prefix}.label`);
  const detail = r.text([...path, 'detail'], value['detail'], `${prefix}.detail`);
  const ja = r.ja([...path, 'ja'], value['ja']);
  const choiceIds = new Set<string>();
  const oneOf: ItemChoice[] = [];
  r.list([...path, 'oneOf'], value['oneOf']).forEach((choice, k) => {
    const at = [...path, 'oneOf', k];
    const c = r.mapping(at, choice, ['id', 'ja', 'label'], ['id', 'label']);
    const cid = c && r.id([...at, 'id'], c['id'], choiceIds);
    if (!c || !cid) return;
    const cLabel = r.requiredText([...at, 'label'], c['label'], `${prefix}.oneOf.${cid}.label`);
    const cJa = r.ja([...at, 'ja'], c['ja']);
    if (cLabel) oneOf.push({ id: cid, ...(cJa ? { ja: cJa } : {}), label: cLabel });
  });
  const sources = r.sources([...path, 'source'], value['source'], true);
  const unverified = r.boolean([...path, 'unverified'], value['unverified'], false);
  if (!label) return undefined;
  return { id, ...(ja ? { ja } : {}), label, ...(detail ? { detail } : {}), oneOf, sources, unverified };
}

function readFacts(r: Reader, path: Path, raw: unknown, prefix: string, seen: Set<string>): Fact[] {
  return r
    .list(path, raw)
    .map((item, i) => r.fact([...path, i], item, prefix, seen))
    .filter((x): x is Fact => x !== undefined);
}

/** Reads pins.yaml: the services and reset ways the PINs refer to, the four PINs, and general facts. */
export function readPins(r: Reader, data: Record<string, unknown>): PinsChecklist | undefined {
  r.mapping([], data, ['kind', 'services', 'resets', 'pins', 'facts'], ['services', 'resets', 'pins']);
  const services = new Map<string, PinService>();
  const serviceIds = new Set<string>();
  r.list(['services'], data['services'], true).forEach((item, i) => {
    const path = ['services', i];
    const value = r.mapping(path, item, ['id', 'ja', 'label'], ['id', 'label']);
    const id = value && r.id([...path, 'id'], value['id'], serviceIds);
    if (!value || !id) return;
    const label = r.requiredText([...path, 'label'], value['label'], `pins.service.${id}.label`);
    const ja = r.ja([...path, 'ja'], value['ja']);
    if (label) services.set(id, { id, ...(ja ? { ja } : {}), label });
  });
  const resets = new Map<string, PinReset>();
  const resetIds = new Set<string>();
  r.list(['resets'], data['resets'], true).forEach((item, i) => {
    const path = ['resets', i];
    const value = r.mapping(path, item, ['id', 'ja', 'label', 'detail', 'source'], ['id', 'label', 'detail']);
    const id = value && r.id([...path, 'id'], value['id'], resetIds);
    if (!value || !id) return;
    const label = r.requiredText([...path, 'label'], value['label'], `pins.reset.${id}.label`);
    const detail = r.requiredText([...path, 'detail'], value['detail'], `pins.reset.${id}.detail`);
    const ja = r.ja([...path, 'ja'], value['ja']);
    const sources = r.sources([...path, 'source'], value['source'], true);
    if (label && detail) resets.set(id, { id, ...(ja ? { ja } : {}), label, detail, sources });
  });
  const pins: Pin[] = [];
  const pinIds = new Set<string>();
  r.list(['pins'], data['pins'], true).forEach((item, i) => {
    const pin = readPin(r, ['pins', i], item, pinIds, services, resets);
    if (pin) pins.push(pin);
  });
  const missing = PIN_IDS.filter((id) => !pinIds.has(id));
  if (missing.length > 0) r.fail([], `PINs ${missing.join(', ')} are missing`);
  const facts = readFacts(r, ['facts'], data['facts'], 'pins.fact', new Set());
  return pins.length === PIN_IDS.length ? { pins, facts } : undefined;
}

function readPin(
  r: Reader,
  path: Path,
  raw: unknown,
  seen: Set<string>,
  services: Map<string, PinService>,
  resets: Map<string, PinReset>,
): Pin | undefined {
  const keys = ['id', 'ja', 'label', 'purpose', 'format', 'locksAfter', 'services', 'resets', 'resetNote', 'source'];
  const value = r.mapping(path, raw, keys, [
    'id',
    'ja',
    'label',
    'purpose',
    'format',
    'locksAfter',
    'services',
    'resets',
  ]);
  if (!value) return undefined;
  const id = r.id([...path, 'id'], value['id'], seen);
  if (!id) return undefined;
  if (!(PIN_IDS as readonly string[]).includes(id)) {
    r.fail([...path, 'id'], `unknown PIN "${id}"; the PINs are ${PIN_IDS.join(', ')}`);
    return undefined;
  }
  const prefix = `pins.pin.${id}`;
  const ja = r.ja([...path, 'ja'], value['ja']);
  const label = r.requiredText([...path, 'label'], value['label'], `${prefix}.label`);
  const purpose = r.requiredText([...path, 'purpose'], value['purpose'], `${prefix}.purpose`);
  const format = r.requiredText([...path, 'format'], value['format'], `${prefix}.format`);
  const resetNote = r.text([...path, 'resetNote'], value['resetNote'], `${prefix}.resetNote`);
  const locksAfter = r.integer([...path, 'locksAfter'], value['locksAfter'], 1, 20);
  const pinServices = r.references([...path, 'services'], value['services'], services, 'service');
  const pinResets = r.references([...path, 'resets'], value['resets'], resets, 'reset way');
  const sources = r.sources([...path, 'source'], value['source'], true);
  if (!ja || !label || !purpose || !format || locksAfter === undefined) return undefined;
  return {
    id: id as PinId,
    ja,
    label,
    purpose,
    format,
    locksAfter,
    services: pinServices,
    resets: pinResets,
    ...(resetNote ? { resetNote } : {}),
    sources,
  };
}

/** Reads lifecycle.yaml: the three things that expire, the facts, and the reminder messages. */
export function readLifecycle(r: Reader, data: Record<string, unknown>): LifecycleChecklist | undefined {
  r.mapping([], data, ['kind', 'targets', 'facts', 'reminders'], ['targets', 'facts', 'reminders']);
  const targets = new Map<string, LifecycleTarget>();
  const targetIds = new Set<string>();
  r.list(['targets'], data['targets'], true).forEach((item, i) => {
    const path = ['targets', i];
    const value = r.mapping(path, item, ['id', 'ja', 'label'], ['id', 'ja', 'label']);
    const id = value && r.id([...path, 'id'], value['id'], targetIds);
    if (!value || !id) return;
    if (!(LIFECYCLE_TARGET_IDS as readonly string[]).includes(id)) {
      r.fail([...path, 'id'], `unknown target "${id}"; use ${LIFECYCLE_TARGET_IDS.join(', ')}`);
      return;
    }
    const ja = r.ja([...path, 'ja'], value['ja']);
    const label = r.requiredText([...path, 'label'], value['label'], `lifecycle.target.${id}.label`);
    if (ja && label) targets.set(id, { id: id as LifecycleTargetId, ja, label });
  });
  const facts = readFacts(r, ['facts'], data['facts'], 'lifecycle.fact', new Set());
  const reminders = new Map<string, Fact>();
  readFacts(r, ['reminders'], data['reminders'], 'lifecycle.reminder', new Set()).forEach((fact, i) => {
    if (!(REMINDER_MESSAGE_IDS as readonly string[]).includes(fact.id)) {
      r.fail(['reminders', i, 'id'], `unknown reminder "${fact.id}"; use ${REMINDER_MESSAGE_IDS.join(', ')}`);
      return;
    }
    for (const [field, text] of [
      ['label', fact.label],
      ['text', fact.text],
    ] as const) {
      for (const [, name] of text.en.matchAll(/\{\{\s*(\w+)\s*\}\}/g)) {
        if (!(REMINDER_PLACEHOLDERS as readonly string[]).includes(name!)) {
          r.fail(['reminders', i, field], `unknown placeholder {{${name}}}; use ${REMINDER_PLACEHOLDERS.join(', ')}`);
        }
      }
    }
    reminders.set(fact.id, fact);
  });
  const missingTargets = LIFECYCLE_TARGET_IDS.filter((id) => !targets.has(id));
  if (missingTargets.length > 0) r.fail([], `targets ${missingTargets.join(', ')} are missing`);
  const missingReminders = REMINDER_MESSAGE_IDS.filter((id) => !reminders.has(id));
  if (missingReminders.length > 0) r.fail([], `reminders ${missingReminders.join(', ')} are missing`);
  if (missingTargets.length > 0 || missingReminders.length > 0) return undefined;
  return {
    targets: Object.fromEntries(targets) as Record<LifecycleTargetId, LifecycleTarget>,
    facts,
    reminders: Object.fromEntries(reminders) as Record<ReminderMessageId, Fact>,
  };
}
