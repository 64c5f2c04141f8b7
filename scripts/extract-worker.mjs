// A worker thread does not inherit tsx's loader from the command that started the CLI: the
// worker's entry registers it, then loads the TypeScript worker.
import { register } from 'tsx/esm/api';

register();
await import('./extract-worker.ts');
