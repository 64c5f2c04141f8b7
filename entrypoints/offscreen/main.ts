import { browser } from 'wxt/browser';
import { handleOffscreenMessage } from '@/utils/import-export/offscreen-handler';
import { windowDom } from '@/utils/import-export/parse-page';
import { browserSanitizer } from '@/utils/sanitize';

const dom = windowDom(window, browserSanitizer());
const self = { id: browser.runtime.id, origin: browser.runtime.getURL('/') };

browser.runtime.onMessage.addListener((message, sender) => {
  const outcome = handleOffscreenMessage(message, sender, dom, self);
  return outcome === undefined ? undefined : Promise.resolve(outcome);
});
