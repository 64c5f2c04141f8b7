/**
 * Numbered migrations: migration N takes a database at version N-1 to version N, inside the
 * upgrade transaction. Never edit a migration that has shipped; add the next one, and a fixture
 * of a database written by the version before it (tests/fixtures/databases/make-fixture.ts):
 * tests/unit/library/fixtures.test.ts opens every fixture with the current code.
 *
 * A migration imports no live helper: what it does is frozen in its own file, so a later change
 * to how the library derives keys or packs its index cannot change what an old upgrade does.
 */
import type { Migration } from './migration';
import { createArticleStores } from './v1-articles';
import { addIndexesAndSearch } from './v2-indexes';
import { packDocIds } from './v3-doc-ids';
import { addSizeTotal } from './v4-size-total';
import { createHighlightStore } from './v5-highlights';

export type { Migration };

export const migrations: Migration[] = [
  createArticleStores,
  addIndexesAndSearch,
  packDocIds,
  addSizeTotal,
  createHighlightStore,
];

export const DB_VERSION = migrations.length;
