import type { i18n, TFunction } from 'i18next';
import { useState } from 'preact/hooks';
import checklists from 'virtual:tebiki-checklists';
import type { ChecklistState } from '@/src/checklist/state';
import { formatDate, tx } from '@/src/ui/shared/content';
import { useChecklist } from '@/src/ui/shared/hooks';
import './print.css';

/** What the user may come to the office for, with what to bring and what to ask (print.* strings). */
export const PURPOSES = {
  apply: { groups: ['apply'], bring: [], questions: ['apply-here', 'apply-help'] },
  pickup: { groups: ['pickup'], bring: [], questions: ['pickup-pins', 'pickup-check'] },
  'validity-change': {
    groups: [],
    bring: ['card', 'new-residence-card', 'resident-pin'],
    questions: ['vc-certificates', 'vc-new-expiry'],
  },
  'pin-reset': { groups: [], bring: ['card'], questions: ['reset-which', 'reset-today'] },
  'certificate-renewal': { groups: [], bring: ['card', 'expiry-notice'], questions: ['certificate-when', 'fee'] },
  'card-renewal': { groups: [], bring: ['card', 'expiry-notice'], questions: ['card-when', 'card-photo', 'fee'] },
} as const satisfies Record<
  string,
  { groups: readonly string[]; bring: readonly string[]; questions: readonly string[] }
>;
export type PurposeId = keyof typeof PURPOSES;
const PURPOSE_IDS = Object.keys(PURPOSES) as PurposeId[];

/** A line of the sheet: the Japanese for the staff, and the user's language. */
interface Line {
  key: string;
  ja: string;
  mine: string;
}

/** The sheet's lines for the chosen purposes, from the stored ticks and dates. */
export function sheetLines(
  state: ChecklistState,
  purposes: PurposeId[],
  withDates: boolean,
  t: TFunction,
  ja: TFunction,
  language: string,
): Record<'want' | 'brought' | 'ask' | 'dates', Line[]> {
  const both = (key: string, values: Record<string, string> = {}): Line => ({
    key,
    ja: ja(key, values),
    mine: t(key, values),
  });
  const unique = (lines: Line[]) => [...new Map(lines.map((line) => [line.key, line])).values()];
  const chosen = purposes.map((id) => PURPOSES[id]);
  const groups = new Set<string>(chosen.flatMap((p) => p.groups));
  const ticked = checklists.documents.groups
    .filter((group) => groups.has(group.id))
    .flatMap((group) => group.items.filter((item) => state.documents.includes(item.id)))
    .map((item) => ({ key: item.label.id, ja: item.ja ?? tx(ja, item.label), mine: tx(t, item.label) }));
  const { stayEnd, cardExpiryOnCard, cardIssueDate } = state.dates;
  const date = (key: string, value: string | undefined): Line[] => {
    if (!value) return [];
    const on = (lang: string) => (value === 'permanent' ? '' : formatDate(value, lang));
    const permanent = value === 'permanent';
    return [
      {
        key,
        ja: `${ja(key)}: ${permanent ? ja('print.date.none') : on('ja')}`,
        mine: `${t(key)}: ${permanent ? t('print.date.none') : on(language)}`,
      },
    ];
  };
  return {
    want: purposes.map((id) => both(`print.purpose.${id}.request`)),
    brought: unique([...ticked, ...chosen.flatMap((p) => p.bring.map((id) => both(`print.bring.${id}`)))]),
    ask: unique(chosen.flatMap((p) => p.questions.map((id) => both(`print.question.${id}`)))),
    dates: withDates
      ? [
          ...date('print.date.stayEnd', stayEnd),
          ...date('print.date.issue', cardIssueDate),
          ...date('print.date.expiry', cardExpiryOnCard),
        ]
      : [],
  };
}

/**
 * "Print sheet for the city office": the user picks why they go; the sheet says it in Japanese for the staff beside
 * the user's language, with the documents they ticked and the questions to ask. Printing shows only the sheet
 * (print.css). It never contains a PIN.
 */
export function PrintSheet({ i18n }: { i18n: i18n }) {
  const { state } = useChecklist();
  const [purposes, setPurposes] = useState<PurposeId[]>(['apply']);
  const [withDates, setWithDates] = useState(false);
  if (!state) return null;
  const t = i18n.t.bind(i18n);
  const ja = i18n.getFixedT('ja');
  const language = i18n.language;
  const bilingual = language !== 'ja';
  const lines = sheetLines(state, purposes, withDates, t, ja, language);
  const toggle = (id: PurposeId, on: boolean) =>
    setPurposes((current) => PURPOSE_IDS.filter((p) => (p === id ? on : current.includes(p))));

  const rows = (section: keyof typeof lines, heading: string, empty: string) => (
    <>
      <tr class="heading">
        <th colSpan={bilingual ? 2 : 1} scope="colgroup">
          <span lang="ja">{ja(heading)}</span>
          {bilingual && <span lang={language}> / {t(heading)}</span>}
        </th>
      </tr>
      {(lines[section].length > 0 ? lines[section] : [{ key: empty, ja: ja(empty), mine: t(empty) }]).map((line) => (
        <tr key={line.key} data-line={line.key}>
          <td lang="ja">{line.ja}</td>
          {bilingual && <td lang={language}>{line.mine}</td>}
        </tr>
      ))}
    </>
  );

  return (
    <div data-testid="print-view">
      <div class="print-controls no-print">
        <p>{t('print.intro')}</p>
        <fieldset>
          <legend>{t('print.purposes')}</legend>
          {PURPOSE_IDS.map((id) => (
            <label class="toggle" key={id}>
              <input
                type="checkbox"
                data-testid={`purpose-${id}`}
                checked={purposes.includes(id)}
                onChange={(e) => toggle(id, e.currentTarget.checked)}
              />
              {t(`print.purpose.${id}.label`)}
            </label>
          ))}
        </fieldset>
        <label class="toggle">
          <input type="checkbox" checked={withDates} onChange={(e) => setWithDates(e.currentTarget.checked)} />
          {t('print.includeDates')}
        </label>
        <p class="help">{t('print.documentsFrom')}</p>
        <button type="button" data-testid="print-button" onClick={() => window.print()}>
          {t('print.print')}
        </button>
      </div>
      <article class="print-sheet" data-testid="print-sheet" aria-labelledby="print-sheet-title">
        <h2 id="print-sheet-title">
          <span lang="ja">{ja('print.sheet.title')}</span>
          {bilingual && <span lang={language}> / {t('print.sheet.title')}</span>}
        </h2>
        <p lang="ja" class="greeting">
          {ja('print.sheet.greeting')}
        </p>
        {bilingual && (
          <p lang={language} class="greeting">
            {t('print.sheet.greeting')}
          </p>
        )}
        <table class="sheet-table">
          <thead>
            <tr>
              <th scope="col" lang="ja">
                {ja('language.name')}
              </th>
              {bilingual && (
                <th scope="col" lang={language}>
                  {t('language.name')}
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {rows('want', 'print.sheet.want', 'print.sheet.nothing')}
            {rows('brought', 'print.sheet.brought', 'print.sheet.nothing')}
            {rows('ask', 'print.sheet.ask', 'print.sheet.nothing')}
            {lines.dates.length > 0 && rows('dates', 'print.sheet.dates', 'print.sheet.nothing')}
          </tbody>
        </table>
        <p class="footnote" lang="ja">
          {ja('print.sheet.footer')}
        </p>
      </article>
    </div>
  );
}
