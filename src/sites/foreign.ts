// Nodes that other extensions (and Pitchcheck itself) put into or next to the editor. Their text is
// not the user's: skip them when reading the draft. Grammarly's old `<g class="gr_">` wrappers are
// NOT listed: they wrap the user's own words. `data-gramm*` / `data-lt-tmp-id` are also not
// listed: those attributes mark the *editor* being checked, not foreign content.
export function isForeignElement(el: Element): boolean {
  const tag = el.localName;
  if (tag.startsWith('grammarly-') || tag.startsWith('lt-')) return true;
  return (
    el.hasAttribute('data-pitchcheck') ||
    el.hasAttribute('data-grammarly-part') ||
    el.hasAttribute('data-grammarly-shadow-root')
  );
}

/** True when `el` sits inside an element that is foreign (e.g. a compose inside our own UI). */
export function isInsideForeign(el: Element): boolean {
  for (let cur: Element | null = el; cur; cur = cur.parentElement) {
    if (isForeignElement(cur)) return true;
  }
  return false;
}
