import { describe, expect, it, vi } from 'vitest';
import { checkMessage, createMessageListener, senderRole, TOKENIZE_LIMITS, type Self } from './protocol';

const self: Self = { id: 'tebiki-id', origin: 'chrome-extension://tebiki-id/' };
const tab = { id: 7 };
const content = { id: self.id, url: 'https://www.e-tax.nta.go.jp/kaishi/', tab };
const annotated = { id: self.id, url: 'https://example.com/form', tab };
const popup = { id: self.id, url: `${self.origin}popup.html?tab=3` };
const popupAsTab = { id: self.id, url: `${self.origin}popup.html`, tab };
const offscreen = { id: self.id, url: `${self.origin}offscreen.html` };
const worker = { id: self.id, url: `${self.origin}background.js` };
const firefoxBackground = { id: self.id, url: 'moz-extension://uuid/_generated_background_page.html' };

describe('who sent a message', () => {
  it.each([
    ['a content script on a portal', content, 'content'],
    ['a content script on a page the user asked to annotate', annotated, 'content'],
    ['the popup', popup, 'extension-page'],
    ['the popup opened as a tab', popupAsTab, 'extension-page'],
    ['the offscreen document', offscreen, 'offscreen'],
    ['the service worker', worker, 'background'],
    ['another extension', { ...content, id: 'someone-else' }, null],
    ['a sender without an id', { url: content.url, tab }, null],
    ['a sender that is neither a tab nor one of our pages', { id: self.id, url: 'https://example.com/' }, null],
  ] as const)('%s is %s', (_name, sender, role) => {
    expect(senderRole(sender, self)).toBe(role);
  });

  it("knows Firefox's generated background page", () => {
    const firefoxSelf = { id: self.id, origin: 'moz-extension://uuid/' };
    expect(senderRole(firefoxBackground, firefoxSelf)).toBe('background');
  });
});

describe('checking a message at the door', () => {
  it('lets the background forward a keyboard command, and content scripts and pages ask for the keys', () => {
    expect(checkMessage({ type: 'tab:command', command: 'tooltip-focus' }, 'background')).toEqual({
      type: 'tab:command',
      command: 'tooltip-focus',
    });
    expect(checkMessage({ type: 'bg:shortcuts' }, 'content')).toEqual({ type: 'bg:shortcuts' });
    expect(checkMessage({ type: 'bg:shortcuts' }, 'extension-page')).toEqual({ type: 'bg:shortcuts' });
  });

  it('lets a content script ask for tokens', () => {
    expect(checkMessage({ type: 'bg:tokenize', texts: ['氏名'] }, 'content')).toEqual({
      type: 'bg:tokenize',
      texts: ['氏名'],
    });
  });

  it.each([
    ['a content script closing the shared tokenizer', { type: 'bg:tokenizerReleased' }, 'content'],
    ['a content script talking to the offscreen document', { type: 'offscreen:tokenize', texts: ['a'] }, 'content'],
    ['an extension page talking to the offscreen document', { type: 'offscreen:stats' }, 'extension-page'],
    ['a content script asking another tab for its page', { type: 'tab:getPageInfo' }, 'content'],
    ['a content script sending a command to a tab', { type: 'tab:command', command: 'convert-1' }, 'content'],
    ['an extension page sending a command to a tab', { type: 'tab:command', command: 'convert-1' }, 'extension-page'],
    ['a command Tebiki does not have', { type: 'tab:command', command: '_execute_action' }, 'background'],
    ['the offscreen document asking for the shortcuts', { type: 'bg:shortcuts' }, 'offscreen'],
    ['an unknown type', { type: 'bg:deleteEverything' }, 'extension-page'],
    ['a type from the prototype chain', { type: 'constructor' }, 'extension-page'],
    ['a type that is not a string', { type: 1 }, 'extension-page'],
    ['texts that are not strings', { type: 'bg:tokenize', texts: [1, 2] }, 'content'],
    ['texts that are not a list', { type: 'bg:tokenize', texts: '氏名' }, 'content'],
    ['too many texts', { type: 'bg:tokenize', texts: Array(TOKENIZE_LIMITS.texts + 1).fill('a') }, 'content'],
    ['a text too long', { type: 'bg:tokenize', texts: ['a'.repeat(TOKENIZE_LIMITS.chars + 1)] }, 'content'],
    ['a message from no known sender', { type: 'bg:tokenize', texts: [] }, null],
    ['something that is not a message', 'bg:tokenize', 'content'],
  ] as const)('drops %s', (_name, message, role) => {
    expect(checkMessage(message, role)).toBeNull();
  });

  it('keeps only the keys the schema knows', () => {
    expect(checkMessage({ type: 'bg:tokenizerStats', extra: 'x' }, 'extension-page')).toEqual({
      type: 'bg:tokenizerStats',
    });
  });
});

describe('a listener built from handlers', () => {
  it('runs the handler for an allowed sender and answers through sendResponse', async () => {
    const released = vi.fn(() => null);
    const listener = createMessageListener({ 'bg:tokenizerReleased': released }, self);
    const sendResponse = vi.fn();
    expect(listener({ type: 'bg:tokenizerReleased' }, offscreen, sendResponse)).toBe(true);
    await vi.waitFor(() => expect(sendResponse).toHaveBeenCalledWith(null));
    expect(released).toHaveBeenCalledOnce();
  });

  it('never runs the handler for a sender the message does not allow', () => {
    const released = vi.fn(() => null);
    const listener = createMessageListener({ 'bg:tokenizerReleased': released }, self);
    expect(listener({ type: 'bg:tokenizerReleased' }, content, vi.fn())).toBe(false);
    expect(listener({ type: 'bg:tokenizerReleased' }, annotated, vi.fn())).toBe(false);
    expect(listener({ type: 'bg:tokenizerReleased' }, { ...offscreen, id: 'other' }, vi.fn())).toBe(false);
    expect(released).not.toHaveBeenCalled();
  });

  it('leaves a known message without a handler to other listeners', () => {
    const listener = createMessageListener({}, self);
    expect(listener({ type: 'bg:tokenize', texts: [] }, content, vi.fn())).toBe(false);
  });
});
