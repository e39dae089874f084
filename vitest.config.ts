import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { tebikiChecklists } from './scripts/vite-plugin-checklists.ts';
import { tebikiDictionaries } from './scripts/vite-plugin-dictionaries.ts';
import { tebikiDocuments } from './scripts/vite-plugin-documents.ts';
import { tebikiFieldKinds } from './scripts/vite-plugin-field-kinds.ts';
import { tebikiLanguageCoverage } from './scripts/i18n/vite-plugin-language-packs.ts';

export default defineConfig({
  test: {
    projects: [
      {
        plugins: [
          WxtVitest(),
          tebikiDictionaries(),
          tebikiFieldKinds(),
          tebikiChecklists(),
          tebikiLanguageCoverage(),
          tebikiDocuments(),
        ],
        test: {
          name: 'unit',
          include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts', 'build/**/*.test.ts'],
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          // One browser at a time: two cores, and each browser is heavy.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
