/**
 * The Look up tab of the popup and the options page: search the glossary, and explain a pasted text. The engine
 * (the index, ~1.3 MB) is loaded only when this view first shows, and built once per page load.
 */
import { useEffect, useState } from 'preact/hooks';
import type { LookupEngine } from '@/src/lookup/engine';
import type { TFunction } from '@/src/ui/shared/content';
import { ExplainBox } from './ExplainBox';
import { SearchBox } from './SearchBox';
import './lookup.css';

/** Loads the engine for a UI language (injectable for tests). */
export type EngineLoader = (language: string) => Promise<LookupEngine>;

const loadEngine: EngineLoader = (language) =>
  import('@/src/lookup/load-engine').then((module) => module.loadLookupEngine(language));

interface LookupViewProps {
  t: TFunction;
  /** The UI language (the glosses follow it where a language pack exists). */
  language: string;
  /** The popup: fewer results, smaller boxes, word lists folded. */
  compact?: boolean;
  /** Opens the checklist, where a known document's step is. */
  onOpenChecklist?: () => void;
  /** Opens the lookup in a larger window (the popup's link to the options page). */
  onOpenLarger?: () => void;
  load?: EngineLoader;
}

export function LookupView({
  t,
  language,
  compact = false,
  onOpenChecklist,
  onOpenLarger,
  load = loadEngine,
}: LookupViewProps) {
  const [engine, setEngine] = useState<LookupEngine | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let cancelled = false;
    setFailed(false);
    load(language).then(
      (loaded) => !cancelled && setEngine(loaded),
      (error: unknown) => {
        console.error('Tebiki: the glossary could not be loaded', error);
        if (!cancelled) setFailed(true);
      },
    );
    return () => {
      cancelled = true;
    };
  }, [language, load]);

  if (failed) {
    return (
      <p class="error" role="alert">
        {t('lookup.loadFailed')}
      </p>
    );
  }
  if (!engine) {
    return (
      <p role="status" class="muted">
        {t('lookup.loading')}
      </p>
    );
  }
  return (
    <div class={compact ? 'lookup compact' : 'lookup'} data-testid="lookup">
      <SearchBox t={t} engine={engine} limit={compact ? 20 : 50} />
      <ExplainBox t={t} language={language} engine={engine} compact={compact} onOpenChecklist={onOpenChecklist} />
      {onOpenLarger && (
        <p>
          <button type="button" class="link" data-testid="lookup-open-larger" onClick={onOpenLarger}>
            {t('lookup.openLarger')}
          </button>
        </p>
      )}
    </div>
  );
}
