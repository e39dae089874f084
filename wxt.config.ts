import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { COMMAND_SPECS } from './src/keyboard/commands';
import { portalMatchPatterns } from './src/portals/portals';
import { tebikiChecklists } from './scripts/vite-plugin-checklists.ts';
import { dictionaryAssets, tebikiDictionaries } from './scripts/vite-plugin-dictionaries.ts';
import { tebikiDocuments } from './scripts/vite-plugin-documents.ts';
import { tebikiFieldKinds } from './scripts/vite-plugin-field-kinds.ts';
import { languagePackFiles, tebikiLanguageCoverage } from './scripts/i18n/vite-plugin-language-packs.ts';

/** The gecko id is the Firefox add-on's identity: keep it stable across releases. */
export const GECKO_ID = 'tebiki@tebiki.app';

/** kuromoji's dictionary (12 gzipped files), shipped in the extension at /dict/ for the tokenizer host. */
const KUROMOJI_DICT = join(dirname(createRequire(import.meta.url).resolve('@sglkc/kuromoji/package.json')), 'dict');

/** The reminders' optional permissions (src/permissions/reminders.ts asks for the same). */
const reminderPermissions = (browser: string) =>
  browser === 'firefox' ? ['notifications'] : ['alarms', 'notifications'];

export default defineConfig({
  hooks: {
    'build:publicAssets': (_wxt, files) => {
      for (const name of readdirSync(KUROMOJI_DICT).filter((f) => f.endsWith('.dat.gz'))) {
        files.push({ absoluteSrc: join(KUROMOJI_DICT, name), relativeDest: `dict/${name}` });
      }
      // The compiled index (out of the content-script bundle), the general dictionary and its attribution.
      files.push(...dictionaryAssets());
      // One language pack per language (lang/<lang>.json), read by the background for the user's language only.
      files.push(...languagePackFiles());
    },
  },
  outDir: '.output',
  // The dictionaries and checklists are validated and compiled into `virtual:tebiki-index` and
  // `virtual:tebiki-checklists` at build time.
  vite: () => ({
    plugins: [
      preact(),
      tebikiDictionaries(),
      tebikiFieldKinds(),
      tebikiChecklists(),
      tebikiLanguageCoverage(),
      tebikiDocuments(),
    ],
    build: {
      rollupOptions: {
        // kuromoji and its dependencies have no import-time effects we rely on: let Chrome's service worker, which
        // never calls them (the offscreen document does), drop them.
        treeshake: {
          moduleSideEffects: (id: string) => !/node_modules\/(@sglkc\/kuromoji|doublearray)\//.test(id),
        },
      },
    },
  }),
  manifest: ({ browser, mode }) => {
    const chromeTest = mode === 'e2e' && browser !== 'firefox';
    return {
      name: '__MSG_extName__',
      description: '__MSG_extDescription__',
      default_locale: 'en',
      action: { default_title: '__MSG_extActionTitle__' },
      // Keyboard commands for the tooltip: the browser owns the keys, shows them, and lets the user change them
      // (src/keyboard/commands.ts).
      commands: COMMAND_SPECS,
      // offscreen: Chrome's home for the shared tokenizer (Firefox uses its background page).
      // activeTab + scripting: "Annotate this page" on other sites, only when the user asks (no all-sites access).
      // alarms + notifications: the opt-in reminders, asked for when the user turns them on (optional permissions;
      // Firefox cannot make `alarms` optional). Chrome's test build holds them from the start: automation cannot answer
      // its permission prompt, and asking for what is held resolves at once (the same code path). Firefox's tests set
      // the pref that grants optional permissions without a prompt instead.
      permissions: [
        'storage',
        'activeTab',
        'scripting',
        ...(browser === 'firefox' ? ['alarms'] : ['offscreen']),
        ...(chromeTest ? reminderPermissions(browser) : []),
      ],
      optional_permissions: chromeTest ? [] : reminderPermissions(browser),
      // Chrome: the content script's `matches` and activeTab already do the work, so no host permission at all.
      // Firefox MV3 runs content scripts only where the add-on holds host permission: the portal hosts, nothing more.
      ...(browser === 'firefox' ? { host_permissions: portalMatchPatterns() } : {}),
      content_security_policy: {
        // default-src 'self': the browser itself refuses any request of an extension page (popup, options, Firefox's
        // background page, Chrome's offscreen document) to anything but the extension's own files.
        extension_pages:
          "default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'",
      },
      ...(browser === 'firefox'
        ? {
            browser_specific_settings: {
              gecko: {
                id: GECKO_ID,
                // 140: the first ESR that knows data_collection_permissions (AMO requires it).
                strict_min_version: '140.0',
                data_collection_permissions: { required: ['none'] },
              },
              // Firefox for Android knows data_collection_permissions from 142.
              gecko_android: { strict_min_version: '142.0' },
            },
          }
        : {}),
    };
  },
});
