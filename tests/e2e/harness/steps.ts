/** Driving Tebiki's own pages (popup, options) from a test the way a person does: clicks, dates, waits. */
import type { TestPage } from './driver';

/** Today where the browser runs (the same machine), as YYYY-MM-DD: the popup compares dates with it. */
export function localToday(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Click a data-testid, set a date input, or wait for an element. */
export type Step = { click: string } | { date: string; value: string } | { wait: string };

/** The checklist's first answers for a mid- to long-term resident registered at the city office who has a card. */
export const CARD_HOLDER: Step[] = [
  { click: 'q-status-mid-long' },
  { click: 'q-registered-true' },
  { click: 'q-card-have' },
];

/**
 * Runs the steps in an extension page. Each waits up to 5 s for its element, so the steps can follow the UI as it
 * renders, and then `settleMs` for the UI to store the change and render the next question.
 */
export function runSteps(page: TestPage, steps: Step[], settleMs = 100): Promise<void> {
  return page.evaluate(
    async ({ list, settle }: { list: Step[]; settle: number }) => {
      const find = async (testid: string) => {
        const end = Date.now() + 5_000;
        for (;;) {
          const element = document.querySelector<HTMLElement>(`[data-testid="${testid}"]`);
          if (element) return element;
          if (Date.now() > end) throw new Error(`no [data-testid="${testid}"]`);
          await new Promise((r) => setTimeout(r, 50));
        }
      };
      for (const step of list) {
        if ('click' in step) (await find(step.click)).click();
        else if ('date' in step) {
          const input = (await find(step.date)) as HTMLInputElement;
          input.value = step.value;
          input.dispatchEvent(new Event('change', { bubbles: true }));
        } else await find(step.wait);
        await new Promise((r) => setTimeout(r, settle));
      }
    },
    { list: steps, settle: settleMs },
  );
}
