/** The popup's title bar: Lectern's mark, and the way to the full library and to the options. */
import { browser } from 'wxt/browser';

const openTab = (path: '/library.html') => {
  void browser.tabs.create({ url: browser.runtime.getURL(path) });
  window.close();
};

export function PopupHeader() {
  return (
    <header class="lectern-popup-header">
      <img class="lectern-popup-mark" src="/icon/lectern.svg" alt="" width="20" height="20" />
      <h1>Lectern</h1>
      <nav aria-label="Lectern pages">
        <button type="button" class="lectern-popup-link" onClick={() => openTab('/library.html')}>
          Library
        </button>
        <button
          type="button"
          class="lectern-popup-link"
          onClick={() => void browser.runtime.openOptionsPage().then(() => window.close())}
        >
          Options
        </button>
      </nav>
    </header>
  );
}
