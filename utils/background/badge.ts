/**
 * The toolbar button's answer to a save made without the popup (the shortcut, the context menus):
 * a badge on that tab, with the outcome in words as the button's tooltip, so a save is never
 * silent. It clears itself after a while; the tooltip goes back to the button's own.
 */
import { browser } from 'wxt/browser';
import { badgeFor, describeOutcome, type PageSaveOutcome } from '../quick-save/outcome';

const SHOWN_MS = 6_000;
const TITLE = 'Lectern';

const action = () => browser.action ?? browser.browserAction;

async function setBadge(tabId: number, text: string, color: string, title: string): Promise<void> {
  await action().setBadgeBackgroundColor({ tabId, color });
  await action().setBadgeText({ tabId, text });
  await action().setTitle({ tabId, title });
}

/** A tick (ok) or a cross on the tab's button, `message` as its tooltip, for a few seconds. */
export async function showBadge(tabId: number, result: { ok: boolean; message: string }): Promise<void> {
  const badge = badgeFor(result.ok);
  await setBadge(tabId, badge.text, badge.color, `Lectern: ${result.message}`);
  setTimeout(() => void setBadge(tabId, '', badge.color, TITLE).catch(() => undefined), SHOWN_MS);
}

/** Save from the shortcut or the context menu: a badge while saving, then the outcome. */
export async function saveWithBadge(
  tabId: number,
  save: () => Promise<PageSaveOutcome>,
): Promise<PageSaveOutcome> {
  await setBadge(tabId, '…', '#555555', 'Lectern: saving this page…').catch(() => undefined);
  const outcome = await save();
  const ok = outcome.kind === 'saved' || outcome.kind === 'updated';
  const message = ok ? `${describeOutcome(outcome)}: “${outcome.title}”` : describeOutcome(outcome);
  await showBadge(tabId, { ok, message }).catch(() => undefined);
  return outcome;
}
