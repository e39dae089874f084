/**
 * Validates and compiles guide.yaml (`kind: guide`): phases, places, the guide's questions, the steps with their
 * conditions and next items, the folded reference and the guide's UI labels.
 *
 * Beyond shapes it checks what the engine relies on: conditions name situation keys and values that exist
 * (guide-types.ts SITUATION_VALUES), placeholders are known dates, each step names a phase and known places and
 * reference sections, and the last step holds always (so the user is always somewhere).
 */

import {
  CARD_STAGES,
  GUIDE_PLACEHOLDERS,
  GUIDE_QUESTION_IDS,
  SITUATION_VALUES,
  TOKUTEI_CHOICES,
  type GuideChecklist,
  type GuideItem,
  type GuideQuestion,
  type GuideQuestionId,
  type GuideStep,
  type Phase,
  type Place,
  type ReferenceSection,
  type SituationConditions,
  type SituationKey,
} from '../../src/checklist/guide-types.ts';
import { isRecord } from '../lib/yaml-source.ts';
import { describe, type Path, type Reader } from './schema-reader.ts';
import type { Fact, Text } from '../../src/checklist/types.ts';

const FILE_KEYS = ['kind', 'labels', 'phases', 'places', 'questions', 'steps', 'reference'];
const CHOICES: Record<GuideQuestionId, readonly string[]> = { card: CARD_STAGES, tokutei: TOKUTEI_CHOICES, tested: [] };

/** Reads guide.yaml; undefined when it is too broken to use (the reasons are in the reader's errors). */
export function readGuide(r: Reader, data: Record<string, unknown>): GuideChecklist | undefined {
  r.mapping([], data, FILE_KEYS, FILE_KEYS.slice(1));
  const labels: Record<string, Text> = {};
  const labelData = data['labels'];
  if (isRecord(labelData)) {
    for (const [id, value] of Object.entries(labelData)) {
      const text = r.text(['labels', id], value, `guide.label.${id}`);
      if (text) labels[id] = text;
    }
  } else r.fail(['labels'], `\`labels\` must be a mapping of id: text (got ${describe(labelData)})`);

  const phases: Phase[] = [];
  const phaseIds = new Set<string>();
  r.list(['phases'], data['phases'], true).forEach((item, i) => {
    const path = ['phases', i];
    const value = r.mapping(path, item, ['id', 'label'], ['id', 'label']);
    const id = value && r.id([...path, 'id'], value['id'], phaseIds);
    const label = id && r.requiredText([...path, 'label'], value['label'], `guide.phase.${id}.label`);
    if (id && label) phases.push({ id, label });
  });

  const places = new Map<string, Place>();
  const placeIds = new Set<string>();
  r.list(['places'], data['places'], true).forEach((item, i) => {
    const path = ['places', i];
    const value = r.mapping(path, item, ['id', 'ja', 'label', 'url'], ['id', 'label']);
    const id = value && r.id([...path, 'id'], value['id'], placeIds);
    if (!value || !id) return;
    const label = r.requiredText([...path, 'label'], value['label'], `guide.place.${id}.label`);
    const ja = r.ja([...path, 'ja'], value['ja']);
    const url = value['url'];
    const urlOk =
      url === undefined || (typeof url === 'string' && /^https:\/\/[a-z0-9.-]+\.[a-z]{2,}(\/\S*)?$/i.test(url));
    if (!urlOk) r.fail([...path, 'url'], `\`url\` must be an https:// address (got ${describe(url)})`);
    if (label) places.set(id, { id, ...(ja ? { ja } : {}), label, ...(urlOk && url ? { url: url } : {}) });
  });

  const questions = readQuestions(r, data['questions']);
  const reference = readReference(r, data['reference']);
  const sectionIds = new Set(reference.map((s) => s.id));
  const steps = readSteps(r, data['steps'], phaseIds, places, sectionIds);
  if (steps.length > 0 && Object.keys(steps.at(-1)!.when).length > 0) {
    r.fail(['steps', steps.length - 1], 'the last step must have no conditions: it is where everyone else is');
  }
  if (!questions || steps.length === 0 || phases.length === 0) return undefined;
  return { phases, places: Object.fromEntries(places), questions, steps, reference, labels };
}

