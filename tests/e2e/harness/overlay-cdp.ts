/**
 * Reading Tebiki's closed overlay through the devtools protocol (Chromium), for Playwright's and puppeteer's CDP
 * sessions alike.
 */
import type { OverlayResult } from './driver';

/** Sends one devtools-protocol command (a Playwright or puppeteer CDP session's `send`). */
export type CdpSend = (method: string, params?: object) => Promise<unknown>;

interface DescribedNode {
  localName?: string;
  attributes?: string[];
  shadowRoots?: { backendNodeId: number }[];
}

/**
 * Runs `fn(root, arg)` with each frame's overlay shadow root (closed): the DOM agent finds the hosts (in every
 * same-process frame), describes them with `pierce` (closed roots included), resolves each root to an object in its
 * frame's main world, and calls the function on it. Nothing here goes through the page's own JavaScript, so a page
 * that patches DOM methods cannot change what a test reads. Top frame first.
 */
export async function inOverlaysOverCdp<R, A>(
  send: CdpSend,
  fn: (root: ShadowRoot, arg: A) => R | Promise<R>,
  arg: A,
): Promise<OverlayResult<R>[]> {
  await send('DOM.getDocument', { depth: 0 });
  const { searchId, resultCount } = (await send('DOM.performSearch', { query: 'tebiki-overlay' })) as {
    searchId: string;
    resultCount: number;
  };
  const nodeIds =
    resultCount > 0
      ? (
          (await send('DOM.getSearchResults', { searchId, fromIndex: 0, toIndex: resultCount })) as {
            nodeIds: number[];
          }
        ).nodeIds
      : [];
  await send('DOM.discardSearchResults', { searchId });
  const results: OverlayResult<R>[] = [];
  for (const nodeId of nodeIds) {
    // A plain-text search also finds text and attributes with these words: keep the hosts, <tebiki-overlay> or the
    // <div data-tebiki-overlay> used on a page that defined that element itself.
    const { node } = (await send('DOM.describeNode', { nodeId, depth: 1, pierce: true })) as { node: DescribedNode };
    const isHost = node.localName === 'tebiki-overlay' || (node.attributes ?? []).includes('data-tebiki-overlay');
    const root = isHost ? node.shadowRoots?.[0] : undefined;
    if (!root) continue;
    const { object } = (await send('DOM.resolveNode', { backendNodeId: root.backendNodeId })) as {
      object: { objectId?: string };
    };
    if (!object.objectId) continue;
    try {
      const { result, exceptionDetails } = (await send('Runtime.callFunctionOn', {
        objectId: object.objectId,
        functionDeclaration: `async function (arg) { const fn = (${fn.toString()}); return { top: window.top === window, result: await fn(this, arg) }; }`,
        arguments: [{ value: arg }],
        awaitPromise: true,
        returnByValue: true,
      })) as {
        result: { value?: unknown };
        exceptionDetails?: { text: string; exception?: { description?: string } };
      };
      if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
      results.push(result.value as OverlayResult<R>);
    } finally {
      await send('Runtime.releaseObject', { objectId: object.objectId }).catch(() => undefined);
    }
  }
  return results.sort((a, b) => Number(b.top) - Number(a.top));
}
