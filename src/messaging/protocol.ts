/**
 * The one message protocol between Tebiki's contexts. Each message type is named by where it goes (`tab:` to a
 * tab's content script, `bg:` to the background, `offscreen:` to Chrome's offscreen document) and declares which
 * contexts may send it and the shape of its payload. A listener checks both at the door, before any handler runs:
 * a message from another extension, from a context not allowed to send it, or of the wrong shape is dropped — never
 * thrown, never answered. (Yomitan's `_validatePrivilegedMessageSender`, 10ten's per-request schemas.)
 */
import * as v from 'valibot';
import type { LanguagePack } from '@/src/dictionary/language-pack';
import type { PortalId } from '@/src/portals/portals';
import type { Token } from '@/src/tokenizer/token';
import type { TokenizerHostStats } from '@/src/tokenizer/host';

/**
 * Who sent a message: a content script in a tab (on a portal, or on a page the user asked to annotate), an extension
 * page (popup, options, welcome), Chrome's offscreen document, or the background (service worker / background page).
 */
export type SenderRole = 'content' | 'extension-page' | 'offscreen' | 'background';

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

/** Tokens per text in the order asked, or an error message when the tokenizer could not load. */
export type TokenizeResponse = { tokens: Token[][] } | { error: string };

/** Longest list of texts in one tokenize request, and the longest text: bounds on what a page can make us do. */
export const TOKENIZE_LIMITS = { texts: 200, chars: 500 } as const;

const NOTHING = v.object({});
const TEXTS = v.object({
  texts: v.pipe(v.array(v.pipe(v.string(), v.maxLength(TOKENIZE_LIMITS.chars))), v.maxLength(TOKENIZE_LIMITS.texts)),
});

/** Every message: who may send it and its payload's schema (without `type`). */
export const MESSAGES = {
  /** Popup → a tab's content script: what it found on its page. */
  'tab:getPageInfo': { from: ['extension-page'], request: NOTHING },
  /** Content script (or the lookup pages) → background: tokens of texts, from the one shared tokenizer host. */
  'bg:tokenize': { from: ['content', 'extension-page'], request: TEXTS },
  /** Extension pages → background: the tokenizer host's state (diagnostics and benchmarks). */
  'bg:tokenizerStats': { from: ['extension-page'], request: NOTHING },
  /** Offscreen document → background (Chrome): the tokenizer was released; close the document to free its memory. */
  'bg:tokenizerReleased': { from: ['offscreen'], request: NOTHING },
  /**
   * Content script → background: the language pack of the user's language, read from the extension package (null:
   * English, an unknown language, no pack). See src/i18n/language-pack-client.ts.
   */
  'bg:languagePack': {
    from: ['content', 'extension-page'],
    request: v.object({ lang: v.pipe(v.string(), v.maxLength(16)) }),
  },
  /** Background → offscreen document (Chrome): tokenize. */
  'offscreen:tokenize': { from: ['background'], request: TEXTS },
  /** Background → offscreen document (Chrome): the host's state. */
  'offscreen:stats': { from: ['background'], request: NOTHING },
} as const satisfies Record<string, { from: readonly SenderRole[]; request: v.GenericSchema }>;

/** The answer to each message. */
interface Responses {
  'tab:getPageInfo': PageInfo;
  'bg:tokenize': TokenizeResponse;
  'bg:tokenizerStats': TokenizerHostStats | null;
  'bg:tokenizerReleased': null;
  'bg:languagePack': LanguagePack | null;
  'offscreen:tokenize': TokenizeResponse;
  'offscreen:stats': TokenizerHostStats;
}

export type MessageType = keyof typeof MESSAGES;
/** Request and response types of every message, keyed by message type. */
export type Protocol = {
  [T in MessageType]: { request: v.InferOutput<(typeof MESSAGES)[T]['request']>; response: Responses[T] };
};
export type Message<T extends MessageType = MessageType> = { type: T } & Protocol[T]['request'];

/** The part of runtime.MessageSender the check reads. */
export interface Sender {
  id?: string;
  url?: string;
  tab?: unknown;
}

/** This extension, as the receiving context sees it. */
export interface Self {
  id: string;
  /** The extension's origin with a trailing slash (runtime.getURL('')). */
  origin: string;
}

/** Extension pages that are the background: Chrome's service worker script, Firefox's generated background page. */
const BACKGROUND_PATHS = new Set(['background.js', '_generated_background_page.html']);

/**
 * The role of a message's sender, or null for one that is not this extension's.
 * @example senderRole({ id: ID, url: 'https://www.e-tax.nta.go.jp/', tab: {} }, self) // 'content'
 * @example senderRole({ id: ID, url: `${origin}offscreen.html` }, self) // 'offscreen'
 */
export function senderRole(sender: Sender, self: Self): SenderRole | null {
  if (!sender || sender.id !== self.id) return null;
  const url = typeof sender.url === 'string' ? sender.url : '';
  if (!url.startsWith(self.origin)) return sender.tab ? 'content' : null;
  const path = url.slice(self.origin.length).split(/[?#]/)[0]!;
  if (path === 'offscreen.html') return 'offscreen';
  if (BACKGROUND_PATHS.has(path)) return 'background';
  return 'extension-page';
}

/**
 * The message if `value` is a known message that `role` may send and whose payload has the right shape (unknown
 * keys dropped), else null.
 */
export function checkMessage(value: unknown, role: SenderRole | null): Message | null {
  if (role === null || typeof value !== 'object' || value === null) return null;
  const type = (value as { type?: unknown }).type;
  if (typeof type !== 'string' || !Object.hasOwn(MESSAGES, type)) return null;
  const spec = MESSAGES[type as MessageType];
  if (!(spec.from as readonly SenderRole[]).includes(role)) return null;
  const payload = v.safeParse(spec.request, value);
  return payload.success ? ({ ...payload.output, type } as Message) : null;
}

export type Handlers = {
  [T in MessageType]?: (message: Message<T>) => Promise<Protocol[T]['response']> | Protocol[T]['response'];
};

/**
 * Builds an `onMessage` listener from typed handlers. Each message is checked (sender, role, payload) before its
 * handler runs. It answers through `sendResponse` and returns true (the form every Chrome and Firefox version
 * supports, unlike returning a Promise). Messages that fail the check and types without a handler return false, so
 * other listeners (and the browser) treat them as unanswered.
 */
export function createMessageListener(handlers: Handlers, self: Self) {
  return (message: unknown, sender: Sender, sendResponse: (response: unknown) => void): boolean => {
    const checked = checkMessage(message, senderRole(sender, self));
    if (!checked) return false;
    const handler = handlers[checked.type] as ((m: Message) => unknown) | undefined;
    if (!handler) return false;
    Promise.resolve()
      .then(() => handler(checked))
      .then(sendResponse, (error: unknown) => {
        console.error('Tebiki: a message handler failed', error);
        sendResponse(undefined);
      });
    return true;
  };
}