function readQuestions(r: Reader, raw: unknown): Record<GuideQuestionId, GuideQuestion> | undefined {
  const found = new Map<GuideQuestionId, GuideQuestion>();
  const seen = new Set<string>();
  r.list(['questions'], raw, true).forEach((item, i) => {
    const path = ['questions', i];
    const value = r.mapping(path, item, ['id', 'ja', 'label', 'help', 'choices'], ['id', 'label']);
    const id = value && r.id([...path, 'id'], value['id'], seen);
    if (!value || !id) return;
    if (!(GUIDE_QUESTION_IDS as readonly string[]).includes(id)) {
      r.fail([...path, 'id'], `unknown question "${id}"; the guide's questions are ${GUIDE_QUESTION_IDS.join(', ')}`);
      return;
    }
    const qid = id as GuideQuestionId;
    const prefix = `guide.q.${qid}`;
    const label = r.requiredText([...path, 'label'], value['label'], `${prefix}.label`);
    const help = r.text([...path, 'help'], value['help'], `${prefix}.help`);
    const ja = r.ja([...path, 'ja'], value['ja']);
    const choices: GuideQuestion['choices'] = [];
    const choiceIds = new Set<string>();
    r.list([...path, 'choices'], value['choices']).forEach((choice, k) => {
      const at = [...path, 'choices', k];
      const c = r.mapping(at, choice, ['value', 'ja', 'label'], ['value', 'label']);
      const v = c && r.id([...at, 'value'], c['value'], choiceIds);
      if (!c || !v) return;
      if (!CHOICES[qid].includes(v)) r.fail([...at, 'value'], `question ${qid} has no choice "${v}"`);
      const cLabel = r.requiredText([...at, 'label'], c['label'], `${prefix}.choice.${v}.label`);
      const cJa = r.ja([...at, 'ja'], c['ja']);
      if (cLabel) choices.push({ value: v, ...(cJa ? { ja: cJa } : {}), label: cLabel });
    });
    const missing = CHOICES[qid].filter((v) => !choiceIds.has(v));
    if (missing.length > 0) r.fail([...path, 'choices'], `choices ${missing.join(', ')} are missing`);
    if (label) found.set(qid, { id: qid, ...(ja ? { ja } : {}), label, ...(help ? { help } : {}), choices });
  });
  const missing = GUIDE_QUESTION_IDS.filter((id) => !found.has(id));
  if (missing.length > 0) {
    r.fail([], `questions ${missing.join(', ')} are missing`);
    return undefined;
  }
  return Object.fromEntries(found) as Record<GuideQuestionId, GuideQuestion>;
}

function readReference(r: Reader, raw: unknown): ReferenceSection[] {
  const sections: ReferenceSection[] = [];
  const ids = new Set<string>();
  const factIds = new Set<string>();
  r.list(['reference'], raw, true).forEach((item, i) => {
    const path = ['reference', i];
    const value = r.mapping(path, item, ['id', 'title', 'facts'], ['id', 'title', 'facts']);
    const id = value && r.id([...path, 'id'], value['id'], ids);
    if (!value || !id) return;
    const title = r.requiredText([...path, 'title'], value['title'], `guide.ref.${id}.title`);
    const facts = r
      .list([...path, 'facts'], value['facts'], true)
      .map((fact, j) => r.fact([...path, 'facts', j], fact, 'guide.fact', factIds))
      .filter((f): f is Fact => f !== undefined);
    if (title) sections.push({ id, title, facts });
  });
  return sections;
}

