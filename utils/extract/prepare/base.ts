/** A `<base href>` on another origin would send every relative URL somewhere else: drop it. */
export function dropForeignBase(doc: Document, url: string): void {
  for (const base of Array.from(doc.querySelectorAll('base'))) {
    try {
      if (new URL(base.getAttribute('href') ?? '', url).origin !== new URL(url).origin) base.remove();
    } catch {
      base.remove();
    }
  }
}
