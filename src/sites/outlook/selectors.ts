// Every selector Pitchcheck uses on Outlook on the web (the structure the fixture pages in tests/fixtures/outlook reproduce).
// Outlook's class names are CSS-module hashes that change every few months: only roles, ids,
// attributes and the stable *prefix* of a few module class names are used. Never aria-label words.

export const OUTLOOK_HOSTS = [
  'outlook.office.com',
  'outlook.office365.com',
  'outlook.live.com',
  'outlook.cloud.microsoft',
];

/** The RoosterJS editor. */
export const BODY = '[role="textbox"][aria-multiline="true"][contenteditable="true"]';

/** A compose in the reading pane / main area, and the pop-out window's form. */
export const COMPOSE_ROOT = 'div[id^="docking_InitVisiblePart_"], [data-app-section="Form_Content"]';
/** Walking up from a body without a known root stops here. */
export const COMPOSE_BOUNDARY = '[role="main"], [role="dialog"]';

/** Recipient wells in document order: To, Cc, Bcc. */
export const RECIPIENT_WELL = '[contenteditable="true"]:not([aria-multiline="true"])';
/** A resolved recipient inside a well. */
export const CHIP = '[contenteditable="false"]';
/** The display name inside a chip. */
export const CHIP_NAME = '[class*="textContainer-"], [class*="individualText-"]';

/** The subject: Outlook caps it at 255 characters; otherwise the compose's only plain text input. */
export const SUBJECT = 'input[maxlength="255"]';
export const TEXT_INPUT = 'input[type="text"], input:not([type])';
/** Inputs that belong to recipient pickers, not the subject. */
export const PICKER_INPUT = '[role="combobox"], [aria-autocomplete]';

export const SIGNATURE = '#Signature';
export const QUOTED = '#divRplyFwdMsg, #appendonsend, #mail-editor-reference-message-container';
/** Everything after this (empty) marker is quoted history. */
export const QUOTED_TAIL = '#appendonsend';
