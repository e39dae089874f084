/**
 * Explain this text: Japanese pasted into a box (a letter, an e-mail, text from a PDF) is glossed sentence by
 * sentence with the tooltips' engine, then refined when the shared tokenizer answers, and a known document is
 * recognised from its key phrases.
 *
 * Private: the text lives only in this component's state. No storage, no address, no history. autocomplete="off"
 * also keeps it out of the browsers' session-restore files, which otherwise save a textarea's text to disk (Firefox:
 * SessionStoreUtils::CollectFromTextAreaElement skips it; Chrome since M113: a control with autocomplete=off is not
 * saved, crbug.com/1419161); spellcheck off keeps it from Chrome's enhanced spell check, which sends text to a server.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { LookupEngine } from '@/src/lookup/engine';
import type { ExplainedSentence, Explanation } from '@/src/lookup/explain';
import type { Recognised } from '@/src/lookup/documents';
import { MAX_TEXT } from '@/src/lookup/explain';
import type { TFunction } from '@/src/ui/shared/content';
import { DocumentCard } from './DocumentCard';
import { InLanguage, LookupSection, Ruby } from './parts';

/** How long typing may pause before the text is explained on its own. */
export const EXPLAIN_DELAY_MS = 300;

interface ExplainBoxProps {
  t: TFunction;
  language: string;
  engine: LookupEngine;
  compact: boolean;
  onOpenChecklist?: (() => void) | undefined;
}

interface Shown {
  explanation: Explanation;
  documents: Recognised[];
  refining: boolean;
}

export function ExplainBox({ t, language, engine, compact, onOpenChecklist }: ExplainBoxProps) {
  const [text, setText] = useState('');
  const [shown, setShown] = useState<Shown | null>(null);
  const request = useRef(0);
  const results = useRef<HTMLHeadingElement>(null);
  const box = useRef<HTMLTextAreaElement>(null);
  const focusResults = useRef(false);

  const explain = (value: string) => {
    const id = ++request.current;
    if (!value.trim()) {
      setShown(null);
      return;
    }
    const explanation = engine.explain(value);
    setShown({ explanation, documents: engine.recognise(value), refining: true });
    void engine.refine(explanation).then((refined) => {
      // A newer text (or a cleared box) wins over a late answer for an older one.
      if (id !== request.current) return;
      setShown((current) => current && { ...current, explanation: refined, refining: false });
    });
  };

  // Explain on its own shortly after typing or pasting stops.
  useEffect(() => {
    const timer = setTimeout(() => explain(text), EXPLAIN_DELAY_MS);
    return () => clearTimeout(timer);
  }, [text, engine]);

  // After the Explain button, take the user to what it explained (not while typing: that would steal focus).
  useEffect(() => {
    if (shown && focusResults.current) {
      focusResults.current = false;
      results.current?.focus();
    }
  }, [shown]);

  const explainNow = () => {
    focusResults.current = true;
    explain(text);
  };
  const clear = () => {
    request.current++;
    setText('');
    setShown(null);
    box.current?.focus();
  };

  const sentences = shown?.explanation.sentences ?? [];
  return (
    <LookupSection
      t={t}
      name="explain"
      fieldId="lookup-text"
      field={
        <textarea
          id="lookup-text"
          ref={box}
          data-testid="lookup-text"
          rows={compact ? 4 : 8}
          lang="ja"
          autocomplete="off"
          autoCapitalize="off"
          spellcheck={false}
          maxLength={MAX_TEXT * 2}
          aria-describedby="lookup-explain-help"
          value={text}
          onInput={(e) => setText(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
              e.preventDefault();
              explainNow();
            }
          }}
        />
      }
    >
      <div class="lookup-buttons">
        <button type="button" data-testid="lookup-explain" onClick={explainNow}>
          {t('lookup.explain.button')}
        </button>
        <button type="button" data-testid="lookup-clear" onClick={clear} disabled={!text}>
          {t('lookup.explain.clear')}
        </button>
      </div>
      <p role="status" class="muted lookup-status" data-testid="lookup-explain-status">
        {shown && status(t, shown)}
      </p>
      {shown && sentences.length > 0 && (
        <div
          class="lookup-explanation"
          data-testid="lookup-explanation"
          data-refined={String(shown.explanation.refined)}
        >
          <h3 tabIndex={-1} ref={results} id="lookup-explanation-title">
            {t('lookup.explain.results')}
          </h3>
          {shown.documents.map((recognised) => (
            <DocumentCard
              key={recognised.document.id}
              t={t}
              language={language}
              recognised={recognised}
              onOpenChecklist={onOpenChecklist}
            />
          ))}
          <ol class="lookup-sentences" aria-labelledby="lookup-explanation-title">
            {sentences.map((sentence, i) => (
              <SentenceItem key={i} t={t} sentence={sentence} compact={compact} />
            ))}
          </ol>
        </div>
      )}
    </LookupSection>
  );
}

/** What the live region says: how many sentences, whether readings are still coming, a cut text. */
function status(t: TFunction, shown: Shown): string {
  const parts = [t('lookup.explain.sentences', { count: shown.explanation.sentences.length })];
  if (shown.explanation.truncated) parts.push(t('lookup.explain.truncated', { count: MAX_TEXT }));
  if (shown.refining) parts.push(t('lookup.explain.refining'));
  return parts.join(' ');
}

/** One sentence: the Japanese with readings, its meaning, and its words. */
function SentenceItem({ t, sentence, compact }: { t: TFunction; sentence: ExplainedSentence; compact: boolean }) {
  return (
    <li class="lookup-sentence" data-testid="lookup-sentence">
      <p class="lookup-ja">
        <Ruby result={sentence.result} />
      </p>
      {sentence.meaning ? (
        <p class="lookup-meaning" data-testid="lookup-sentence-meaning">
          <InLanguage t={t} text={sentence.meaning} />
        </p>
      ) : (
        <p class="lookup-meaning muted">{t('lookup.explain.noWords')}</p>
      )}
      {sentence.words.length > 0 && (
        <details class="lookup-words" open={!compact}>
          <summary>{t('lookup.explain.words', { count: sentence.words.length })}</summary>
          <dl>
            {sentence.words.map((word, i) => (
              <div key={i} class="lookup-word">
                <dt>
                  <span lang="ja">{word.text}</span>
                  {word.base && word.base !== word.text && (
                    <span class="muted" lang="ja">
                      {' '}
                      ({word.base})
                    </span>
                  )}
                  {word.reading && (
                    <span class="reading" lang="ja">
                      {' '}
                      {word.reading}
                    </span>
                  )}
                </dt>
                <dd>
                  <InLanguage t={t} text={word.meaning} />
                  {word.hint && (
                    <span class="hint-text">
                      {' '}
                      <InLanguage t={t} text={word.hint} />
                    </span>
                  )}
                </dd>
              </div>
            ))}
          </dl>
        </details>
      )}
      {sentence.unknown.length > 0 && (
        <p class="muted lookup-unknown">
          {t('lookup.explain.unknown')} <span lang="ja">{sentence.unknown.join('、')}</span>
        </p>
      )}
    </li>
  );
}
