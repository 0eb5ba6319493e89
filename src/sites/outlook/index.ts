// Outlook on the web: composes in the reading pane / main area and the pop-out window.
import type { Person } from '../../core/types.js';
import type { ComposeRecipients, ComposeWindow, SiteAdapter } from '../adapter.js';
import { dedupePeople, parseAddress, parseAddressList } from '../address.js';
import { isForeignElement, isHTMLElement, isInput, isInsideForeign, outermostOwnEditables } from '../foreign.js';
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

function closest(el: Element, selector: string): Element | null {
  try {
    return el.closest(selector);
  } catch {
    return null;
  }
}

/** Wells outside the body, outermost only (a well never nests another). */
function wellsIn(root: Element, body: Element): HTMLElement[] {
  const wells = safeQueryAll(root, S.RECIPIENT_WELL).filter(
    (el): el is HTMLElement => isHTMLElement(el) && el !== body && !body.contains(el) && !isInsideForeign(el),
  );
  return wells.filter((well) => !wells.some((other) => other !== well && other.contains(well)));
}

function findRoot(body: HTMLElement): HTMLElement | null {
  const known = body.parentElement ? closest(body.parentElement, S.COMPOSE_ROOT) : null;
  if (isHTMLElement(known)) return known;
  // Unknown wrapper (selectors changed): the nearest ancestor that also holds a recipient well.
  for (let el = body.parentElement; el; el = el.parentElement) {
    if (el === body.ownerDocument.body) break;
    if (safeQueryAll(el, S.BODY).some((other) => other !== body && !body.contains(other))) break;
    if (wellsIn(el, body).length) return el;
    if (safeMatches(el, S.COMPOSE_BOUNDARY)) break;
  }
  return null;
}

/** Chips are `[contenteditable=false]` islands; a nested island belongs to its outer chip. */
function chipsIn(well: Element): Element[] {
  const direct = safeQueryAll(well, `:scope > ${S.CHIP}`);
  if (direct.length) return direct;
  const all = safeQueryAll(well, S.CHIP);
  return all.filter((chip) => !all.some((other) => other !== chip && other.contains(chip)));
}

function chipPerson(chip: Element): Person | null {
  const label = safeQueryAll(chip, S.CHIP_NAME)[0] ?? chip;
  const text = (label.textContent ?? '').replace(/\s+/g, ' ').trim();
  if (!text) return null;
  // Outlook shows display names only; reopened drafts and unresolved entries show "Name <email>".
  return parseAddress(text) ?? { name: text, email: '' };
}

/** The text typed into a well that has not become a chip yet. */
function typedText(well: Element, chips: Element[]): string {
  const doc = well.ownerDocument;
  const walker = doc.createTreeWalker(well, 4 /* NodeFilter.SHOW_TEXT */);
  let text = '';
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (chips.some((chip) => chip.contains(node))) continue;
    text += (node.nodeValue ?? '') + ' ';
  }
  return text;
}

function peopleInWell(well: Element | undefined): Person[] {
  if (!well) return [];
  const chips = chipsIn(well);
  const people = chips.map(chipPerson).filter((p): p is Person => p !== null);
  // The page decides how much is typed there: no spread of an unbounded list into push().
  for (const person of parseAddressList(typedText(well, chips))) people.push(person);
  return dedupePeople(people);
}

class OutlookCompose implements ComposeWindow {
  constructor(
    readonly body: HTMLElement,
    private readonly initialRoot: HTMLElement,
  ) {}

  get root(): HTMLElement {
    return (this.initialRoot.isConnected && this.initialRoot.contains(this.body) ? this.initialRoot : findRoot(this.body)) ?? this.initialRoot;
  }

  private wells(): HTMLElement[] {
    return wellsIn(this.root, this.body);
  }

  recipients(): ComposeRecipients {
    try {
      // Wells in order To, Cc, Bcc; Bcc is not addressed by the greeting, so it is ignored.
      const [toWell, ccWell] = this.wells();
      return { to: peopleInWell(toWell), cc: peopleInWell(ccWell) };
    } catch {
      return { to: [], cc: [] };
    }
  }

  subjectInput(): HTMLInputElement | null {
    const wells = this.wells();
    const usable = (el: Element): el is HTMLInputElement =>
      isInput(el) &&
      !this.body.contains(el) &&
      !wells.some((well) => well.contains(el)) &&
      !safeMatches(el, S.PICKER_INPUT) &&
      !isInsideForeign(el);
    try {
      return safeQueryAll(this.root, S.SUBJECT).find(usable) ?? safeQueryAll(this.root, S.TEXT_INPUT).find(usable) ?? null;
    } catch {
      return null;
    }
  }

  subject(): string {
    try {
      return this.subjectInput()?.value ?? '';
    } catch {
      return '';
    }
  }

  recipientInputs(): HTMLElement[] {
    try {
      const wells = this.wells().slice(0, 2);
      const subject = this.subjectInput();
      return subject ? [...wells, subject] : wells;
    } catch {
      return [];
    }
  }

  uiAnchor(): HTMLElement {
    return this.root;
  }
}

export const outlookAdapter: SiteAdapter = {
  id: 'outlook',

  matches(location) {
    return S.OUTLOOK_HOSTS.includes(location.hostname);
  },

  findComposes(doc) {
    try {
      const composes: ComposeWindow[] = [];
      for (const body of outermostOwnEditables(safeQueryAll(doc, S.BODY))) {
        const root = findRoot(body);
        if (root) composes.push(new OutlookCompose(body, root));
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

  startsQuotedTail(el) {
    return safeMatches(el, S.QUOTED_TAIL);
  },

  isForeign(el) {
    return isForeignElement(el);
  },
};
