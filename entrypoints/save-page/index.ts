import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { saveThisPage } from '@/utils/quick-save/in-page';

// Injected on demand by the background (popup Save, the save shortcut, "Save page to Lectern"):
// reads and saves the page without opening the reader. Its promise is executeScript's result.
export default defineUnlistedScript(() => saveThisPage(window));