function readSteps(
  r: Reader,
  raw: unknown,
  phases: Set<string>,
  places: Map<string, Place>,
  sections: Set<string>,
): GuideStep[] {
  const steps: GuideStep[] = [];
  const seen = new Set<string>();
  r.list(['steps'], raw, true).forEach((item, i) => {
    const path = ['steps', i];
    const keys = ['id', 'phase', 'when', 'title', 'summary', 'eligibility', 'items', 'reference'];
    const value = r.mapping(path, item, keys, ['id', 'phase', 'title', 'summary']);
    const id = value && r.id([...path, 'id'], value['id'], seen);
    if (!value || !id) return;
    const phase = value['phase'];
    if (typeof phase !== 'string' || !phases.has(phase)) {
      r.fail([...path, 'phase'], `unknown phase ${describe(phase)}; use ${[...phases].join(', ')}`);
    }
    const when = value['when'] === undefined ? {} : readConditions(r, [...path, 'when'], value['when']);
    const prefix = `guide.step.${id}`;
    const title = r.requiredText([...path, 'title'], value['title'], `${prefix}.title`);
    const summary = r.requiredText([...path, 'summary'], value['summary'], `${prefix}.summary`);
    checkPlaceholders(r, [...path, 'title'], title);
    checkPlaceholders(r, [...path, 'summary'], summary);
    const eligibility = r.boolean([...path, 'eligibility'], value['eligibility'], false);
    const itemIds = new Set<string>();
    const items = r
      .list([...path, 'items'], value['items'])
      .map((entry, j) => readItem(r, [...path, 'items', j], entry, itemIds, prefix, places))
      .filter((x): x is GuideItem => x !== undefined);
    const reference = r.list([...path, 'reference'], value['reference']).filter((ref, j): ref is string => {
      const ok = typeof ref === 'string' && sections.has(ref);
      if (!ok) r.fail([...path, 'reference', j], `unknown reference section ${describe(ref)}`);
      return ok;
    });
    if (!when || !title || !summary || typeof phase !== 'string') return;
    steps.push({ id, phase, when, title, summary, eligibility, items, reference });
  });
  return steps;
}

function readItem(
  r: Reader,
  path: Path,
  raw: unknown,
  seen: Set<string>,
  prefix: string,
  places: Map<string, Place>,
): GuideItem | undefined {
  const value = r.mapping(path, raw, ['id', 'text', 'place', 'when', 'source', 'unverified'], ['id', 'text']);
  const id = value && r.id([...path, 'id'], value['id'], seen);
  if (!value || !id) return undefined;
  const text = r.requiredText([...path, 'text'], value['text'], `${prefix}.item.${id}.text`);
  checkPlaceholders(r, [...path, 'text'], text);
  const placeId = value['place'];
  const place = typeof placeId === 'string' ? places.get(placeId) : undefined;
  if (placeId !== undefined && !place) r.fail([...path, 'place'], `unknown place ${describe(placeId)}`);
  const when = value['when'] === undefined ? undefined : readConditions(r, [...path, 'when'], value['when']);
  // An item is advice; one that states a fact names its source (like the eligibility next steps).
  const sources = r.sources([...path, 'source'], value['source'], false);
  const unverified = r.boolean([...path, 'unverified'], value['unverified'], false);
  if (!text) return undefined;
  return { id, text, ...(place ? { place } : {}), ...(when ? { when } : {}), sources, unverified };
}

/** `{ key: value }` or `{ key: [values] }` over the situation keys. */
function readConditions(r: Reader, path: Path, raw: unknown): SituationConditions | undefined {
  if (!isRecord(raw)) {
    r.fail(path, `conditions must be a mapping from situation keys to values (got ${describe(raw)})`);
    return undefined;
  }
  const conditions: Record<string, unknown[]> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (!Object.hasOwn(SITUATION_VALUES, key)) {
      r.fail([...path, key], `unknown situation key "${key}"; use ${Object.keys(SITUATION_VALUES).join(', ')}`);
      continue;
    }
    const allowed = SITUATION_VALUES[key as SituationKey] as readonly unknown[];
    const values = Array.isArray(value) ? value : [value];
    const bad = values.filter((v) => !allowed.includes(v));
    if (values.length === 0 || bad.length > 0) {
      r.fail([...path, key], `${key} may be ${allowed.join(', ')} (got ${bad.map(describe).join(', ') || 'nothing'})`);
      continue;
    }
    conditions[key] = values;
  }
  return conditions;
}

function checkPlaceholders(r: Reader, path: Path, text: Text | undefined): void {
  if (!text) return;
  for (const [, name] of text.en.matchAll(/\{\{\s*(\w+)\s*\}\}/g)) {
    if (!(GUIDE_PLACEHOLDERS as readonly string[]).includes(name!)) {
      r.fail(path, `unknown placeholder {{${name}}}; use ${GUIDE_PLACEHOLDERS.join(', ')}`);
    }
  }
}
