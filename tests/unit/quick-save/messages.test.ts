/** The popup's Read and Save reach the background from Lectern's own pages only. */
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { dispatch } from '../../../utils/background/handlers';

beforeEach(() => fakeBrowser.reset());

const webPage = () => ({
  id: fakeBrowser.runtime.id,
  tab: { id: 3, url: 'https://news.example.com/a' } as never,
  url: 'https://news.example.com/a',
});

describe('tab/read and tab/save', () => {
  it('are refused from a script in a web page (it could make Lectern save any tab)', async () => {
    for (const type of ['tab/read', 'tab/save'])
      expect(await dispatch({ type, tabId: 3 }, webPage())).toEqual({
        ok: false,
        error: 'Sender not allowed.',
      });
  });
  it('are refused without a whole-number tab id', async () => {
    const popup = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') };
    expect(await dispatch({ type: 'tab/save', tabId: '3' }, popup)).toMatchObject({ ok: false });
    expect(await dispatch({ type: 'tab/read', tabId: 1.5 }, popup)).toMatchObject({ ok: false });
  });
});
