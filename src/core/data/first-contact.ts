// Data for telling a first email from mail to someone the sender already deals with. The rules
// written for first contact (length's "too short", questions' "no ask", missing-context,
// no-personalization) are wrong about a meeting confirmation, a thank-you after a demo, an
// invoice reminder or a note to a colleague: those readers know who is writing and why.

/**
 * Phrases that only make sense once sender and reader are in touch: a past call or meeting, a
 * promise being kept, a reminder, the reader's own order or application. Matched as whole words,
 * case-insensitively, anywhere in the message.
 */
export const RELATIONSHIP_CUES: readonly string[] = [
  // a conversation that already happened
  'thanks for your time', 'thank you for your time', 'thanks again for your time', 'thanks for the call',
  'thank you for the call', 'thanks for the chat', 'thank you for the chat', 'thanks for the demo',
  'thank you for the demo', 'thanks for meeting', 'thank you for meeting', 'thanks for making time',
  'thank you for making time', 'thanks for taking the time', 'thank you for taking the time',
  'thanks for speaking', 'thank you for speaking', 'thanks for talking', 'thank you for talking',
  'thank you for interviewing', 'thanks for interviewing', 'thanks for your reply', 'thank you for your reply',
  'thanks for getting back', 'thank you for getting back', 'thanks for the quick reply', 'thanks for the pilot',
  'great talking', 'great speaking', 'great chatting', 'good talking', 'good speaking', 'nice talking',
  'nice speaking', 'great to see you', 'good to see you', 'great seeing you', 'lovely to see you',
  'as discussed', 'as we discussed', 'as promised', 'as agreed', 'as we agreed', 'as requested', 'as you requested',
  'as you asked', 'you asked for', 'per our call', 'per our conversation', 'per our discussion', 'per our meeting',
  'following our call', 'following our meeting', 'following our conversation', 'following our chat',
  'after our call', 'after our meeting', 'since our call', 'on our call', 'our call today', 'our call yesterday',
  'our meeting', 'our conversation', 'our discussion', 'our last call', 'our last meeting',
  // the sender's own earlier email (a follow-up in a sequence)
  'my last email', 'my previous email', 'my last note', 'my earlier email', 'in case it got buried',
  'bumping this', 'circling back',
  // logistics of something already arranged
  'confirming our', 'to confirm our', 'this confirms', 'i confirm', 'see you then', 'see you there',
  'see you tomorrow', 'agenda for', 'the video link', 'the meeting link', 'the invite',
  // an existing account: orders, invoices, applications, onboarding
  // ("your account", "your contract" are left out: a pitch says "your account managers", "before your
  // contract with them renews")
  'friendly reminder', 'just a reminder', 'quick reminder', 'your order', 'your invoice',
  'your application', 'your ticket', 'your request', 'welcome aboard',
  'thank you for your order', 'thank you for your payment',
  // the same, in the other languages the engine reads (the first-contact checks that still run on
  // them, length and missing-context, would otherwise nag a German or French confirmation)
  'wie besprochen', 'wie vereinbart', 'wie versprochen', 'unser gespräch', 'unserem gespräch', 'unser telefonat',
  'unserem telefonat', 'unseren termin', 'unser termin', 'bestätige ich', 'comme convenu', 'comme promis',
  'comme discuté', 'suite à notre', 'je vous confirme', 'je te confirme', 'notre rendez-vous', 'notre échange',
  'notre entretien', 'notre appel', 'como hablamos', 'como acordamos', 'como quedamos', 'tras nuestra',
  'nuestra reunión', 'nuestra llamada', 'gracias por tu tiempo', 'gracias por su tiempo', 'te confirmo',
  'le confirmo', "come d'accordo", 'come promesso', 'come discusso', 'la nostra riunione', 'la nostra chiamata',
  'grazie per il tuo tempo', 'ti confermo', 'le confermo', 'como combinado', 'conforme combinado',
  'nossa reunião', 'nossa conversa', 'obrigado pelo seu tempo', 'obrigada pelo seu tempo', 'zoals besproken',
  'zoals afgesproken', 'ons gesprek',
];

/**
 * Inbound mailboxes, where a company takes mail from people it does not know yet: a pitch to them
 * is a first email. Any other mailbox (support@, billing@, office@, orders@…) serves people who
 * already deal with the company, so mail to it is not.
 */
export const INBOUND_MAILBOXES: readonly string[] = [
  'info', 'information', 'hello', 'hi', 'hey', 'contact', 'contacts', 'contactus', 'sales', 'enquiries', 'enquiry',
  'inquiries', 'inquiry', 'partners', 'partnerships', 'bizdev', 'business', 'press', 'media', 'pr', 'marketing',
  'founders', 'investors', 'ir', 'growth', 'demo', 'general', 'mail', 'email', 'inbox', 'hola', 'kontakt',
  'contacto', 'ventas', 'vertrieb', 'ventes', 'bonjour', 'ciao',
];
