/** Reading settings: stored shape, CSS they produce, keyboard shortcuts, text direction. */
import { describe, expect, it } from 'vitest';
import { isTextEntry, readerKeyAction } from '../../../components/reader/reader-keys';
import { articleDirection } from '../../../components/reader/article/text-direction';
import {
  DEFAULT_SETTINGS,
  nextTheme,
  normaliseSettings,
  settingsStyle,
  stepFontSize,
} from '../../../utils/settings';

describe('normaliseSettings', () => {
  it('keeps valid values and replaces invalid or unknown ones with defaults', () => {
    const stored = { font: 'dyslexic', fontSize: 99, theme: 'neon', speechRate: 1.5, extra: 1 };
    expect(normaliseSettings(stored)).toEqual({ ...DEFAULT_SETTINGS, font: 'dyslexic', speechRate: 1.5 });
  });
  it('survives storage returning nothing or garbage', () => {
    expect(normaliseSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(normaliseSettings('light')).toEqual(DEFAULT_SETTINGS);
    expect(normaliseSettings(null)).toEqual(DEFAULT_SETTINGS);
    expect(normaliseSettings([19, 'dark'])).toEqual(DEFAULT_SETTINGS);
  });
  it('keeps numbers only within their bounds, the bounds included', () => {
    expect(normaliseSettings({ fontSize: 12, lineHeight: 2.2, width: 60, speechRate: 0.5 })).toEqual({
      ...DEFAULT_SETTINGS,
      fontSize: 12,
      lineHeight: 2.2,
      width: 60,
      speechRate: 0.5,
    });
    expect(normaliseSettings({ fontSize: 11.9, lineHeight: 2.3, width: 61, speechRate: 0.25 })).toEqual(
      DEFAULT_SETTINGS,
    );
    // Steps are not enforced: a value between slider stops is still kept.
    expect(normaliseSettings({ lineHeight: 1.25 }).lineHeight).toBe(1.25);
  });
  it('rejects NaN, infinities and numbers stored as strings', () => {
    for (const fontSize of [NaN, Infinity, -Infinity, '20', null, true, [20]])
      expect(normaliseSettings({ fontSize })).toEqual(DEFAULT_SETTINGS);
  });
  it('keeps a choice only if it is one of the known keys, exactly', () => {
    expect(normaliseSettings({ font: 'mono', align: 'justify', theme: 'dark' })).toEqual({
      ...DEFAULT_SETTINGS,
      font: 'mono',
      align: 'justify',
      theme: 'dark',
    });
    for (const font of ['Serif', 'Monospace', 'toString', 'constructor', '', 1, null])
      expect(normaliseSettings({ font })).toEqual(DEFAULT_SETTINGS);
  });
  it('a key stored as undefined gets its default', () => {
    const settings = normaliseSettings({ fontSize: undefined, theme: undefined });
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(settings.fontSize).toBe(19);
  });
  it("reads only the stored object's own, known keys", () => {
    const settings = normaliseSettings({ toString: 5, hasOwnProperty: 1, extra: 'x' });
    expect(Object.keys(settings).sort()).toEqual(Object.keys(DEFAULT_SETTINGS).sort());
    expect(typeof settings.toString).toBe('function');
    const polluted = normaliseSettings(JSON.parse('{"__proto__": {"font": "mono"}, "theme": "dark"}'));
    expect(Object.getPrototypeOf(polluted)).toBe(Object.prototype);
    expect(polluted).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark' });
    expect(normaliseSettings(Object.create({ font: 'mono' }))).toEqual(DEFAULT_SETTINGS);
  });
  it('returns a fresh object each time', () => {
    expect(normaliseSettings(undefined)).not.toBe(DEFAULT_SETTINGS);
    expect(normaliseSettings({})).not.toBe(DEFAULT_SETTINGS);
  });
});

describe('settingsStyle', () => {
  it('turns settings into the custom properties the stylesheet reads', () => {
    const style = settingsStyle({
      ...DEFAULT_SETTINGS,
      fontSize: 22,
      lineHeight: 1.8,
      width: 44,
      align: 'justify',
    });
    expect(style).toMatchObject({
      '--lectern-size': '22px',
      '--lectern-line': '1.8',
      '--lectern-width': '44em',
      '--lectern-align': 'justify',
      '--lectern-letter-spacing': 'normal',
    });
  });
  it('spaces letters and words wider for the dyslexia-friendly font, and only for it', () => {
    const style = settingsStyle({ ...DEFAULT_SETTINGS, font: 'dyslexic' });
    expect(style['--lectern-font']).toMatch(/^"OpenDyslexic"/);
    expect(style['--lectern-letter-spacing']).toBe('0.05em');
    expect(style['--lectern-word-spacing']).toBe('0.16em');
    expect(settingsStyle({ ...DEFAULT_SETTINGS, font: 'mono' })['--lectern-font']).toMatch(/^ui-monospace/);
  });
});

it('t cycles light, sepia, dark, system and back; +/- stay within 12..32 px', () => {
  expect(['light', 'sepia', 'dark', 'system'].map((theme) => nextTheme(theme as 'light'))).toEqual([
    'sepia',
    'dark',
    'system',
    'light',
  ]);
  expect(stepFontSize({ ...DEFAULT_SETTINGS, fontSize: 32 }, 1).fontSize).toBe(32);
  expect(stepFontSize({ ...DEFAULT_SETTINGS, fontSize: 12 }, -1).fontSize).toBe(12);
  expect(stepFontSize(DEFAULT_SETTINGS, 1).fontSize).toBe(20);
});

describe('reader shortcuts', () => {
  const element = (tagName: string, type = '') =>
    ({ tagName, type, isContentEditable: false }) as unknown as Element;
  const key = (value: string, target = element('DIV'), modifiers: Partial<KeyboardEvent> = {}) =>
    ({ key: value, target, composedPath: () => [target], ...modifiers }) as unknown as KeyboardEvent;

  it('maps keys to actions', () => {
    expect(['Escape', 's', '+', '=', '-', 't', '?', 'x'].map((value) => readerKeyAction(key(value)))).toEqual(
      ['close', 'save', 'bigger', 'bigger', 'smaller', 'theme', 'shortcuts', null],
    );
  });
  it('leaves browser shortcuts alone (Ctrl+S, Ctrl+-, Alt+T)', () => {
    expect(readerKeyAction(key('s', undefined, { ctrlKey: true }))).toBeNull();
    expect(readerKeyAction(key('-', undefined, { metaKey: true }))).toBeNull();
    expect(readerKeyAction(key('t', undefined, { altKey: true }))).toBeNull();
  });
  it('lets letters be typed in text fields but works on sliders and radios; Escape works anywhere', () => {
    expect(readerKeyAction(key('s', element('INPUT', 'search')))).toBeNull();
    expect(readerKeyAction(key('t', element('SELECT')))).toBeNull();
    expect(readerKeyAction(key('+', element('INPUT', 'range')))).toBe('bigger');
    expect(readerKeyAction(key('t', element('INPUT', 'radio')))).toBe('theme');
    expect(readerKeyAction(key('Escape', element('TEXTAREA')))).toBe('close');
    expect(isTextEntry({ tagName: 'DIV', isContentEditable: true } as unknown as Element)).toBe(true);
  });
});

describe('articleDirection', () => {
  it("follows the page's dir, else the language, else lets the text decide", () => {
    expect(articleDirection('en', 'rtl')).toBe('rtl');
    expect(articleDirection('ar', null)).toBe('rtl');
    expect(articleDirection('he-IL', null)).toBe('rtl');
    expect(articleDirection('fa_IR', null)).toBe('rtl');
    expect(articleDirection('fr', null)).toBe('ltr');
    expect(articleDirection(null, null)).toBe('auto');
  });
});
