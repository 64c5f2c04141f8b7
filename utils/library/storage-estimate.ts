/** How much space the library takes, in the browser's own accounting. */
export async function storageUsed(): Promise<number | null> {
  const estimate = await globalThis.navigator?.storage?.estimate?.().catch(() => undefined);
  return estimate?.usage ?? null;
}
