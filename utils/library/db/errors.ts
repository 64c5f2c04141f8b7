/** Storage failures in words a reader understands. Nothing already saved is touched by a failed save. */
export function describeStorageError(error: unknown): string {
  const name =
    error instanceof Error || (typeof error === 'object' && error !== null && 'name' in error)
      ? String((error as { name: unknown }).name)
      : '';
  if (name === 'QuotaExceededError' || /quota/i.test(String(error))) {
    return 'Not saved: your browser has no storage space left for Lectern. Free some disk space or delete old articles; everything saved before is still there.';
  }
  const detail = error instanceof Error ? error.message : String(error);
  return `Not saved: the library could not be written (${detail}). Everything saved before is still there.`;
}
