// Drafts past this size are checked up to it: a rep never waits on a pasted log, and the engine's
// time and memory stay bounded whatever arrives (the extension and the CLI share the cap).
export const MAX_CHECKED_CHARS = 120_000;

/** The end of the checked prefix: the cap, moved back to the last whitespace so no word is cut. */
export function checkedLength(text: string): number {
  if (text.length <= MAX_CHECKED_CHARS) return text.length;
  const cut = text.lastIndexOf(' ', MAX_CHECKED_CHARS);
  const nl = text.lastIndexOf('\n', MAX_CHECKED_CHARS);
  const at = Math.max(cut, nl);
  return at > MAX_CHECKED_CHARS / 2 ? at : MAX_CHECKED_CHARS;
}
