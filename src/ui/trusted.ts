// Our UI lives in the page's DOM, so page scripts can dispatch events at it (`button.click()`,
// `dispatchEvent(new KeyboardEvent(...))`). The page owns the draft, but not the user's
// settings: a handler that writes persistent state runs only for events the browser made from
// real user input (`isTrusted`); a keyboard activation of a button reaches it as a trusted click.
export function trustedOnly<E extends Event>(handler: (event: E) => void): (event: E) => void {
  return (event) => {
    if (event.isTrusted !== true) return;
    handler(event);
  };
}
