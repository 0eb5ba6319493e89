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

// Type checks without `instanceof`: elements may come from another window (frames, test
// documents) or through Firefox's Xray wrappers, where the global constructors differ.
export function isHTMLElement(node: unknown): node is HTMLElement {
  return typeof node === 'object' && node !== null && (node as Node).nodeType === 1 && 'style' in (node as object);
}

export function isInput(node: unknown): node is HTMLInputElement {
  return isHTMLElement(node) && node.localName === 'input';
}

export function isTextField(node: unknown): node is HTMLInputElement | HTMLTextAreaElement {
  return isHTMLElement(node) && (node.localName === 'input' || node.localName === 'textarea');
}

/**
 * The editables that can be compose bodies: HTML elements not nested in another matched editable
 * (a nested one is part of that body) and not inside another extension's nodes.
 */
export function outermostOwnEditables(candidates: readonly Element[]): HTMLElement[] {
  const elements = candidates.filter(isHTMLElement);
  return elements.filter(
    (body) => !elements.some((other) => other !== body && other.contains(body)) && !isInsideForeign(body),
  );
}
