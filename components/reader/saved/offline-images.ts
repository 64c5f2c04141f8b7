/**
 * The saved copy shows its stored pictures: each img whose src has a stored blob gets that
 * blob's object URL instead. Its srcset, sizes and a <picture>'s <source>s go, or the browser
 * would pick a network candidate over the stored one.
 */
export function showOfflineImages(root: ParentNode, urls: ReadonlyMap<string, string>): void {
  if (urls.size === 0) return;
  for (const image of Array.from(root.querySelectorAll('img'))) {
    const stored = urls.get(image.getAttribute('src') ?? '');
    if (!stored) continue;
    image.removeAttribute('srcset');
    image.removeAttribute('sizes');
    const picture = image.parentElement;
    if (picture?.tagName === 'PICTURE')
      for (const source of Array.from(picture.children)) if (source.tagName === 'SOURCE') source.remove();
    image.setAttribute('src', stored);
  }
}

/**
 * "Load pictures from the web in saved copies" turned off: every picture that is not a stored
 * one goes, with its <picture>'s sources, before the nodes reach the page (nothing is requested).
 */
export function dropRemotePictures(root: ParentNode): void {
  for (const source of Array.from(root.querySelectorAll('source'))) source.remove();
  for (const image of Array.from(root.querySelectorAll('img')))
    if (!(image.getAttribute('src') ?? '').startsWith('blob:') || image.hasAttribute('srcset'))
      image.remove();
}
