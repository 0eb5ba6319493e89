// Every selector Pitchcheck uses on mail.google.com (the structure the fixture pages in tests/fixtures/gmail reproduce).
// Stable hooks first: `name`, `role`, `g_editable`, `data-hovercard-id`, `data-name`,
// `span[email]`. Obfuscated class names (`M9`) are only used where an attribute-based
// fallback exists. Never match on aria-label / data-tooltip words: Gmail translates them.

export const GMAIL_HOSTS = ['mail.google.com'];

/** The compose body: Gmail's Closure editor. */
export const BODY = '[contenteditable="true"][g_editable="true"]';
/** Older/other builds: any multi-line editable textbox, accepted only inside a compose form. */
export const BODY_FALLBACK = '[role="textbox"][contenteditable="true"]';

/** The element that moves between the pop-up and full-screen dialogs (obfuscated, preferred). */
export const COMPOSE_ROOT = '.M9';
/** Where walking up from a body must stop: beyond it lie other messages or other composes. */
export const COMPOSE_BOUNDARY = '[role="dialog"], [role="main"], [role="listitem"]';
/** Anything that proves an ancestor is a compose form (inline replies may lack `.M9`). */
export const COMPOSE_MARKERS =
  'input[name="subjectbox"], [name="to"], [name="cc"], input[name="composeid"], input[name="draft"]';

/** Recipient rows (a `div` in the current UI; hidden `input`s holding "Name <email>" in the classic UI). */
export const ROW_TO = '[name="to"]';
export const ROW_CC = '[name="cc"]';
/** A recipient chip: the address in `data-hovercard-id`, the display name in `data-name`. */
export const CHIP = '[role="option"][data-hovercard-id]';
/** Classic chips and the collapsed "To: …" summary. */
export const EMAIL_SPAN = 'span[email]';
/** The input where the next address is being typed. */
export const COMBOBOX = 'input[role="combobox"], textarea[role="combobox"]';
export const ROW_TEXT_INPUT = 'input:not([type="hidden"]), textarea';

export const SUBJECT = 'input[name="subjectbox"]';

export const SIGNATURE = '.gmail_signature, .gmail_signature_prefix, [data-smartmail="gmail_signature"]';
export const QUOTED = '.gmail_quote, .gmail_quote_container, .gmail_attr';
