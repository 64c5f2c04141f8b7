import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { toggleReader } from '@/components/reader/overlay/overlay-host';

// Injected on demand by the background (activeTab + scripting.executeScript): never on every page,
// never listed in the manifest. An unlisted script rather than a content script: WXT wraps a
// content script's main() in a ContentScriptContext that the overlay never used, and whose
// start-up announces itself to the page (a postMessage and a DOM event named with the extension's
// id), which let any page see that Lectern was opened on it.
export default defineUnlistedScript(() => {
  toggleReader(window);
});
