// Gmail's compose windows: pop-ups (several at once), full-screen, inline reply/forward in a
// thread, and the pop-out window. The body is found first, then the compose around it, because
// the compose wrapper's classes change more often than the editor's attributes.
import type { Person } from '../../core/types.js';
import type { ComposeRecipients, ComposeWindow, SiteAdapter } from '../adapter.js';
import { dedupePeople, looksLikeEmail, parseAddressList } from '../address.js';
import { isForeignElement, isHTMLElement, isInput, isInsideForeign, isTextField, outermostOwnEditables } from '../foreign.js';
import * as S from './selectors.js';

function safeQueryAll(scope: ParentNode, selector: string): Element[] {
  try {
    return Array.from(scope.querySelectorAll(selector));
  } catch {
    return [];
  }
}

function safeMatches(el: Element, selector: string): boolean {
  try {
    return el.matches(selector);
  } catch {
    return false;
  }
}

function bodiesIn(scope: ParentNode): Element[] {
  return safeQueryAll(scope, `${S.BODY}, ${S.BODY_FALLBACK}`);
}

interface RootSearch {
  root: HTMLElement;
  /** True when the root is known to be a compose (not just the body's parent). */
  confirmed: boolean;
}

/**
 * Walks up from the body: `.M9` when present; otherwise the nearest ancestor holding the compose
 * form's fields; never past an ancestor that holds another compose body or a dialog/main/message.
 */
function findRoot(body: HTMLElement): RootSearch | null {
  const doc = body.ownerDocument;
  let withMarkers: HTMLElement | null = null;
  let boundary: HTMLElement | null = null;
  for (let el = body.parentElement; el; el = el.parentElement) {
    if (el === doc.body || el === doc.documentElement) break;
    if (bodiesIn(el).some((other) => other !== body && !body.contains(other) && !other.contains(body))) break;
    if (safeMatches(el, S.COMPOSE_ROOT)) return { root: el, confirmed: true };
    if (!withMarkers && outsideBody(safeQueryAll(el, S.COMPOSE_MARKERS), body).length) withMarkers = el;
    if (safeMatches(el, S.COMPOSE_BOUNDARY)) {
      boundary = el;
      break;
    }
  }
  if (withMarkers) return { root: withMarkers, confirmed: true };
  // No form fields: the dialog (or the pop-out's [role=main]) around the body is the best anchor,
  // but nothing in it is trusted to be this compose's recipients.
  if (boundary) return { root: boundary, confirmed: false };
  return body.parentElement ? { root: body.parentElement, confirmed: false } : null;
}

function outsideBody(elements: Element[], body: Element): Element[] {
  return elements.filter((el) => el !== body && !body.contains(el));
}

function chipPerson(chip: Element): Person | null {
  const id = (chip.getAttribute('data-hovercard-id') ?? '').trim();
  const name = (chip.getAttribute('data-name') ?? '').trim() || chip.textContent?.trim() || '';
  const email = looksLikeEmail(id) ? id : '';
  if (!email && !name) return null;
  return name && name.toLowerCase() !== email.toLowerCase() ? { name, email } : { email };
}

function emailSpanPerson(span: Element): Person | null {
  const email = (span.getAttribute('email') ?? '').trim();
  if (!looksLikeEmail(email)) return null;
  const name = (span.getAttribute('name') ?? span.textContent ?? '').trim();
  return name && name.toLowerCase() !== email.toLowerCase() ? { name, email } : { email };
}

function typedPeople(input: Element): Person[] {
  const value = (input as HTMLInputElement).value;
  return typeof value === 'string' ? parseAddressList(value) : [];
}

function peopleInRow(row: Element): Person[] {
  if (isTextField(row)) return parseAddressList(row.value);
  const people: Person[] = [];
  const chips = safeQueryAll(row, S.CHIP);
  const fromChips = chips.length ? chips : safeQueryAll(row, S.EMAIL_SPAN);
  for (const chip of fromChips) {
    const person = chips.length ? chipPerson(chip) : emailSpanPerson(chip);
    if (person) people.push(person);
  }
  const inputs = safeQueryAll(row, S.COMBOBOX);
  // The page decides how much is typed there: no spread of an unbounded list into push().
  for (const input of inputs.length ? inputs : safeQueryAll(row, S.ROW_TEXT_INPUT)) for (const person of typedPeople(input)) people.push(person);
  return people;
}

class GmailCompose implements ComposeWindow {
  private found: RootSearch;

  constructor(
    readonly body: HTMLElement,
    found: RootSearch,
  ) {
    this.found = found;
  }

  /** Cached: the content script reads it on every mutation. Found again only if the body left it. */
  get root(): HTMLElement {
    const cached = this.found.root;
    if (cached.isConnected && cached !== this.body && cached.contains(this.body)) return cached;
    this.found = findRoot(this.body) ?? { root: this.body.parentElement ?? this.body, confirmed: false };
    return this.found.root;
  }

  private rows(selector: string): Element[] {
    return outsideBody(safeQueryAll(this.root, selector), this.body).filter((el) => !isInsideForeign(el));
  }

  recipients(): ComposeRecipients {
    try {
      const toRows = this.rows(S.ROW_TO);
      const ccRows = this.rows(S.ROW_CC);
      const to = dedupePeople(toRows.flatMap(peopleInRow));
      const cc = dedupePeople(ccRows.flatMap(peopleInRow));
      if (!to.length && !cc.length && this.found.confirmed) {
        // No rows rendered (collapsed inline reply): the "To: …" summary still names everyone.
        const rowEls = [...toRows, ...ccRows];
        const summary = this.rows(S.EMAIL_SPAN).filter((span) => !rowEls.some((row) => row.contains(span)));
        return { to: dedupePeople(summary.map(emailSpanPerson).filter((p): p is Person => p !== null)), cc: [] };
      }
      return { to, cc };
    } catch {
      return { to: [], cc: [] };
    }
  }

  subjectInput(): HTMLInputElement | null {
    try {
      const input = outsideBody(safeQueryAll(this.root, S.SUBJECT), this.body)[0];
      return isInput(input) ? input : null;
    } catch {
      return null;
    }
  }

  subject(): string {
    return this.subjectInput()?.value ?? '';
  }

  recipientInputs(): HTMLElement[] {
    try {
      const els = this.rows(`${S.ROW_TO}, ${S.ROW_CC}, ${S.SUBJECT}`);
      const inputs = els.flatMap((row) => safeQueryAll(row, S.COMBOBOX));
      return [...new Set([...els, ...inputs])].filter(isHTMLElement);
    } catch {
      return [];
    }
  }

  uiAnchor(): HTMLElement {
    return this.root;
  }
}

export const gmailAdapter: SiteAdapter = {
  id: 'gmail',

  matches(location) {
    return S.GMAIL_HOSTS.includes(location.hostname);
  },

  findComposes(doc) {
    try {
      const composes: ComposeWindow[] = [];
      for (const body of outermostOwnEditables(bodiesIn(doc))) {
        const found = findRoot(body);
        if (!found) continue;
        // The fallback selector also matches editables that are not composes (chat, notes).
        if (!safeMatches(body, S.BODY) && !found.confirmed) continue;
        composes.push(new GmailCompose(body, found));
      }
      return composes;
    } catch {
      return [];
    }
  },

  isSignature(el) {
    return safeMatches(el, S.SIGNATURE);
  },

  isQuoted(el) {
    return safeMatches(el, S.QUOTED);
  },

  isForeign(el) {
    return isForeignElement(el);
  },
};
