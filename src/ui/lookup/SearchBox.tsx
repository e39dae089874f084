/**
 * Search the glossary: a combobox (WAI-ARIA 1.2 pattern) whose list shows matching terms with reading and meaning.
 * Keyboard only: type, ↑/↓ choose, Enter shows the details of the chosen term, Esc closes them or clears the box.
 * The query lives only in this component's state: nothing is stored, and the page's address never changes.
 */
import { useMemo, useState } from 'preact/hooks';
import type { LookupEngine, LookupHit } from '@/src/lookup/engine';
import type { TFunction } from '@/src/ui/shared/content';
import { InLanguage, LookupSection } from './parts';

interface SearchBoxProps {
  t: TFunction;
  engine: LookupEngine;
  /** The popup shows fewer results than the options page. */
  limit: number;
}

export function SearchBox({ t, engine, limit }: SearchBoxProps) {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(-1);
  const [details, setDetails] = useState<LookupHit | null>(null);
  const hits = useMemo(() => engine.search(query, limit), [engine, query, limit]);
  const listed = query.trim() !== '' && hits.length > 0;

  const choose = (index: number) => {
    setActive(index);
    setDetails(hits[index] ?? null);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (hits.length === 0) return;
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((current) =>
        current < 0 && step < 0 ? hits.length - 1 : (current + step + hits.length) % hits.length,
      );
    } else if (event.key === 'Enter') {
      if (hits.length === 0) return;
      event.preventDefault();
      choose(active < 0 ? 0 : active);
    } else if (event.key === 'Escape') {
      // Handled here, so that Esc in the box does not also close the popup.
      if (!details && !query) return;
      event.preventDefault();
      event.stopPropagation();
      if (details) setDetails(null);
      else {
        setQuery('');
        setActive(-1);
      }
    }
  };

  const status = !query.trim()
    ? ''
    : hits.length === 0
      ? t('lookup.search.none')
      : t('lookup.search.found', { count: hits.length });

  return (
    <LookupSection
      t={t}
      name="search"
      fieldId="lookup-query"
      field={
        <input
          id="lookup-query"
          data-testid="lookup-query"
          type="search"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={listed}
          aria-controls="lookup-results"
          aria-activedescendant={listed && active >= 0 ? `lookup-result-${active}` : undefined}
          aria-describedby="lookup-search-help"
          autocomplete="off"
          autoCapitalize="off"
          spellcheck={false}
          placeholder={t('lookup.search.placeholder')}
          value={query}
          onInput={(e) => {
            setQuery(e.currentTarget.value);
            setActive(-1);
            setDetails(null);
          }}
          onKeyDown={onKeyDown}
        />
      }
    >
      <p role="status" class="muted lookup-status" data-testid="lookup-search-status">
        {status}
      </p>
      <ul
        id="lookup-results"
        role="listbox"
        aria-label={t('lookup.search.results')}
        class="lookup-results"
        data-testid="lookup-results"
        hidden={!listed}
      >
        {listed &&
          hits.map((hit, i) => (
            <li
              key={hit.entry}
              id={`lookup-result-${i}`}
              role="option"
              aria-selected={i === active}
              class={i === active ? 'active' : undefined}
              data-term={hit.view.term}
              onClick={() => choose(i)}
            >
              <span class="term" lang="ja">
                {hit.view.term}
              </span>
              {hit.view.reading && (
                <span class="reading" lang="ja">
                  {hit.view.reading}
                </span>
              )}
              <span class="meaning">
                <InLanguage t={t} text={hit.view.meaning} />
              </span>
            </li>
          ))}
      </ul>
      {details && <EntryDetails t={t} hit={details} />}
    </LookupSection>
  );
}

/** The chosen term in full: reading, meaning, hint and source. Read out when it opens (a polite live region). */
function EntryDetails({ t, hit }: { t: TFunction; hit: LookupHit }) {
  const { view } = hit;
  return (
    <div
      class="lookup-details"
      role="region"
      aria-live="polite"
      aria-labelledby="lookup-details-term"
      data-testid="lookup-details"
    >
      <h3 id="lookup-details-term">
        <span lang="ja">{view.term}</span>
        {view.reading && (
          <>
            {' '}
            <span class="reading" lang="ja">
              {view.reading}
            </span>
          </>
        )}
      </h3>
      <dl class="facts">
        <dt>{t('lookup.entry.meaning')}</dt>
        <dd data-testid="lookup-details-meaning">
          <InLanguage t={t} text={view.meaning} />
        </dd>
        {view.hint && (
          <>
            <dt>{t('lookup.entry.hint')}</dt>
            <dd>
              <InLanguage t={t} text={view.hint} />
            </dd>
          </>
        )}
        {view.source && (
          <>
            <dt>{t('lookup.entry.source')}</dt>
            <dd class="sources">{view.source}</dd>
          </>
        )}
      </dl>
    </div>
  );
}
