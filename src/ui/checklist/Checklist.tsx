import type { ComponentChildren, JSX } from 'preact';
import type { IsoDate } from '@/src/checklist/iso-date';
import type { ChecklistState } from '@/src/checklist/state';
import { localToday, tx, type TFunction } from '@/src/ui/shared/content';
import { useChecklist, type UpdateChecklist } from '@/src/ui/shared/hooks';
import { Documents } from './Documents';
import { Eligibility } from './Eligibility';
import { Guide, HereOnly } from './Guide';
import { Lifecycle } from './Lifecycle';
import { PinPlan } from './PinPlan';
import { DeleteEverything, Reminders } from './Reminders';

/**
 * The parts of the checklist, in the order they show: the guide ("you are here", the questions, the timeline and the
 * folded reference, with the documents and PIN plan), then the reminders (opt-in first) and the dates they need.
 */
export const CHECKLIST_PARTS = ['guide', 'reminders', 'lifecycle', 'delete'] as const;
/** Also the guide's pieces on their own (the eligibility result, documents, PIN plan), for tests and other pages. */
export type ChecklistPart = (typeof CHECKLIST_PARTS)[number] | 'eligibility' | 'documents' | 'pins' | 'here';

const VIEWS: Record<Exclude<ChecklistPart, 'delete'>, (props: SectionProps) => JSX.Element> = {
  guide: Guide,
  here: HereOnly,
  eligibility: Eligibility,
  documents: Documents,
  pins: PinPlan,
  lifecycle: Lifecycle,
  reminders: Reminders,
};

interface ChecklistViewProps {
  t: TFunction;
  language: string;
  parts: readonly ChecklistPart[];
  /** Fold the sections (the popup); the first one starts open. */
  collapsible?: boolean;
  /** For tests: the user's local date. */
  today?: IsoDate;
}

/**
 * Some parts of the checklist, on the one stored state: the popup shows a few per tab, the options page all of
 * them. Any change is stored at once and shows in every other open view.
 */
export function ChecklistView({ t, language, parts, collapsible = false, today }: ChecklistViewProps) {
  const { state, notice, update } = useChecklist();
  if (!state) return <p class="muted">{t('checklist.loading')}</p>;
  const props: SectionProps = { t, state, update, today: today ?? localToday(), language };
  return (
    <div class="checklist">
      {notice && (
        <p role="status" class="notice" data-testid="state-notice">
          {tx(t, notice)}
        </p>
      )}
      {parts.map((part, i) => {
        if (part === 'delete') {
          return (
            <Section key={part} id={part} title={t('checklist.delete.title')}>
              <DeleteEverything t={t} />
            </Section>
          );
        }
        const View = VIEWS[part];
        // The guide has its own heading ("You are here"): no section frame around it.
        if (part === 'guide' || part === 'here') return <View key={part} {...props} />;
        return (
          <Section key={part} id={part} title={t(`checklist.${part}.title`)} collapsible={collapsible} open={i === 0}>
            <View {...props} />
          </Section>
        );
      })}
    </div>
  );
}

/** What every checklist view receives. */
export interface SectionProps {
  t: TFunction;
  state: ChecklistState;
  update: UpdateChecklist;
  /** The user's local date: eligibility and reminders compare with it. */
  today: IsoDate;
  /** The UI language, for dates. */
  language: string;
}

interface SectionFrameProps {
  id: string;
  title: string;
  /** In the popup, sections fold (a `<details>`); on the options page they are all open. */
  collapsible?: boolean;
  open?: boolean;
  children: ComponentChildren;
}

/** A titled part of the checklist. */
export function Section({ id, title, collapsible = false, open = false, children }: SectionFrameProps) {
  const heading = <h2 id={`${id}-heading`}>{title}</h2>;
  if (collapsible) {
    return (
      <details class="section" open={open} data-testid={`section-${id}`}>
        <summary>{heading}</summary>
        <div class="section-body">{children}</div>
      </details>
    );
  }
  return (
    <section class="section" aria-labelledby={`${id}-heading`} data-testid={`section-${id}`}>
      {heading}
      <div class="section-body">{children}</div>
    </section>
  );
}
