/**
 * The schemas of the content files other than eligibility and the guide: `kind: sources`, `documents`, `pins` and
 * `lifecycle` (dictionaries/checklists/SCHEMA.md). Each file's schema outputs its compiled section; references to
 * ids of the same file (a PIN's services) are checked against the ids its entries give themselves and resolved once
 * the whole file is valid.
 */

import * as v from 'valibot';
import { complete, fact, facts, uniqueIds, withTexts, type ChecklistContext } from './schema-entries.ts';
import {
  entry,
  FixedId,
  Flag,
  Id,
  idsIn,
  Ja,
  list,
  Refs,
  SourceRefs,
  TextField,
  TextWithPlaceholders,
  Url,
  WholeNumber,
} from './schema-fields.ts';
import {
  LIFECYCLE_TARGET_IDS,
  PIN_IDS,
  REMINDER_MESSAGE_IDS,
  REMINDER_PLACEHOLDERS,
  type ChecklistItem,
  type DocumentGroup,
  type DocumentsChecklist,
  type LifecycleChecklist,
  type LifecycleTarget,
  type Pin,
  type PinReset,
  type PinService,
  type PinsChecklist,
  type Source,
} from '../../src/checklist/types.ts';

/** An optional `ja`, as it is spread into an output. */
const jaOf = (ja: string | undefined) => (ja ? { ja } : {});

const SourceEntry = (strings: Map<string, string>) =>
  v.pipe(
    entry({ id: Id, name: TextField, url: v.optional(Url), official: Flag }),
    withTexts(strings, ({ id, name, url, official }, text): Source => ({
      id,
      name: text(`source.${id}.name`, name, 'name'),
      ...(url ? { url } : {}),
      official,
    })),
  );

/**
 * sources.yaml: the sources other files refer to by id.
 * @example - { id: jlis-pins, name: J-LIS, url: https://www2.jpki.go.jp/procedure/password.html, official: true }
 */
export const SourcesFile = (strings: Map<string, string>) =>
  v.pipe(
    entry({ kind: v.unknown(), sources: v.pipe(list(SourceEntry(strings)), uniqueIds()) }),
    v.transform(({ sources }): Record<string, Source> => Object.fromEntries(sources.map((s) => [s.id, s]))),
  );

const DocumentItem = (context: ChecklistContext) =>
  v.pipe(
    entry({
      id: Id,
      ja: v.optional(Ja),
      label: TextField,
      detail: v.optional(TextField),
      oneOf: v.optional(v.pipe(list(entry({ id: Id, ja: v.optional(Ja), label: TextField })), uniqueIds()), []),
      source: SourceRefs(context.sources),
      unverified: v.optional(Flag, false),
    }),
    withTexts(context.strings, ({ id, ja, label, detail, oneOf, source, unverified }, text): ChecklistItem => {
      const prefix = `documents.item.${id}`;
      return {
        id,
        ...jaOf(ja),
        label: text(`${prefix}.label`, label, 'label'),
        ...(detail === undefined ? {} : { detail: text(`${prefix}.detail`, detail, 'detail') }),
        oneOf: oneOf.map((choice, k) => ({
          id: choice.id,
          ...jaOf(choice.ja),
          label: text(`${prefix}.oneOf.${choice.id}.label`, choice.label, 'oneOf', k, 'label'),
        })),
        sources: source,
        unverified,
      };
    }),
  );

const DocumentGroupEntry = (context: ChecklistContext) =>
  v.pipe(
    entry({
      id: Id,
      title: TextField,
      intro: v.optional(TextField),
      tickable: Flag,
      items: list(DocumentItem(context)),
      notes: v.optional(list(fact(context, 'documents.note')), []),
    }),
    withTexts(context.strings, ({ id, title, intro, tickable, items, notes }, text): DocumentGroup => ({
      id,
      title: text(`documents.group.${id}.title`, title, 'title'),
      ...(intro === undefined ? {} : { intro: text(`documents.group.${id}.intro`, intro, 'intro') }),
      tickable,
      items,
      notes,
    })),
  );

/** documents.yaml: groups of items (tickable or not) with notes. Item and note ids are unique across groups. */
export const DocumentsFile = (context: ChecklistContext) =>
  v.pipe(
    entry({
      kind: v.unknown(),
      groups: v.pipe(
        list(DocumentGroupEntry(context)),
        uniqueIds(),
        uniqueIds({ within: 'items' }),
        uniqueIds({ within: 'notes' }),
      ),
    }),
    v.transform(({ groups }): DocumentsChecklist => ({ groups })),
  );

const PinServiceEntry = (strings: Map<string, string>) =>
  v.pipe(
    entry({ id: Id, ja: v.optional(Ja), label: TextField }),
    withTexts(strings, ({ id, ja, label }, text): PinService => ({
      id,
      ...jaOf(ja),
      label: text(`pins.service.${id}.label`, label, 'label'),
    })),
  );

