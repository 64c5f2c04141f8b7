/** Keeps Tab and Shift+Tab cycling inside a modal (the overlay), shadow root or not. */

const CANDIDATES =
  'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** What Tab visits in `root`, in order: visible, enabled, one stop per radio group. */
function tabbables(root: ParentNode): HTMLElement[] {
  return Array.from(root.querySelectorAll<HTMLElement>(CANDIDATES)).filter((element) => {
    if (element.getClientRects().length === 0 || element.closest('[inert]')) return false;
    const input = element as HTMLInputElement;
    if (input.type === 'radio' && !input.checked && input.form === null) {
      const group = (element.getRootNode() as ParentNode).querySelector<HTMLInputElement>(
        `input[type="radio"][name="${CSS.escape(input.name)}"]:checked`,
      );
      return !group;
    }
    return true;
  });
}

/** Call on Tab keydown: wraps focus from the last stop to the first and back. */
export function trapTab(root: HTMLElement, event: KeyboardEvent): void {
  const stops = tabbables(root);
  const first = stops[0];
  const last = stops[stops.length - 1];
  if (!first || !last) {
    event.preventDefault();
    return;
  }
  const active = (root.getRootNode() as Document | ShadowRoot).activeElement;
  const inside = !!active && root.contains(active) && active !== root;
  if (!inside || (event.shiftKey ? active === first : active === last)) {
    event.preventDefault();
    (event.shiftKey ? last : first).focus();
  }
}
