/**
 * Small pieces of the lookup views: a text in its language (marked when English stands in), readings as ruby, and the
 * frame of a lookup box.
 */
import type { ComponentChildren } from 'preact';
import type { LangText } from '@/src/lookup/entry-view';
import type { GlossLike } from '@/src/lookup/meaning';
import { rubyOf } from '@/src/lookup/ruby';
import type { TFunction } from '@/src/ui/shared/content';

/** A text with its language, and a visible "English" mark when the user's language lacked it. */
export function InLanguage({ t, text }: { t: TFunction; text: LangText }) {
  return (
    <>
      <span lang={text.lang}>{text.text}</span>
      {text.fallback && (
        <>
          {' '}
          <span class="badge lang-fallback" title={t('lookup.englishTitle')}>
            {t('lookup.english')}
          </span>
        </>
      )}
    </>
  );
}

/** A glossed Japanese text with readings above its kanji (ruby), as the tooltips show furigana. */
export function Ruby({ result }: { result: GlossLike }) {
  return (
    <span lang="ja">
      {rubyOf(result.segments).map((part, i) =>
        part.reading ? (
          <ruby key={i}>
            {part.text}
            <rp>(</rp>
            <rt>{part.reading}</rt>
            <rp>)</rp>
          </ruby>
        ) : (
          part.text
        ),
      )}
    </span>
  );
}

/**
 * A lookup box's frame: its title, the label of its text field, the field, the field's help, then the results.
 * `name` picks the ids and the message codes (`lookup.<name>.title`, `.label`, `.help`).
 */
export function LookupSection({
  t,
  name,
  fieldId,
  field,
  children,
}: {
  t: TFunction;
  name: 'explain' | 'search';
  fieldId: string;
  field: ComponentChildren;
  children: ComponentChildren;
}) {
  return (
    <section class={`lookup-${name}`} aria-labelledby={`lookup-${name}-title`}>
      <h2 id={`lookup-${name}-title`}>{t(`lookup.${name}.title`)}</h2>
      <label for={fieldId} class="field-label">
        {t(`lookup.${name}.label`)}
      </label>
      {field}
      <p id={`lookup-${name}-help`} class="help">
        {t(`lookup.${name}.help`)}
      </p>
      {children}
    </section>
  );
}
