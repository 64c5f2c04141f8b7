import { defineContentScript } from 'wxt/utils/define-content-script';
import { toggleReader } from './overlay-host';

export default defineContentScript({
  // Injected on demand by the background (activeTab + scripting): never on every page.
  registration: 'runtime',
  matches: [],
  main() {
    toggleReader(window);
  },
});
