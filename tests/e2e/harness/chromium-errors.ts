/**
 * Console errors and uncaught errors of a Chromium page in every world of it, told apart by world: Playwright's own
 * `console`/`pageerror` events only cover the page's main world, while a content script runs in the extension's
 * isolated world. A CDP session on the page sees all execution contexts (their origin names the extension).
 */
import type { BrowserContext, Page } from 'playwright-core';
import type { PageErrorRecord } from './driver';

interface ContextDescription {
  id: number;
  origin: string;
  name: string;
  auxData?: { isDefault?: boolean; type?: string };
}

interface RemoteObject {
  type: string;
  value?: unknown;
  description?: string;
}

/** Starts collecting `page`'s errors into `errors` (call before the page navigates). */
export async function collectChromiumErrors(
  context: BrowserContext,
  page: Page,
  errors: PageErrorRecord[],
): Promise<void> {
  const session = await context.newCDPSession(page);
  const worlds = new Map<number, ContextDescription>();
  const worldOf = (id: number | undefined): { world: PageErrorRecord['world']; origin: string } => {
    const ctx = id === undefined ? undefined : worlds.get(id);
    if (!ctx) return { world: 'other', origin: '' };
    if (ctx.origin.startsWith('chrome-extension://')) return { world: 'extension', origin: ctx.origin };
    if (ctx.auxData?.isDefault) return { world: 'main', origin: ctx.origin };
    return { world: 'other', origin: ctx.origin };
  };
  session.on('Runtime.executionContextCreated', (event: { context: ContextDescription }) => {
    worlds.set(event.context.id, event.context);
  });
  session.on(
    'Runtime.exceptionThrown',
    (event: {
      exceptionDetails: {
        text: string;
        url?: string;
        executionContextId?: number;
        exception?: RemoteObject;
        stackTrace?: { callFrames: { url: string }[] };
      };
    }) => {
      const details = event.exceptionDetails;
      const { world, origin } = worldOf(details.executionContextId);
      errors.push({
        kind: 'pageerror',
        text: details.exception?.description ?? details.text,
        source: details.url || details.stackTrace?.callFrames[0]?.url || origin,
        world,
      });
    },
  );
  session.on(
    'Runtime.consoleAPICalled',
    (event: {
      type: string;
      args: RemoteObject[];
      executionContextId: number;
      stackTrace?: { callFrames: { url: string }[] };
    }) => {
      if (event.type !== 'error' && event.type !== 'assert') return;
      const { world, origin } = worldOf(event.executionContextId);
      errors.push({
        kind: 'console',
        text: event.args
          .map((a) =>
            typeof a.value === 'string'
              ? a.value
              : a.value !== undefined
                ? JSON.stringify(a.value)
                : (a.description ?? a.type),
          )
          .join(' '),
        source: event.stackTrace?.callFrames[0]?.url || origin,
        world,
      });
    },
  );
  // Errors the browser itself logs for the page: failed loads, CSP violations, deprecations.
  session.on('Log.entryAdded', (event: { entry: { level: string; text: string; url?: string; source: string } }) => {
    if (event.entry.level !== 'error') return;
    errors.push({ kind: 'log', text: event.entry.text, source: event.entry.url ?? event.entry.source });
  });
  await session.send('Runtime.enable');
  await session.send('Log.enable');
}
