/**
 * A known document recognised in the pasted text: what it is and what to do next, in the user's language, each
 * statement with its sources folded under it, and a way to the checklist's step.
 */
import checklists from 'virtual:tebiki-checklists';
import type { Source } from '@/src/checklist/types';
import { localText, type DocumentItem, type Recognised } from '@/src/lookup/documents';
import { Sources, Unverified, type TFunction } from '@/src/ui/shared/content';
import { InLanguage } from './parts';

interface DocumentCardProps {
  t: TFunction;
  language: string;
  recognised: Recognised;
  /** Opens the checklist (the popup's tab, the options page's view); absent where there is none. */
  onOpenChecklist?: (() => void) | undefined;
}

export function DocumentCard({ t, language, recognised, onOpenChecklist }: DocumentCardProps) {
  const { document } = recognised;
  const headingId = `lookup-document-${document.id}`;
  // The guide's own title of the step, where the checklist has one in this build.
  const stepTitle = document.step ? t(`guide.step.${document.step}.title`, { defaultValue: '' }) : '';
  return (
    <article
      class="lookup-document"
      aria-labelledby={headingId}
      data-testid="lookup-document"
      data-document={document.id}
    >
      <p class="lookup-document-kicker">{t('lookup.document.heading')}</p>
      <h3 id={headingId}>
        <InLanguage t={t} text={localText(document.title, language)} />
      </h3>
      <Item t={t} language={language} item={document.what} />
      <h4>{t('lookup.document.next')}</h4>
      <ol class="lookup-next">
        {document.next.map((item, i) => (
          <li key={i}>
            <Item t={t} language={language} item={item} />
          </li>
        ))}
      </ol>
      {onOpenChecklist && (
        <p>
          {stepTitle && <>{t('lookup.document.step', { step: stepTitle })} </>}
          <button type="button" class="link" data-testid="lookup-open-checklist" onClick={onOpenChecklist}>
            {t('lookup.document.openChecklist')}
          </button>
        </p>
      )}
      <p class="muted lookup-found">{t('lookup.document.found', { phrases: recognised.found.join('、') })}</p>
    </article>
  );
}

/** One statement with its sources, folded (FACTS.md's sources, as the checklist names them). */
function Item({ t, language, item }: { t: TFunction; language: string; item: DocumentItem }) {
  const sources = item.sources.map((id) => checklists.sources[id]).filter((s): s is Source => s !== undefined);
  return (
    <>
      <p class="lookup-item">
        <InLanguage t={t} text={localText(item.text, language)} />
        {item.reported && (
          <>
            {' '}
            <Unverified t={t} />
          </>
        )}
      </p>
      {sources.length > 0 && (
        <details class="lookup-sources">
          <summary>{t('lookup.document.sources')}</summary>
          <Sources t={t} sources={sources} />
        </details>
      )}
    </>
  );
}