const PinResetEntry = (context: ChecklistContext) =>
  v.pipe(
    entry({
      id: Id,
      ja: v.optional(Ja),
      label: TextField,
      detail: TextField,
      source: SourceRefs(context.sources),
    }),
    withTexts(context.strings, ({ id, ja, label, detail, source }, text): PinReset => ({
      id,
      ...jaOf(ja),
      label: text(`pins.reset.${id}.label`, label, 'label'),
      detail: text(`pins.reset.${id}.detail`, detail, 'detail'),
      sources: source,
    })),
  );

/** A PIN, whose services and reset ways are ids of the file's (resolved by the file). */
const PinEntry = (context: ChecklistContext, services: ReadonlySet<string>, resets: ReadonlySet<string>) =>
  v.pipe(
    entry({
      id: FixedId(PIN_IDS, (id) => `unknown PIN "${String(id)}"; the PINs are ${PIN_IDS.join(', ')}`),
      ja: Ja,
      label: TextField,
      purpose: TextField,
      format: TextField,
      locksAfter: WholeNumber(1, 20),
      services: Refs(services, 'service'),
      resets: Refs(resets, 'reset way'),
      resetNote: v.optional(TextField),
      source: SourceRefs(context.sources),
    }),
    withTexts(context.strings, (pin, text) => {
      const prefix = `pins.pin.${pin.id}`;
      return {
        id: pin.id,
        ja: pin.ja,
        label: text(`${prefix}.label`, pin.label, 'label'),
        purpose: text(`${prefix}.purpose`, pin.purpose, 'purpose'),
        format: text(`${prefix}.format`, pin.format, 'format'),
        locksAfter: pin.locksAfter,
        services: pin.services,
        resets: pin.resets,
        ...(pin.resetNote === undefined ? {} : { resetNote: text(`${prefix}.resetNote`, pin.resetNote, 'resetNote') }),
        sources: pin.source,
      };
    }),
  );

/** pins.yaml: the services and reset ways the PINs refer to, the four PINs, and general facts. */
export const PinsFile = (context: ChecklistContext, data: unknown) =>
  v.pipe(
    entry({
      kind: v.unknown(),
      services: v.pipe(list(PinServiceEntry(context.strings)), uniqueIds()),
      resets: v.pipe(list(PinResetEntry(context)), uniqueIds()),
      pins: v.pipe(list(PinEntry(context, idsIn(data, 'services'), idsIn(data, 'resets'))), uniqueIds()),
      facts: v.optional(facts(context, 'pins.fact'), []),
    }),
    complete('pins', PIN_IDS, 'PINs'),
    v.transform(({ services, resets, pins, facts }): PinsChecklist => {
      const service = new Map(services.map((s) => [s.id, s]));
      const reset = new Map(resets.map((r) => [r.id, r]));
      const resolved = pins.map((pin): Pin => ({
        ...pin,
        services: pin.services.map((id) => service.get(id)!),
        resets: pin.resets.map((id) => reset.get(id)!),
      }));
      return { pins: resolved, facts };
    }),
  );

const LifecycleTargetEntry = (strings: Map<string, string>) =>
  v.pipe(
    entry({
      id: FixedId(
        LIFECYCLE_TARGET_IDS,
        (id) => `unknown target "${String(id)}"; use ${LIFECYCLE_TARGET_IDS.join(', ')}`,
      ),
      ja: Ja,
      label: TextField,
    }),
    withTexts(strings, ({ id, ja, label }, text): LifecycleTarget => ({
      id,
      ja,
      label: text(`lifecycle.target.${id}.label`, label, 'label'),
    })),
  );

const REMINDER = {
  id: FixedId(REMINDER_MESSAGE_IDS, (id) => `unknown reminder "${String(id)}"; use ${REMINDER_MESSAGE_IDS.join(', ')}`),
  text: TextWithPlaceholders(REMINDER_PLACEHOLDERS),
};

/** lifecycle.yaml: the three things that expire, the facts, and the reminder messages. */
export const LifecycleFile = (context: ChecklistContext) =>
  v.pipe(
    entry({
      kind: v.unknown(),
      targets: v.pipe(list(LifecycleTargetEntry(context.strings)), uniqueIds()),
      facts: facts(context, 'lifecycle.fact'),
      reminders: facts(context, 'lifecycle.reminder', REMINDER),
    }),
    complete('targets', LIFECYCLE_TARGET_IDS),
    complete('reminders', REMINDER_MESSAGE_IDS),
    v.transform(
      ({ targets, facts, reminders }) =>
        ({
          targets: Object.fromEntries(targets.map((t) => [t.id, t])),
          facts,
          reminders: Object.fromEntries(reminders.map((r) => [r.id, r])),
        }) as LifecycleChecklist,
    ),
  );
