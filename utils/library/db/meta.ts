/**
 * The `meta` store: a few counters and flags, each key with its own value type (MetaValues in
 * schema.ts). IndexedDB keeps one value type per store, so the typing lives here, once.
 */
import type { MetaValues } from './schema';

export type MetaKey = keyof MetaValues;

interface MetaReader {
  get(key: MetaKey): Promise<MetaValues[MetaKey] | undefined>;
}

interface MetaWriter {
  put(value: MetaValues[MetaKey], key: MetaKey): Promise<unknown>;
}

export function getMeta<K extends MetaKey>(store: MetaReader, key: K): Promise<MetaValues[K] | undefined> {
  // The store is written only through putMeta, which pairs each key with its own type.
  return store.get(key) as Promise<MetaValues[K] | undefined>;
}

export function putMeta<K extends MetaKey>(
  store: MetaWriter,
  key: K,
  value: MetaValues[K],
): Promise<unknown> {
  return store.put(value, key);
}
