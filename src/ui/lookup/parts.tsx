/** Small pieces of the lookup views: a text in its language (marked when English stands in) and readings as ruby. */
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
