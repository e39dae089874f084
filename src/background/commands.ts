/**
 * Keyboard commands (src/keyboard/commands.ts): the browser tells the background which one the user pressed; the
 * background forwards it to the tab, where the content script of the frame that has focus runs it. It also tells the
 * content script and the options page the keys now bound, to show on the tooltip's buttons.
 */
import { browser } from 'wxt/browser';
import { isTooltipCommand, shortcutsFrom, type Shortcuts } from '@/src/keyboard/commands';
import type { Message } from '@/src/messaging/protocol';

/** The part of the WebExtension API this module uses (injectable for tests). */
export interface CommandsApi {
  commands: {
    onCommand: { addListener(listener: (command: string, tab?: { id?: number }) => void): void };
    getAll(): Promise<{ name?: string; shortcut?: string }[]>;
  };
  tabs: {
    query(filter: { active: boolean; currentWindow: boolean }): Promise<{ id?: number }[]>;
    sendMessage(tabId: number, message: unknown): Promise<unknown>;
  };
}

/** Forwards each of Tebiki's commands to the active tab's content scripts (all frames: focus may be in a frame). */
export function forwardCommands(api: CommandsApi = browser): void {
  api.commands.onCommand.addListener((command, tab) => void forward(api, command, tab?.id));
}

async function forward(api: CommandsApi, command: string, tabId: number | undefined): Promise<void> {
  if (!isTooltipCommand(command)) return;
  // Firefox before 126 passes no tab: the active tab of the current window is the one the keys were pressed in.
  const id = tabId ?? (await api.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (id === undefined) return;
  const message: Message<'tab:command'> = { type: 'tab:command', command };
  // A tab without Tebiki (not a portal) has no content script to answer: nothing to do there.
  await api.tabs.sendMessage(id, message).catch(() => undefined);
}

/** The keys bound to Tebiki's commands now. */
export async function currentShortcuts(api: CommandsApi = browser): Promise<Shortcuts> {
  return shortcutsFrom(await api.commands.getAll());
}
