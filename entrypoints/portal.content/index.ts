import { defineContentScript } from 'wxt/utils/define-content-script';
import { portalMatchPatterns } from '@/src/portals/portals';
import { startContent } from '@/src/content/main';

export default defineContentScript({
  matches: portalMatchPatterns(),
  allFrames: true,
  // As soon as the DOM is parsed: at document_idle Chrome waits up to 200 ms more, while the user may already be
  // tabbing through the form.
  runAt: 'document_end',
  // WXT's old way of telling an earlier copy of the script to stop posts a message to the page's own listeners;
  // the custom event it also sends is enough, and the page hears nothing from us.
  noScriptStartedPostMessage: true,
  main(ctx) {
    void startContent(ctx);
  },
});
