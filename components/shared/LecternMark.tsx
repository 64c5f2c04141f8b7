/**
 * Lectern's mark (public/icon/lectern.svg, the toolbar icon's own drawing) beside a page's name:
 * the same tile in every header. Decorative: the heading beside it says "Lectern".
 */
export function LecternMark({ size = 28 }: { size?: number }) {
  return <img class="lectern-mark" src="/icon/lectern.svg" alt="" width={size} height={size} />;
}
