/**
 * The one message protocol between Tebiki's contexts. Each message type is named by where it goes
 * (`tab:` to a tab's content script, `bg:` to the background). Receivers check messages at runtime and drop
 * anything they don't know: a page or another extension cannot make us throw.
 */
import type { PortalId } from '@/src/portals/portals';

/** What a content script says about its page, for the popup's "This page". */
export interface PageInfo {
  portal: PortalId | null;
  /** The screen's title as the page shows it (Japanese). */
  screenTitle: string;
  /** Form controls that have a Tebiki explanation. */
  annotatedFields: number;
  /** All visible form controls found. */
  fields: number;
  /** Whether Tebiki is active on this page (off when the user turned it off for the portal). */
  active: boolean;
}

/** Request and response types of every message, keyed by message type. */
export interface Protocol {
  'tab:getPageInfo': { request: Record<never, never>; response: PageInfo };
}

export type MessageType = keyof Protocol;
export type Message<T extends MessageType = MessageType> = { type: T } & Protocol[T]['request'];

const MESSAGE_TYPES: ReadonlySet<string> = new Set<MessageType>(['tab:getPageInfo']);

/** Runtime check of an incoming message: true only for a known type. */
export function isMessage(value: unknown): value is Message {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { type?: unknown }).type === 'string' &&
    MESSAGE_TYPES.has((value as { type: string }).type)
  );
}

export type Handlers = {
  [T in MessageType]?: (message: Message<T>) => Promise<Protocol[T]['response']> | Protocol[T]['response'];
};

/**
 * Builds an `onMessage` listener from typed handlers. It answers through `sendResponse` and returns true (the form
 * every Chrome and Firefox version supports, unlike returning a Promise). Unknown messages and types without a
 * handler return false, so other listeners (and the browser) treat them as unanswered.
 */
export function createMessageListener(handlers: Handlers) {
  return (message: unknown, _sender: unknown, sendResponse: (response: unknown) => void): boolean => {
    if (!isMessage(message)) return false;
    const handler = handlers[message.type] as ((m: Message) => unknown) | undefined;
    if (!handler) return false;
    Promise.resolve()
      .then(() => handler(message))
      .then(sendResponse, (error: unknown) => {
        console.error('Tebiki: a message handler failed', error);
        sendResponse(undefined);
      });
    return true;
  };
}
