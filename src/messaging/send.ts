import { browser } from 'wxt/browser';
import type { Message, MessageType, Protocol, Self } from './protocol';

/** Sends a typed message to the content script of one tab (top frame) and returns its typed answer. */
export async function sendToTab<T extends MessageType>(
  tabId: number,
  message: Message<T>,
): Promise<Protocol[T]['response']> {
  const response: unknown = await browser.tabs.sendMessage(tabId, message, { frameId: 0 });
  return response as Protocol[T]['response'];
}

/** Sends a typed message to the extension's other contexts (background, offscreen document) and returns the answer. */
export async function sendToExtension<T extends MessageType>(message: Message<T>): Promise<Protocol[T]['response']> {
  const response: unknown = await browser.runtime.sendMessage(message);
  return response as Protocol[T]['response'];
}

/** This extension as a message listener checks senders against it. */
export function extensionSelf(): Self {
  return { id: browser.runtime.id, origin: browser.runtime.getURL('/') };
}
