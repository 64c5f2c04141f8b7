/** Public surface of the import parsers. */
export { parseImport } from './parse';
export { detectFormat } from './detect';
export { ImportError, IMPORT_MESSAGES } from './types';
export type { ImportEntry, ImportFormat, ImportProblem, ImportResult } from './types';
