import { defineContentScript } from 'wxt/utils/define-content-script';
import { portalMatchPatterns } from '@/src/portals/portals';
import { startContent } from '@/src/content/main';

export default defineContentScript({
  matches: portalMatchPatterns(),
  allFrames: true,
  runAt: 'document_idle',
  main(ctx) {
    void startContent(ctx);
  },
});
