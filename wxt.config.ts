import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { portalMatchPatterns } from './src/portals/portals';
import { tebikiDictionaries } from './scripts/vite-plugin-dictionaries';

/** The gecko id is the Firefox add-on's identity: keep it stable across releases. */
export const GECKO_ID = 'tebiki@tebiki.app';

export default defineConfig({
  outDir: '.output',
  // The dictionaries are validated and compiled into `virtual:tebiki-index` at build time.
  vite: () => ({ plugins: [preact(), tebikiDictionaries()] }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    action: { default_title: '__MSG_extActionTitle__' },
    permissions: ['storage'],
    // The portal hosts only: the popup reads the active portal tab's URL; the content script runs there.
    host_permissions: portalMatchPatterns(),
    content_security_policy: {
      extension_pages: "script-src 'self'; object-src 'self'; base-uri 'none'; form-action 'none'",
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              strict_min_version: '128.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
