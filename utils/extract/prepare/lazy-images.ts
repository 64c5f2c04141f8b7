/**
 * Lazy-loaded images carry their real address in data attributes until a script swaps it in;
 * a clone never runs that script. Promote the real address so figures survive.
 */
const SRC_ATTRIBUTES = [
  'data-src',
  'data-lazy-src',
  'data-original',
  'data-url',
  'data-hi-res-src',
  'data-full-src',
  'data-lazy',
  'data-echo',
];
const SRCSET_ATTRIBUTES = ['data-srcset', 'data-lazy-srcset', 'data-original-srcset'];
const PLACEHOLDER =
  /^(?:data:|about:blank|$)|(?:blank|spacer|placeholder|pixel|transparent|grey|gray|lazy)[^/]*\.(?:gif|png|svg|jpe?g)/i;

function looksLikeImageUrl(value: string): boolean {
  return /^(?:https?:)?\/\/|^\/|\.(?:jpe?g|png|gif|webp|avif)(?:[?#]|$)/i.test(value.trim());
}

export function restoreLazyImages(doc: Document): void {
  const images = [
    ...Array.from(doc.getElementsByTagName('img')),
    ...Array.from(doc.getElementsByTagName('source')),
  ];
  for (const image of images) {
    const isImage = image.tagName === 'IMG';
    const current = image.getAttribute(isImage ? 'src' : 'srcset') ?? '';
    if (isImage && (!current || PLACEHOLDER.test(current))) {
      const real = SRC_ATTRIBUTES.map((name) => image.getAttribute(name)).find(
        (value) => value && looksLikeImageUrl(value),
      );
      if (real) image.setAttribute('src', real);
    }
    const realSet = SRCSET_ATTRIBUTES.map((name) => image.getAttribute(name)).find(Boolean);
    if (realSet && (!image.getAttribute('srcset') || PLACEHOLDER.test(image.getAttribute('srcset') ?? ''))) {
      image.setAttribute('srcset', realSet);
    }
    if (isImage && !image.getAttribute('src')) {
      // Only a srcset: take its first candidate as src so every renderer shows something.
      const first = (image.getAttribute('srcset') ?? '').trim().split(/\s+/)[0];
      if (first) image.setAttribute('src', first);
    }
  }
  // <noscript><img></noscript> after a placeholder: the noscript copy is the real image.
  for (const noscript of Array.from(doc.getElementsByTagName('noscript'))) {
    const markup = noscript.textContent ?? '';
    const match = /<img\b[^>]*\bsrc\s*=\s*["']([^"']+)["'][^>]*>/i.exec(markup);
    if (!match?.[1]) continue;
    const previous = noscript.previousElementSibling;
    const placeholder = previous?.tagName === 'IMG' ? previous : previous?.querySelector('img');
    if (placeholder && PLACEHOLDER.test(placeholder.getAttribute('src') ?? '')) {
      placeholder.setAttribute('src', match[1]);
      noscript.remove();
    }
  }
}
