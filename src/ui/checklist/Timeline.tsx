/**
 * The card's life as one picture: a bar per card, certificate and period of stay from start to end, the renewal
 * window at the end of each, and today; the one that ends first is marked. An SVG drawn from the user's dates, with a
 * text alternative (title and description) and a visible sentence saying what ends first and when to act.
 */
import checklists from 'virtual:tebiki-checklists';
import type { IsoDate } from '@/src/checklist/iso-date';
import { position, type Timeline as TimelineData, type TimelineRow } from '@/src/checklist/timeline';
import { formatDate, tx, type TFunction } from '@/src/ui/shared/content';
import './checklist.css';

const WIDTH = 340;
const LEFT = 4;
const RIGHT = 4;
const ROW = 30;
const TOP = 26;

/** The words of the guide's UI (guide.yaml `labels`). */
export function guideLabel(t: TFunction, id: string, values: Record<string, string | number> = {}): string {
  const text = checklists.guide.labels[id];
  return text ? tx(t, text, values) : id;
}

/** A row's name: the card's and certificates' names from lifecycle.yaml, the stay's from the guide. */
export function rowName(t: TFunction, id: TimelineRow['id']): string {
  return id === 'stay' ? guideLabel(t, 'timelineStay') : tx(t, checklists.lifecycle.targets[id].label);
}

/** A short date for the picture: month and year in the language. */
function shortDate(date: IsoDate, language: string): string {
  const [y, m] = date.split('-').map(Number) as [number, number];
  return new Intl.DateTimeFormat(language, { year: 'numeric', month: 'short', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y, m - 1, 15)),
  );
}

/** The sentence under the picture: what ends first, and from when to act. */
export function timelineSummary(t: TFunction, data: TimelineData, language: string): string {
  const { first, today } = data;
  const ends = guideLabel(t, 'endsFirst', { what: rowName(t, first.id), date: formatDate(first.end, language) });
  if (!first.actFrom) return ends;
  const act =
    first.actFrom <= today
      ? guideLabel(t, 'actNow')
      : guideLabel(t, 'actFrom', { date: formatDate(first.actFrom, language) });
  return `${ends} ${act}`;
}

/** The timeline picture and its summary. `idPrefix` keeps the ids unique when two are on one page. */
export function Timeline({
  t,
  data,
  language,
  idPrefix = 'tl',
}: {
  t: TFunction;
  data: TimelineData;
  language: string;
  idPrefix?: string;
}) {
  const { rows, from, to, today, first } = data;
  const x = (date: IsoDate) => LEFT + position(date, from, to) * (WIDTH - LEFT - RIGHT);
  const height = TOP + rows.length * ROW + 4;
  const summary = timelineSummary(t, data, language);
  const description = rows
    .map((row) => {
      const until = `${rowName(t, row.id)}: ${formatDate(row.end, language)}`;
      return row.actFrom ? `${until} (${guideLabel(t, 'timelineRenew')}: ${formatDate(row.actFrom, language)})` : until;
    })
    .join('; ');
  const todayX = x(today);
  return (
    <figure class="timeline" data-testid={`${idPrefix}-timeline`} data-first={first.id}>
      <svg
        viewBox={`0 0 ${WIDTH} ${height}`}
        width="100%"
        role="img"
        aria-labelledby={`${idPrefix}-title ${idPrefix}-desc`}
        preserveAspectRatio="xMidYMin meet"
      >
        <title id={`${idPrefix}-title`}>{guideLabel(t, 'timeline')}</title>
        <desc id={`${idPrefix}-desc`}>{description}</desc>
        {rows.map((row, i) => {
          const y = TOP + i * ROW;
          const start = x(row.start);
          const end = x(row.end);
          const act = row.actFrom ? Math.max(start, x(row.actFrom)) : end;
          const isFirst = row === first;
          return (
            <g
              key={row.id}
              class={`tl-row tl-${row.id}${isFirst ? ' tl-first' : ''}`}
              data-row={row.id}
              data-end={row.end}
            >
              <text x={LEFT} y={y} class="tl-label">
                {rowName(t, row.id)}
              </text>
              <text x={WIDTH - RIGHT} y={y} class="tl-date" text-anchor="end">
                {shortDate(row.end, language)}
              </text>
              <rect x={start} y={y + 4} width={Math.max(1, act - start)} height={9} rx={2} class="tl-bar" />
              {row.actFrom && act < end && (
                <rect x={act} y={y + 4} width={Math.max(1, end - act)} height={9} rx={2} class="tl-window" />
              )}
            </g>
          );
        })}
        <line x1={todayX} x2={todayX} y1={TOP - 12} y2={height} class="tl-today" />
        <text
          x={todayX}
          y={9}
          class="tl-today-label"
          text-anchor={todayX > WIDTH * 0.75 ? 'end' : todayX < WIDTH * 0.25 ? 'start' : 'middle'}
        >
          {guideLabel(t, 'timelineToday')}
        </text>
      </svg>
      <figcaption data-testid={`${idPrefix}-summary`}>
        {summary} <span class="tl-key" aria-hidden="true" /> <span class="muted">{guideLabel(t, 'timelineRenew')}</span>
      </figcaption>
    </figure>
  );
}
