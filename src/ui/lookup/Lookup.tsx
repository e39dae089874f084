/**
 * The Look up tab of the popup and the options page: search the glossary, and explain a pasted text. Only this
 * shell is in the pages' bundle: the views and the engine (the index, ~1.3 MB) load when the tab first shows, and
 * the engine is built once per page load.
 */
import { useEffect, useState } from 'preact/hooks';
import type { LookupEngine } from '@/src/lookup/engine';
import type { TFunction } from '@/src/ui/shared/content';
import type { LookupPanel as Panel } from './LookupPanel';

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
  const [loaded, setLoaded] = useState<{ engine: LookupEngine; LookupPanel: typeof Panel } | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let cancelled = false;
    setFailed(false);
    Promise.all([load(language), import('./LookupPanel')]).then(
      ([engine, { LookupPanel }]) => !cancelled && setLoaded({ engine, LookupPanel }),
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
  if (!loaded) {
    return (
      <p role="status" class="muted">
        {t('lookup.loading')}
      </p>
    );
  }
  const { LookupPanel } = loaded;
  return (
    <LookupPanel
      t={t}
      language={language}
      engine={loaded.engine}
      compact={compact}
      onOpenChecklist={onOpenChecklist}
      onOpenLarger={onOpenLarger}
    />
  );
}
