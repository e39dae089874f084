/**
 * Small pieces every checklist view uses: translated content texts, Japanese names, sources, facts and dates.
 *
 * Sources are links the user may follow; nothing here fetches them. A link opens the official page in a new tab only
 * when the user clicks it, with no referrer.
 */
import type { i18n } from 'i18next';
import type { ComponentChildren } from 'preact';
import type { Fact, Source, Text } from '@/src/checklist/types';
import type { IsoDate } from '@/src/checklist/iso-date';
import { formatDate } from '@/src/checklist/reminder-texts';

export { formatDate, localToday } from '@/src/checklist/reminder-texts';

/** The i18next translate function the views receive. */
export type TFunction = i18n['t'];

/**
 * A content string in the UI language; the YAML's English when a translation is missing.
 * @example tx(t, pin.label) // → 'Signature certificate password' (en) / '署名用電子証明書の暗証番号' (ja)
 */
export function tx(t: TFunction, text: Text, values: Record<string, string | number> = {}): string {
  return t(text.id, { ...values, defaultValue: text.en });
}

/** A Japanese name shown beside the translation (read by screen readers in Japanese). */
export function Ja({ text }: { text: string | undefined }) {
  if (!text) return null;
  return (
    <span class="ja" lang="ja">
      {text}
    </span>
  );
}

/**
 * A name in the UI language with its Japanese name beside it, unless the translation already shows it (as the
 * Japanese UI does).
 */
export function Named({ t, text, ja }: { t: TFunction; text: Text; ja?: string | undefined }) {
  return <JaBeside name={tx(t, text)} ja={ja} />;
}

/** A translated name and its Japanese name, shown once. */
export function JaBeside({ name, ja }: { name: string; ja?: string | undefined }) {
  return (
    <>
      {name}
      {ja && !name.includes(ja) && (
        <>
          {' '}
          <Ja text={ja} />
        </>
      )}
    </>
  );
}

/** Groups sources by their shown name: "J-LIS (JPKI portal)" once, with each of its pages. */
function groupSources(sources: Source[]): Array<{ name: Source['name']; urls: string[] }> {
  const groups = new Map<string, { name: Source['name']; urls: string[] }>();
  for (const source of sources) {
    // Several sources share a name (three J-LIS pages): one name, numbered pages.
    const group = groups.get(source.name.en) ?? { name: source.name, urls: [] };
    if (source.url && !group.urls.includes(source.url)) group.urls.push(source.url);
    groups.set(source.name.en, group);
  }
  return [...groups.values()];
}

/**
 * "Source: J-LIS (JPKI portal), Tsu City", folded: a small disclosure that opens on the short link texts (plain text
 * where there is no page). Folded so that a list of facts reads as facts, with where they come from one click away.
 */
export function Sources({ t, sources }: { t: TFunction; sources: Source[] }) {
  if (sources.length === 0) return null;
  const groups = groupSources(sources);
  return (
    <details class="sources">
      <summary>{t(groups.length === 1 ? 'checklist.source' : 'checklist.sources').replace(/[:：]\s*$/, '')}</summary>
      {groups.map((group, i) => {
        const name = tx(t, group.name);
        const [first, ...more] = group.urls;
        return (
          <span key={group.name.id}>
            {i > 0 && ', '}
            {first ? <ExternalLink href={first}>{name}</ExternalLink> : name}
            {more.map((url, n) => (
              <span key={url}>
                {' '}
                <ExternalLink href={url} label={t('checklist.sourcePage', { name, n: n + 2 })}>
                  [{n + 2}]
                </ExternalLink>
              </span>
            ))}
          </span>
        );
      })}
    </details>
  );
}

/** A link to an official page: opened in a new tab on click only, without referrer or opener. */
export function ExternalLink({ href, label, children }: { href: string; label?: string; children: ComponentChildren }) {
  return (
    <a href={href} target="_blank" rel="noopener noreferrer" aria-label={label}>
      {children}
    </a>
  );
}

/** "Not confirmed" beside a fact that FACTS.md marks UNVERIFIED. */
export function Unverified({ t }: { t: TFunction }) {
  return <span class="badge">{t('checklist.unverified')}</span>;
}

/** A list of facts: label with its Japanese name, text, hedge and sources. */
export function FactList({ t, facts, testid }: { t: TFunction; facts: Fact[]; testid?: string }) {
  return (
    <dl class="fact-list" data-testid={testid}>
      {facts.map((fact) => (
        <div key={fact.id} class="fact" data-fact={fact.id}>
          <dt>
            <Named t={t} text={fact.label} ja={fact.ja} /> {fact.unverified && <Unverified t={t} />}
          </dt>
          <dd>
            {tx(t, fact.text)}
            <Sources t={t} sources={fact.sources} />
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** A date in a `<time>` element. */
export function DateText({ date, language }: { date: IsoDate; language: string }) {
  return <time dateTime={date}>{formatDate(date, language)}</time>;
}
