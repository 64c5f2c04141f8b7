/**
 * Embedded players and posts become plain links: the reader never loads third-party frames, but
 * the reader can still follow the video or post.
 */
const LABELS: Array<[RegExp, string]> = [
  [/youtube\.com|youtu\.be|youtube-nocookie\.com/i, 'Watch the video on YouTube'],
  [/vimeo\.com/i, 'Watch the video on Vimeo'],
  [/twitter\.com|x\.com/i, 'View the post on X'],
  [/instagram\.com/i, 'View the post on Instagram'],
  [/tiktok\.com/i, 'View the video on TikTok'],
  [/spotify\.com/i, 'Listen on Spotify'],
  [/soundcloud\.com/i, 'Listen on SoundCloud'],
  [/facebook\.com/i, 'View the post on Facebook'],
];

function watchUrl(src: string): string {
  const youtube = /youtube(?:-nocookie)?\.com\/embed\/([\w-]{6,})/i.exec(src);
  if (youtube) return `https://www.youtube.com/watch?v=${youtube[1]}`;
  const vimeo = /player\.vimeo\.com\/video\/(\d+)/i.exec(src);
  if (vimeo) return `https://vimeo.com/${vimeo[1]}`;
  return src;
}

export function embedsToLinks(root: Element, baseUrl: string): void {
  for (const embed of Array.from(root.querySelectorAll('iframe, video, audio, embed, object'))) {
    const raw =
      embed.getAttribute('src') ??
      embed.getAttribute('data') ??
      embed.querySelector('source')?.getAttribute('src') ??
      embed.getAttribute('data-src') ??
      '';
    let url: URL | null = null;
    try {
      url = raw ? new URL(raw, baseUrl) : null;
    } catch {
      url = null;
    }
    if (!url || !/^https?:$/.test(url.protocol)) {
      embed.remove();
      continue;
    }
    const href = watchUrl(url.href);
    const label =
      LABELS.find(([pattern]) => pattern.test(url.hostname))?.[1] ??
      (embed.tagName === 'AUDIO'
        ? 'Listen to the audio'
        : embed.tagName === 'VIDEO'
          ? 'Watch the video'
          : `Open the embedded content (${url.hostname})`);
    const paragraph = embed.ownerDocument.createElement('p');
    const link = embed.ownerDocument.createElement('a');
    link.setAttribute('href', href);
    link.textContent = label;
    paragraph.appendChild(link);
    embed.replaceWith(paragraph);
  }
}
