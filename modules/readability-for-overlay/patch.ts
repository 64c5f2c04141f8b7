/**
 * Readability as the overlay runs it, without what it never runs. Each step fails, with a message
 * naming what it looked for, when Readability's source no longer has what the step relies on.
 * - Debug mode is never on: `_debug` reads as false, so the minifier drops the debug logger and the
 *   debug-only serialisations of the article.
 * - A page is never Readability's own test DOM (JSDOMParser): its special cases read as false.
 * - The reasons a block failed the conditional cleaning were strings made only for that log:
 *   each becomes a placeholder (only their count is read).
 * - The stock methods Lectern's Readability replaces (utils/extract/readability.ts) are never
 *   called: they go.
 * - extract() always has it keep the page's classes (the sanitiser drops all but code languages):
 *   the option and the pass that removes classes go.
 */
import { REPLACED_STOCK_METHODS } from '../../utils/extract/readability';

export type Fail = (message: string) => never;

/**
 * Readability's source without the method `name` of its prototype's object literal; fails when
 * the source does not define it exactly once, as a method.
 */
export function withoutMethod(source: string, name: string, fail: Fail): string {
  // From the method's name to the closing brace at its indent.
  const start = source.indexOf(`\n  ${name}(`);
  const end = source.indexOf('\n  },', start);
  if (start < 0 || end < 0 || source.indexOf(`\n  ${name}(`, start + 1) >= 0)
    fail(`Readability.js no longer defines ${name} once, as a method: look again.`);
  return source.slice(0, start) + source.slice(end + '\n  },'.length);
}

/** The methods `patchReadability` removes. */
export const REMOVED_METHODS = [...REPLACED_STOCK_METHODS, '_cleanClasses'];

export function patchReadability(code: string, fail: Fail): string {
  const setting = 'this._debug = !!options.debug;';
  if (!code.includes(setting)) fail(`Readability.js no longer has "${setting}": look again.`);
  let source = code.replace(setting, '').replaceAll('this._debug', 'false');
  const jsdomParser = 'this._docJSDOMParser = this._doc.firstChild.__JSDOMParser__;';
  if (!source.includes(jsdomParser)) fail(`Readability.js no longer has "${jsdomParser}": look again.`);
  source = source.replace(jsdomParser, '').replaceAll('this._docJSDOMParser', 'false');
  const reasons = /errs\.push\(\s*`[^`]*`\s*\)/g;
  if (!reasons.test(source)) fail('Readability.js no longer builds its "errs" reasons: look again.');
  source = source.replace(reasons, 'errs.push(0)');
  for (const name of REPLACED_STOCK_METHODS) source = withoutMethod(source, name, fail);
  const classSettings = [
    'this._keepClasses = !!options.keepClasses;',
    'this._classesToPreserve = this.CLASSES_TO_PRESERVE.concat(\n    options.classesToPreserve || []\n  );',
    'CLASSES_TO_PRESERVE: ["page"],',
  ];
  const cleaning = /\n\s*if \(!this\._keepClasses\) \{[^}]*\}\n/;
  if (!classSettings.every((setting) => source.includes(setting)) || !cleaning.test(source))
    fail('Readability.js no longer cleans classes as it did: look again.');
  for (const setting of classSettings) source = source.replace(setting, '');
  return withoutMethod(source.replace(cleaning, '\n'), '_cleanClasses', fail);
}
