// Turns what a user typed into a recipient field ("Chris Hawkins <chris@x.com>", a bare address,
// several of them separated by commas) into people. Shared by both sites' adapters.
import type { Person } from '../core/types.js';

// Deliberately loose: something@something.tld, no spaces or angle brackets.
const EMAIL = /^[^\s<>@,;"]+@[^\s<>@,;"]+\.[^\s<>@,;"]+$/;
const MAX_TYPED = 4000;
const NAMED = /^\s*"?([^"<>]*?)"?\s*<\s*([^<>\s]+)\s*>\s*$/;

export function looksLikeEmail(value: string): boolean {
  return EMAIL.test(value);
}

/** One typed entry: "Name <email>" or a bare address; null when it doesn't look like an address. */
export function parseAddress(entry: string): Person | null {
  const text = entry.replace(/\u00a0/g, ' ').trim();
  if (!text) return null;
  const named = NAMED.exec(text);
  if (named) {
    const email = named[2] ?? '';
    if (!looksLikeEmail(email)) return null;
    const name = (named[1] ?? '').trim();
    return name ? { name, email } : { email };
  }
  const bare = text.replace(/^mailto:/i, '');
  return looksLikeEmail(bare) ? { email: bare } : null;
}

/**
 * Every address in a typed list. Commas inside a display name ("Hawkins, Chris <c@x.com>") are
 * kept with their address because entries are cut after each "<…>" or bare address.
 */
export function parseAddressList(value: string): Person[] {
  const people: Person[] = [];
  // A recipient box never holds pages of text; a huge paste is cut rather than scanned.
  if (value.length > MAX_TYPED) value = value.slice(0, MAX_TYPED);
    const entries = value.match(/(?:"[^"]*"|[^;"<>@])*?<[^<>]*>|[^,;<>]+/g) ?? [];
  for (const entry of entries) {
    const person = parseAddress(entry.replace(/^[\s,;]+/, ''));
    if (person) people.push(person);
  }
  return people;
}

/** Keeps the first occurrence of each address (case-insensitive); name-only people are kept as is. */
export function dedupePeople(people: Person[]): Person[] {
  const seen = new Set<string>();
  const out: Person[] = [];
  for (const p of people) {
    const key = p.email ? p.email.toLowerCase() : `name:${p.name ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(p);
  }
  return out;
}
