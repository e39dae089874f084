/**
 * The full reference, folded below "you are here": the sections the current step names first, then the rest, then
 * the document list and PIN plan (which the user ticks) and how the dates are worked out. Every fact with its
 * sources, folded.
 */
import checklists from 'virtual:tebiki-checklists';
import type { GuideStep } from '@/src/checklist/guide-types';
import { FactList, tx } from '@/src/ui/shared/content';
import type { SectionProps } from './Checklist';
import { Documents } from './Documents';
import { PinPlan } from './PinPlan';
import { guideLabel } from './Timeline';

export function Reference(props: SectionProps & { step: GuideStep }) {
  const { t, step } = props;
  const sections = checklists.guide.reference;
  const ordered = [
    ...step.reference.flatMap((id) => sections.filter((s) => s.id === id)),
    ...sections.filter((s) => !step.reference.includes(s.id)),
  ];
  const fold = (id: string, title: string, body: preact.ComponentChildren) => (
    <details class="ref" key={id} data-testid={`ref-${id}`}>
      <summary>{title}</summary>
      <div class="ref-body">{body}</div>
    </details>
  );
  return (
    <details class="reference" data-testid="reference">
      <summary>
        <h2>{guideLabel(t, 'reference')}</h2>
      </summary>
      {ordered
        .slice(0, step.reference.length)
        .map((s) => fold(s.id, tx(t, s.title), <FactList t={t} facts={s.facts} />))}
      {fold('documents', t('checklist.documents.title'), <Documents {...props} />)}
      {fold('pins', t('checklist.pins.title'), <PinPlan {...props} />)}
      {ordered.slice(step.reference.length).map((s) => fold(s.id, tx(t, s.title), <FactList t={t} facts={s.facts} />))}
      {fold(
        'dates',
        t('checklist.lifecycle.howTitle'),
        <FactList t={t} facts={checklists.lifecycle.facts} testid="lifecycle-facts" />,
      )}
    </details>
  );
}
