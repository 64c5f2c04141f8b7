/** Saves a Blob as a file through a temporary link (no downloads permission needed). */
export function downloadBlob(blob: Blob, fileName: string, doc: Document = document): void {
  const url = URL.createObjectURL(blob);
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  // The download has started by then; the URL would otherwise hold the whole file in memory.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
