/** The Look up tab's content once its engine has loaded: the search, the explain box, and a way to more room. */
import type { LookupEngine } from '@/src/lookup/engine';
import type { TFunction } from '@/src/ui/shared/content';
import { ExplainBox } from './ExplainBox';
import { SearchBox } from './SearchBox';
import './lookup.css';

interface LookupPanelProps {
  t: TFunction;
  language: string;
  engine: LookupEngine;
  compact: boolean;
  onOpenChecklist?: (() => void) | undefined;
  onOpenLarger?: (() => void) | undefined;
}

export function LookupPanel({ t, language, engine, compact, onOpenChecklist, onOpenLarger }: LookupPanelProps) {
  return (
    <div
      class={compact ? 'lookup compact' : 'lookup'}
      data-testid="lookup"
      // For benchmarks: what parsing the index and building the search index took in this page.
      data-index-ms={engine.timings.indexMs.toFixed(1)}
      data-build-ms={engine.timings.buildMs.toFixed(1)}
    >
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
