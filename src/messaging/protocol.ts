/**
 * The one message protocol between Tebiki's contexts. Each message type is named by where it goes
 * (`tab:` to a tab's content script, `bg:` to the background). Receivers check messages at runtime and drop
 * anything they don't know: a page or another extension cannot make us throw.
 */
import type { PortalId } from '@/src/portals/portals';
import type { GeneralPiece } from '@/src/dictionary/general';
import type { Token } from '@/src/tokenizer/token';
import type { TokenizerHostStats } from '@/src/tokenizer/host';
import type { GeneralHostStats } from '@/src/tokenizer/general-host';

/** What a content script says about its page, for the popup's "This page". */
export interface PageInfo {
  portal: PortalId | null;
  /** The screen's title as the page shows it (Japanese). */
  screenTitle: string;
  /** The screen's name in English (from the portal profile, else the glossary), or '' when unknown. */
  screenName: string;
  /** The portal's own screen id where it shows one (作成コーナー: CC-AA-440). */
  screenCode?: string;
  /** What to know on this portal (English), with sources. */
  portalHints: { text: string; source: string }[];
  /** Whether inline chips are on for this portal. */
  inline: boolean;
  /** performance.now() when the content script started, and when its first scan and gloss finished (benchmarks). */
  startedAt: number;
  readyAt: number | null;
  /** Form controls that have a Tebiki explanation. */
  annotatedFields: number;
  /** All visible form controls found. */
  fields: number;
  /** Whether Tebiki is active on this page (off when the user turned it off for the portal). */
  active: boolean;
}

/** Request and response types of every message, keyed by message type. */
export interface Protocol {
  /** Popup → a tab's content script: what it found on its page. */
  'tab:getPageInfo': { request: Record<never, never>; response: PageInfo };
  /** Content script → background: tokens of label texts (from the one shared tokenizer host). */
  'bg:tokenize': { request: { texts: string[] }; response: TokenizeResponse };
  /** Content script → background: the compiled dictionary index (JSON text of the build's dict/index.json). */
  'bg:index': { request: Record<never, never>; response: IndexResponse };
  /** Content script → background: words the bundled index lacks, from the general dictionary (tokenizer host). */
  'bg:lookup': { request: { texts: string[] }; response: LookupResponse };
  /** Anyone → background: the tokenizer host's state (diagnostics and benchmarks). */
  'bg:tokenizerStats': { request: Record<never, never>; response: HostStats | null };
  /** Offscreen document → background (Chrome): the tokenizer was released; close the document to free its memory. */
  'bg:tokenizerReleased': { request: Record<never, never>; response: null };
  /** Background → offscreen document (Chrome): tokenize. */
  'offscreen:tokenize': { request: { texts: string[] }; response: TokenizeResponse };
  /** Background → offscreen document (Chrome): look words up in the general dictionary. */
  'offscreen:lookup': { request: { texts: string[] }; response: LookupResponse };
  /** Background → offscreen document (Chrome): the host's state. */
  'offscreen:stats': { request: Record<never, never>; response: HostStats };
}

/** The tokenizer host's state, with the general dictionary's beside it. */
export type HostStats = TokenizerHostStats & { general?: GeneralHostStats };

/** The compiled index as JSON text, or an error message. */
export type IndexResponse = { json: string } | { error: string };

/** The general dictionary's pieces per text in the order asked, or an error message when it could not load. */
export type LookupResponse = { pieces: GeneralPiece[][] } | { error: string };

/** Tokens per text in the order asked, or an error message when the tokenizer could not load. */
export type TokenizeResponse = { tokens: Token[][] } | { error: string };

/** Longest list of texts in one tokenize request, and the longest text: bounds on what a page can make us do. */
export const TOKENIZE_LIMITS = { texts: 200, chars: 500 } as const;

export type MessageType = keyof Protocol;
export type Message<T extends MessageType = MessageType> = { type: T } & Protocol[T]['request'];

const MESSAGE_TYPES: ReadonlySet<string> = new Set<MessageType>([
  'tab:getPageInfo',
  'bg:tokenize',
  'bg:index',
  'bg:lookup',
  'offscreen:lookup',
  'bg:tokenizerStats',
  'bg:tokenizerReleased',
  'offscreen:tokenize',
  'offscreen:stats',
]);

/** The texts of a tokenize request, checked: an array of strings within {@link TOKENIZE_LIMITS}, else null. */
export function tokenizeTexts(message: { texts?: unknown }): string[] | null {
  const { texts } = message;
  if (!Array.isArray(texts) || texts.length > TOKENIZE_LIMITS.texts) return null;
  if (!texts.every((t): t is string => typeof t === 'string' && t.length <= TOKENIZE_LIMITS.chars)) return null;
  return texts;
}

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
