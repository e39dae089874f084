/**
 * The Checklist tab: "you are here" first (the current step and what to do next), the question that decides it right
 * under it, the timeline once there are dates, and the full reference folded below. Short on purpose: the popup
 * opens on what matters now, not on the whole guide.
 */
import checklists from 'virtual:tebiki-checklists';
import { journey } from '@/src/checklist/journey';
import { timelineOf } from '@/src/checklist/timeline';
import type { SectionProps } from './Checklist';
import { Here } from './Here';
import { Reference } from './Reference';
import { Situation } from './Situation';
import { Timeline } from './Timeline';

export function Guide(props: SectionProps) {
  const { t, state, update, today, language } = props;
  const where = journey(state, checklists, today);
  const timeline = timelineOf(state, today);
  return (
    <div class="guide" data-testid="guide">
      <Here t={t} journey={where} language={language} />
      <Situation t={t} journey={where} state={state} update={update} language={language} />
      {timeline && <Timeline t={t} data={timeline} language={language} idPrefix="guide-tl" />}
      <Reference {...props} step={where.step} />
    </div>
  );
}

/** Only "you are here" (the current step and what to do next): the popup's "This page" on a page Tebiki is not on. */
export function HereOnly({ t, state, today, language }: SectionProps) {
  return <Here t={t} journey={journey(state, checklists, today)} language={language} />;
}
