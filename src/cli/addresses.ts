// "Name <email>" lists from flags and headers, through postal-mime's RFC 5322 address parser
// (quoted display names such as "Hawkins, Chris" <chris@…>, groups, comments).
import { addressParser } from 'postal-mime';
import type { Address } from 'postal-mime';
import type { Person } from '../core/types.js';
import { UsageError } from './errors.js';

/** Flattens groups and drops empty names so a Person carries only what the header says. */
export function toPeople(addresses: readonly Address[] | undefined): Person[] {
  const people: Person[] = [];
  for (const entry of addresses ?? []) {
    const mailboxes = 'group' in entry && Array.isArray(entry.group) ? entry.group : [entry];
    for (const box of mailboxes) {
      const email = (box.address ?? '').trim();
      const name = (box.name ?? '').trim();
      if (!email && !name) continue;
      people.push(name ? { name, email } : { email });
    }
  }
  return people;
}

/** Parses one flag value ("Chris Hawkins <chris@sproutcontent.com>, dana@x.com"); throws UsageError when no address is usable. */
export function parseAddressList(value: string, flag: string): Person[] {
  const people = toPeople(addressParser(value));
  const bad = people.find((p) => !/^[^\s@]+@[^\s@]+$/.test(p.email));
  if (people.length === 0 || bad) {
    throw new UsageError(`${flag} "${value}" is not an email address (expected "Name <name@example.com>")`);
  }
  return people;
}
