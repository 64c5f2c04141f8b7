/** Reading settings: stored shape, CSS they produce, keyboard shortcuts, text direction. */
import { describe, expect, it } from 'vitest';
import { isTextEntry, readerKeyAction } from '../../components/reader-keys';
import { articleDirection } from '../../components/text-direction';
import {
  DEFAULT_SETTINGS,
  nextTheme,
  normaliseSettings,
  settingsStyle,
  stepFontSize,
} from '../../utils/settings';

describe('normaliseSettings', () => {
  it('keeps valid values and replaces invalid or unknown ones with defaults', () => {
    const stored = { font: 'dyslexic', fontSize: 99, theme: 'neon', speechRate: 1.5, extra: 1 };
    expect(normaliseSettings(stored)).toEqual({ ...DEFAULT_SETTINGS, font: 'dyslexic', speechRate: 1.5 });
  });
  it('survives storage returning nothing or garbage', () => {
    expect(normaliseSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(normaliseSettings('light')).toEqual(DEFAULT_SETTINGS);
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
