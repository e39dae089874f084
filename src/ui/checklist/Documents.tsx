import checklists from 'virtual:tebiki-checklists';
import type { ChecklistState } from '@/src/checklist/state';
import type { ChecklistItem, DocumentGroup } from '@/src/checklist/types';
import { FactList, Named, Sources, tx, Unverified, type TFunction } from '@/src/ui/shared/content';
import type { SectionProps } from './Checklist';
import { NamedList } from './choices';

/**
 * The state with a document ticked or not.
 * @example withTick(state, 'photo', true).documents.includes('photo')
 */
export function withTick(state: ChecklistState, id: string, ticked: boolean): ChecklistState {
  const others = state.documents.filter((d) => d !== id);
  return { ...state, documents: ticked ? [...others, id] : others };
}

/**
 * What to prepare, the ways to apply and what to bring to the pickup, each with its Japanese name; the user ticks
 * what is ready (stored by item id).
 */
export function Documents({ t, state, update }: SectionProps) {
  return (
    <div data-testid="documents">
      {checklists.documents.groups.map((group) => (
        <Group key={group.id} t={t} group={group} state={state} update={update} />
      ))}
    </div>
  );
}

function Group({
  t,
  group,
  state,
  update,
}: {
  t: TFunction;
  group: DocumentGroup;
  state: ChecklistState;
  update: SectionProps['update'];
}) {
  const ready = group.items.filter((item) => state.documents.includes(item.id)).length;
  return (
    <div class="group" data-testid={`documents-${group.id}`}>
      <h3 id={`documents-${group.id}-heading`}>{tx(t, group.title)}</h3>
      {group.intro && <p class="intro">{tx(t, group.intro)}</p>}
      {group.tickable && (
        <p class="progress" data-testid={`documents-${group.id}-progress`}>
          {t('checklist.documents.progress', { ready, total: group.items.length })}
        </p>
      )}
      <ul class="items" aria-labelledby={`documents-${group.id}-heading`}>
        {group.items.map((item) => (
          <li key={item.id} class="item">
            <Item
              t={t}
              item={item}
              tickable={group.tickable}
              ticked={state.documents.includes(item.id)}
              onTick={(ticked) => update((s) => withTick(s, item.id, ticked))}
            />
          </li>
        ))}
      </ul>
      {group.notes.length > 0 && <FactList t={t} facts={group.notes} />}
    </div>
  );
}

function Item({
  t,
  item,
  tickable,
  ticked,
  onTick,
}: {
  t: TFunction;
  item: ChecklistItem;
  tickable: boolean;
  ticked: boolean;
  onTick: (ticked: boolean) => void;
}) {
  const id = `doc-${item.id}`;
  const name = (
    <>
      <Named t={t} text={item.label} ja={item.ja} /> {item.unverified && <Unverified t={t} />}
    </>
  );
  return (
    <>
      {tickable ? (
        <div class="tick">
          <input
            type="checkbox"
            id={id}
            data-testid={id}
            checked={ticked}
            aria-describedby={item.detail ? `${id}-detail` : undefined}
            onChange={(e) => onTick(e.currentTarget.checked)}
          />
          <label for={id}>{name}</label>
        </div>
      ) : (
        <strong>{name}</strong>
      )}
      {item.detail && (
        <p id={`${id}-detail`} class="detail">
          {tx(t, item.detail)}
        </p>
      )}
      {item.oneOf.length > 0 && (
        <>
          <p class="detail">{t('checklist.documents.oneOf')}</p>
          <NamedList t={t} items={item.oneOf} class="one-of" />
        </>
      )}
      <Sources t={t} sources={item.sources} />
    </>
  );
}
