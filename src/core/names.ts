// STUB — to be implemented: what we can be sure of about a recipient's name.
import type { Person } from './types.js';

export interface RecipientName {
  person: Person;
  /** First name(s) as the recipient writes them ("Chris", "Mary-Jane", "María José"); absent when unknown. */
  first?: string;
  last?: string;
  /** Title from the display name ("Dr.", "Ms."). */
  title?: string;
  /** info@, sales@, support@…: never a mismatch, never a generic-greeting finding. */
  isRole: boolean;
  /** Company name guessed from the address's domain (not for webmail domains). */
  company?: string;
}

export function describeRecipient(person: Person): RecipientName {
  return { person, isRole: false };
}
