/**
 * The keyboard commands Tebiki declares in the manifest (`commands`), so that the browser owns the keys: the user
 * sees and changes them at chrome://extensions/shortcuts or on Firefox's "Manage Extension Shortcuts" page, and a
 * page cannot take them. The background receives a command and forwards it to the tab (`tab:command`); the content
 * script runs it (src/content/keyboard.ts).
 *
 * Default keys avoid Alt+Shift (Windows switches the input language on it) and Alt+digit (Linux browsers switch tabs
 * on it). On macOS, Ctrl is Command in the manifest: MacCtrl is the Control key.
 */

/** The commands, in the order the options page lists them. */
export const TOOLTIP_COMMANDS = ['tooltip-focus', 'convert-1', 'convert-2', 'tooltip-more'] as const;
export type TooltipCommand = (typeof TOOLTIP_COMMANDS)[number];

interface CommandSpec {
  /** The manifest's description: a message of public/_locales (shown on the browsers' shortcut pages). */
  description: string;
  suggested_key?: { default: string; mac?: string };
}

/** What the manifest declares for each command (Chrome suggests keys for at most four). */
export const COMMAND_SPECS: Record<TooltipCommand, CommandSpec> = {
  'tooltip-focus': {
    description: '__MSG_cmdTooltipFocus__',
    suggested_key: { default: 'Alt+K' },
  },
  'convert-1': {
    description: '__MSG_cmdConvert1__',
    suggested_key: { default: 'Ctrl+Shift+1', mac: 'MacCtrl+Shift+1' },
  },
  'convert-2': {
    description: '__MSG_cmdConvert2__',
    suggested_key: { default: 'Ctrl+Shift+2', mac: 'MacCtrl+Shift+2' },
  },
  'tooltip-more': {
    description: '__MSG_cmdTooltipMore__',
  },
};

/** True for one of Tebiki's commands. */
export function isTooltipCommand(value: unknown): value is TooltipCommand {
  return typeof value === 'string' && (TOOLTIP_COMMANDS as readonly string[]).includes(value);
}

/** The conversion a command presses (0 for the first button), or null for the other commands. */
export function conversionIndex(command: TooltipCommand): number | null {
  const match = /^convert-(\d)$/.exec(command);
  return match ? Number(match[1]) - 1 : null;
}

/** The current key of each command as the browser shows it ('' when the user removed it). */
export type Shortcuts = Partial<Record<TooltipCommand, string>>;

/**
 * The keys from `commands.getAll()`, Tebiki's commands only.
 * @example shortcutsFrom([{ name: 'convert-1', shortcut: 'Ctrl+Shift+1' }]) // { 'convert-1': 'Ctrl+Shift+1' }
 */
export function shortcutsFrom(commands: { name?: string; shortcut?: string }[]): Shortcuts {
  const shortcuts: Shortcuts = {};
  for (const command of commands) {
    if (isTooltipCommand(command.name)) shortcuts[command.name] = command.shortcut ?? '';
  }
  return shortcuts;
}
