/** Types for the deep import in readability.ts: the class the package's index exports. */
declare module '@mozilla/readability/Readability.js' {
  import { Readability } from '@mozilla/readability';

  export default Readability;
}
