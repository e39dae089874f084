/**
 * The content side of Tebiki's keyboard commands (src/keyboard/commands.ts): the background forwards a command to
 * every frame of the tab, and the frame that has focus runs it on its visible tooltip. The interactions layer calls
 * `runCommand` from its `tab:command` handler; `shortcutFor` puts the bound keys on the tooltip's buttons.
 */
import { conversionIndex, type Shortcuts, type TooltipCommand } from '@/src/keyboard/commands';

/** What a command can do on the visible tooltip; each returns false when there is nothing to do. */
export interface CommandActions {
  /** Moves focus into the tooltip (its buttons), so Tab, Enter and Esc work there. */
  focusTooltip(): boolean;
  /** Presses the tooltip's conversion button `index` (0 for the first). */
  action(index: number): boolean;
  /** Opens or closes the tooltip's details ("More"). */
  more(): boolean;
}

/**
 * Runs `command` in this frame if it has focus (the message reaches every frame of the tab); true when it did
 * something.
 * @example runCommand('convert-1', actions, document) // presses the first conversion of the visible tooltip
 */
export function runCommand(command: TooltipCommand, actions: CommandActions, doc: Document): boolean {
  if (!doc.hasFocus()) return false;
  if (command === 'tooltip-focus') return actions.focusTooltip();
  if (command === 'tooltip-more') return actions.more();
  const index = conversionIndex(command);
  return index !== null && actions.action(index);
}

/**
 * The key that presses conversion `index` now ('' when none is bound), for the button's label.
 * @example shortcutFor(0, { 'convert-1': 'Ctrl+Shift+1' }) // 'Ctrl+Shift+1'
 */
export function shortcutFor(index: number, shortcuts: Shortcuts): string {
  const command = `convert-${index + 1}` as TooltipCommand;
  return shortcuts[command] ?? '';
}
