/**
 * Page metadata is hostile input too: titles and bylines arrive with markup, bidi overrides
 * (to spoof what a title says) and megabytes of text; `lang` arrives with quotes and tags.
 * Metadata is only ever shown as text, but it must be well-formed to be stored and shown.
 */

/** Bidi embeddings, overrides and isolates: they can make a title read as something else. */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;
const CONTROL_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

export const LIMITS = { title: 500, byline: 300, siteName: 200, excerpt: 1_000, url: 4_000 } as const;

/** Collapsed, control-free text of at most `max` characters, or null when nothing is left. */
export function cleanText(value: string | null | undefined, max: number): string | null {
  if (!value) return null;
  const text = value.replace(BIDI_CONTROLS, '').replace(CONTROL_CHARS, '').replace(/\s+/g, ' ').trim();
  if (!text) return null;
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}

/** A BCP 47 language tag (en, pt-BR, zh-Hant-TW), or null for anything else. */
export function cleanLang(value: string | null | undefined): string | null {
  const tag = value?.trim().replace(/_/g, '-') ?? '';
  return /^[a-z]{2,3}(?:-[a-z0-9]{2,8}){0,3}$/i.test(tag) ? tag : null;
}
