/** What a save without the reader comes to, as the popup and the toolbar badge say it. */
import { describe, expect, it } from 'vitest';
import { badgeFor, describeOutcome, parseOutcome } from '../../../utils/quick-save/outcome';
import { describeTab } from '../../../components/popup/this-page/useThisPage';
import { fluidWidth, popupTabOverride } from '../../../components/popup/popup-options';

describe('parseOutcome: the save script’s answer comes from a web page’s tab', () => {
  it('passes a well-formed answer through', () => {
    const saved = { kind: 'saved', id: 'a1', title: 'Night trains' };
    expect(parseOutcome(saved)).toEqual(saved);
    expect(parseOutcome({ kind: 'no-article', message: 'No article found on this page.' })).toEqual({
      kind: 'no-article',
      message: 'No article found on this page.',
    });
  });
  it('turns anything else into a failure said in words', () => {
    for (const bad of [undefined, null, 'saved', { kind: 'saved' }, { kind: 'owned', message: 'x' }]) {
      const outcome = parseOutcome(bad);
      expect(outcome.kind).toBe('failed');
      expect(describeOutcome(outcome)).toMatch(/could not read this page/);
    }
  });
});

describe('describeOutcome and the badge', () => {
  it('says saved and updated apart', () => {
    expect(describeOutcome({ kind: 'saved', id: 'a', title: 't' })).toBe('Saved to your library');
    expect(describeOutcome({ kind: 'updated', id: 'a', title: 't' })).toBe('Updated in your library');
  });
  it('gives a tick for success and a cross otherwise: never an empty badge', () => {
    expect(badgeFor(true).text).toBe('✓');
    expect(badgeFor(false).text).toBe('✕');
    expect(badgeFor(true).color).not.toBe(badgeFor(false).color);
  });
});

describe('the popup’s page', () => {
  it('names the site without www, and lets Lectern try a web page', () => {
    expect(describeTab({ id: 4, title: 'Story', url: 'https://www.example.com/a' })).toEqual({
      tabId: 4,
      title: 'Story',
      url: 'https://www.example.com/a',
      site: 'example.com',
      blocked: null,
    });
  });
  it('says why for a page the browser keeps from extensions, and for a hidden address', () => {
    expect(describeTab({ id: 1, title: 'Settings', url: 'chrome://settings/' })?.blocked).toMatch(/browser/);
    expect(describeTab({ id: 1, title: 'New Tab' })?.blocked).toMatch(/off-limits/);
    expect(describeTab({ id: 1, url: 'https://example.com/r.pdf' })?.blocked).toMatch(/PDF/);
  });
  it('has no page without a tab id', () => {
    expect(describeTab({ title: 'x' })).toBeNull();
  });
  it('acts on the window’s active tab: ?tab= is honoured only by the test build', () => {
    expect(popupTabOverride('?tab=12')).toBeNull();
    expect(fluidWidth(null)).toBe(false);
  });
});
