import { browser } from 'wxt/browser';
import { handleOffscreenMessage } from '@/utils/fetch-queue/offscreen-handler';
import { windowDom } from '@/utils/fetch-queue/parse-page';
import { browserSanitizer } from '@/utils/sanitize';

const dom = windowDom(window, browserSanitizer());
const self = { id: browser.runtime.id, origin: browser.runtime.getURL('/') };

browser.runtime.onMessage.addListener((message, sender) => {
  const outcome = handleOffscreenMessage(message, sender, dom, self);
  return outcome === undefined ? undefined : Promise.resolve(outcome);
});
