/**
 * Tebiki's keyboard shortcuts as the browser has them now (the user may have changed them), and a way to the
 * browser's page where they are changed: chrome://extensions/shortcuts in Chrome and Edge, "Manage Extension
 * Shortcuts" in Firefox (commands.openShortcutSettings, Firefox 137+).
 */
import type { i18n } from 'i18next';
import { Fragment } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { shortcutsFrom, TOOLTIP_COMMANDS, type Shortcuts as Keys } from '@/src/keyboard/commands';

type CommandsWithSettings = typeof browser.commands & { openShortcutSettings?: () => Promise<void> };

/** Opens the browser's page for changing extension shortcuts. */
function openShortcutSettings(): void {
  const commands = browser.commands as CommandsWithSettings;
  if (commands.openShortcutSettings) void commands.openShortcutSettings();
  else void browser.tabs.create({ url: 'chrome://extensions/shortcuts' });
}

/** The list of commands with their keys, and the "Change shortcuts" button. */
export function Shortcuts({ i18n }: { i18n: i18n }) {
  const t = i18n.t.bind(i18n);
  const [keys, setKeys] = useState<Keys | null>(null);
  useEffect(() => {
    const read = () => void browser.commands.getAll().then((all) => setKeys(shortcutsFrom(all)));
    read();
    // Back from the browser's shortcuts page: show what the user set there.
    window.addEventListener('focus', read);
    return () => window.removeEventListener('focus', read);
  }, []);
  return (
    <div class="shortcuts" data-testid="shortcuts">
      <p class="hint">{t('options.shortcutsIntro')}</p>
      {/* Drawn once the browser has said the keys: never a moment of "no key" for every command. */}
      {keys && (
        <dl class="facts">
          {TOOLTIP_COMMANDS.map((command) => (
            <Fragment key={command}>
              <dt>
                {keys[command] ? <kbd>{keys[command]}</kbd> : <span class="muted">{t('options.shortcutNone')}</span>}
              </dt>
              <dd>{t(`options.command.${command}`)}</dd>
            </Fragment>
          ))}
        </dl>
      )}
      <button type="button" onClick={openShortcutSettings} data-testid="change-shortcuts">
        {t('options.shortcutsChange')}
      </button>
    </div>
  );
}
