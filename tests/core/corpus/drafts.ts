// A red-team corpus written the way other people write: cold emails, follow-ups, templates with
// merge fields, blank CRM fills, quoted replies, forwards, non-English greetings. Each case names the
// rule ids that SHOULD be reported and the ones that must NOT; `clean` asserts no warning or error
// at all. `senderField` marks a draft whose unfilled field belongs to the sender: no fix may put
// the recipient's name there.
import type { Draft } from '../../../src/core/types.js';

export interface CorpusCase {
  name: string;
  draft: Draft;
  expect: string[];
  forbid: string[];
  clean?: boolean;
  senderField?: boolean;
}

const GREET = ['greeting-mismatch', 'generic-greeting', 'placeholder'];
const others = (...keep: string[]) => GREET.filter((id) => !keep.includes(id));

const to = (name: string | undefined, email: string) => [{ ...(name ? { name } : {}), email }];
const ME = { name: 'Dana Reyes', email: 'dana@brightwave.io' };

function d(toList: Draft['to'], body: string, subject = 'Quick question', extra: Partial<Draft> = {}): Draft {
  return { from: ME, to: toList, subject, body, ...extra };
}

const WELL =
  'Your post about growing the support team caught my eye. Hiring eight agents in one quarter is a big lift, and most teams tell us onboarding becomes the bottleneck. Would it help to see how teams like yours get new agents answering tickets in their first week? I can share a two-minute example built on your current help desk. If it looks useful, would a short call on Thursday work for you?';

export const corpus: CorpusCase[] = [
  // ---- correctly greeted, well written: nothing from the greeting checks, no warnings ----
  { name: 'plain first name', draft: d(to('Ellen Park', 'ellen@northwind.com'), `Hi Ellen,\n\n${WELL}\n\nBest,\nDana`), expect: [], forbid: GREET, clean: true },
  { name: 'Hello + full signature with title, phone, address', draft: d(to('Marcus Lee', 'marcus@initech.com'), `Hello Marcus,\n\n${WELL}\n\nBest regards,\nDana Reyes\nAccount Executive | Brightwave\n+1 (415) 555-0134\n500 Howard St, Suite 200, San Francisco, CA 94105`), expect: [], forbid: GREET, clean: true },
  { name: 'Dear + last name with title', draft: d(to('Sarah Connolly', 'sconnolly@globex.com'), `Dear Ms. Connolly,\n\n${WELL}\n\nKind regards,\nDana`), expect: [], forbid: GREET },
  { name: 'Dr + last name', draft: d(to('Amir Haddad', 'ahaddad@clinic.org'), `Dear Dr. Haddad,\n\n${WELL}\n\nSincerely,\nDana`), expect: [], forbid: GREET },
  { name: 'hyphenated first name', draft: d(to('Jean-Luc Martin', 'jl.martin@orange.fr'), `Hi Jean-Luc,\n\n${WELL}\n\nBest,\nDana`), expect: [], forbid: GREET, clean: true },
  { name: 'accented name', draft: d(to('José Álvarez', 'jose@empresa.es'), `Hi José,\n\n${WELL}\n\nBest,\nDana`), expect: [], forbid: GREET, clean: true },
  { name: 'accent dropped by the writer', draft: d(to('Zoë Fischer', 'zoe@fischer.de'), `Hi Zoe,\n\n${WELL}\n\nBest,\nDana`), expect: [], forbid: GREET },
  { name: 'display name Last, First', draft: d(to('Nguyen, Linh', 'linh.nguyen@contoso.com'), `Hi Linh,\n\n${WELL}\n\nThanks,\nDana`), expect: [], forbid: GREET, clean: true },
  { name: 'nickname Bob for Robert', draft: d(to('Robert Jones', 'rjones@acme.com'), `Hi Bob,\n\n${WELL}\n\nCheers,\nDana`), expect: [], forbid: GREET, clean: true },
  { name: 'nickname Liz for Elizabeth', draft: d(to('Elizabeth Warren', 'ewarren@acme.com'), `Hey Liz,\n\n${WELL}\n\nDana`), expect: [], forbid: GREET },
  { name: 'Slavic diminutive Dima', draft: d(to('Dmitry Petrov', 'dpetrov@yandex.ru'), `Hi Dima,\n\n${WELL}\n\nBest,\nDana`), expect: [], forbid: GREET, clean: true },
  { name: 'Spanish short form Pepe', draft: d(to('José García', 'jgarcia@empresa.mx'), `Hola Pepe,\n\n${WELL}\n\nSaludos,\nDana`), expect: [], forbid: ['greeting-mismatch', 'placeholder'] },
  { name: 'initials greeting', draft: d(to('T.J. Miller', 'tj@piedpiper.com'), `Hi TJ,\n\n${WELL}\n\nBest,\nDana`), expect: [], forbid: GREET, clean: true },
  { name: 'name only from the email address', draft: d(to(undefined, 'priya.sharma@hooli.com'), `Hi Priya,\n\n${WELL}\n\nBest,\nDana`), expect: [], forbid: GREET },
  { name: 'two recipients greeted both', draft: d([{ name: 'Anna Berg', email: 'anna@ikea.se' }, { name: 'Lars Holm', email: 'lars@ikea.se' }], `Hi Anna and Lars,\n\n${WELL}\n\nBest,\nDana`), expect: [], forbid: GREET },
  { name: 'greeting to a Cc person', draft: d(to('Anna Berg', 'anna@ikea.se'), `Hi Anna, Lars,\n\n${WELL}\n\nBest,\nDana`, 'Quick question', { cc: [{ name: 'Lars Holm', email: 'lars@ikea.se' }] }), expect: [], forbid: GREET },
  { name: 'name that is a word, next line starts with it', draft: d(to('Will Turner', 'will@blackpearl.com'), `Hi Will,\nWill you be at SaaStr next week? ${WELL}\n\nBest,\nDana`), expect: [], forbid: GREET },
  { name: 'name that is a word: Hope', draft: d(to('Hope Davis', 'hope@acme.com'), `Hi Hope,\n\nHope your week is going well. ${WELL}\n\nBest,\nDana`), expect: [], forbid: GREET },
  { name: 'same-line greeting, right person', draft: d(to('Tom Baker', 'tom@acme.com'), `Tom, saw your post about the new warehouse in Reno. ${WELL}\n\nDana`), expect: [], forbid: GREET },
  { name: 'greeting with emoji', draft: d(to('Kai Tanaka', 'kai@sony.jp'), `Hey Kai 👋\n\n${WELL}\n\nBest,\nDana`), expect: [], forbid: GREET },
  { name: 'Good morning + name', draft: d(to('Olivia Brown', 'olivia@acme.com'), `Good morning Olivia,\n\n${WELL}\n\nBest,\nDana`), expect: [], forbid: GREET, clean: true },
  { name: 'German greeting', draft: d(to('Klaus Becker', 'klaus.becker@siemens.de'), 'Hallo Klaus,\n\nich habe Ihren Beitrag über das neue Werk in Leipzig gelesen. Wäre ein kurzes Gespräch nächste Woche möglich?\n\nViele Grüße\nDana', 'Kurze Frage'), expect: [], forbid: GREET },
  { name: 'French greeting', draft: d(to('Claire Dubois', 'claire@renault.fr'), 'Bonjour Claire,\n\nJ\'ai lu votre article sur la nouvelle usine. Seriez-vous disponible pour un court échange jeudi ?\n\nCordialement,\nDana', 'Question rapide'), expect: [], forbid: GREET },
  { name: 'Portuguese greeting', draft: d(to('João Silva', 'joao@empresa.com.br'), 'Olá João,\n\nVi sua publicação sobre a nova fábrica. Podemos conversar na quinta-feira?\n\nAbraços,\nDana', 'Pergunta rápida'), expect: [], forbid: GREET },
  { name: 'Italian greeting', draft: d(to('Giulia Romano', 'giulia@fiat.it'), 'Ciao Giulia,\n\nho letto il tuo post sul nuovo stabilimento. Hai tempo per una breve chiamata giovedì?\n\nA presto,\nDana', 'Domanda veloce'), expect: [], forbid: GREET },
  { name: 'Spanish greeting', draft: d(to('Lucía Fernández', 'lucia@empresa.es'), 'Hola Lucía,\n\nvi tu publicación sobre la nueva planta en Valencia. ¿Tienes 15 minutos el jueves para hablar?\n\nSaludos,\nDana', 'Pregunta rápida'), expect: [], forbid: GREET },
  { name: 'bullets, prices, dates, link, P.S.', draft: d(to('Ravi Patel', 'ravi@flipkart.com'), 'Hi Ravi,\n\nThanks for the time on Tuesday. As promised, the three options we discussed:\n\n- Starter: $49/month, up to 5 seats\n- Growth: $199/month, up to 25 seats\n- Enterprise: custom pricing, SSO included\n\nThe pilot could start on March 3 at 10:00 AM PST. Details are at https://brightwave.io/pilot.\n\nWould Friday at 2pm work to decide?\n\nBest,\nDana\n\nP.S. Your team keeps the 30-day trial data if you go ahead.', 'Options we discussed'), expect: [], forbid: GREET },
  { name: 'follow-up with Gmail quoted reply', draft: d(to('Ellen Park', 'ellen@northwind.com'), `Hi Ellen,\n\nFollowing up on my note below. Would a short call on Thursday work for you?\n\nBest,\nDana\n\nOn Mon, Mar 2, 2026 at 9:14 AM Dana Reyes <dana@brightwave.io> wrote:\n> Hi Ellen,\n> ${WELL}\n> Best,\n> Dana`, 'Re: Your hiring post'), expect: [], forbid: GREET },
  { name: 'reply quoting another person (Outlook form)', draft: d(to('Ellen Park', 'ellen@northwind.com'), 'Hi Ellen,\n\nThanks for looping me in. Happy to walk your team through the setup on Thursday.\n\nBest,\nDana\n\nFrom: Ellen Park <ellen@northwind.com>\nSent: Monday, March 2, 2026 9:14 AM\nTo: Dana Reyes <dana@brightwave.io>\nSubject: RE: setup\n\nHi Dana,\n\nCould you show Mark and Jamie how the import works?\n\nEllen', 'RE: setup'), expect: [], forbid: GREET },
  { name: 'forwarded mail below the note', draft: d(to('Mark Evans', 'mark@northwind.com'), 'Hi Mark,\n\nEllen suggested I send this your way. Would Thursday suit you for a quick walkthrough?\n\nBest,\nDana\n\n---------- Forwarded message ---------\nFrom: Ellen Park <ellen@northwind.com>\nDate: Mon, Mar 2, 2026\nSubject: setup\nTo: Dana Reyes <dana@brightwave.io>\n\nHi Dana,\nPlease loop in Mark.\nEllen', 'Fwd: setup'), expect: [], forbid: GREET },
  { name: 'legal disclaimer footer', draft: d(to('Hannah Wright', 'hwright@lawfirm.com'), `Hi Hannah,\n\n${WELL}\n\nBest,\nDana Reyes\nBrightwave Inc.\n\nCONFIDENTIALITY NOTICE: This e-mail and any attachments are for the exclusive use of the intended recipient(s). If you are not the intended recipient, please notify the sender and delete this message. Dear Sir or Madam, any review, use or distribution is prohibited.`), expect: [], forbid: GREET },
  { name: 'ordinary brackets, links and JSON are not fields', draft: d(to('Sam Ortiz', 'sam@stripe.com'), 'Hi Sam,\n\nThe webhook sends {"event": "invoice.paid", "id": 42} and the docs are [here](https://docs.example.com). (See attached for the schema.) The array is items[0] and the template engine uses ${price} in code only.\n\nWould Tuesday at 3pm work to review?\n\nBest,\nDana', 'Webhook payload'), expect: [], forbid: GREET },
  { name: 'short two-liner', draft: d(to('Leo Grant', 'leo@acme.com'), 'Leo - worth a 10-minute chat about cutting your AWS bill by 20%? Free Thursday?\n\nDana'), expect: [], forbid: GREET },
  { name: 'greeting to a team alias, no name known', draft: d(to(undefined, 'sales@acme.com'), 'Hi team,\n\nI\'d love to learn who handles vendor onboarding at Acme. Could you point me to the right person?\n\nThanks,\nDana'), expect: [], forbid: ['greeting-mismatch', 'placeholder'] },
  { name: 'role mailbox greeted generically', draft: d(to(undefined, 'info@acme.com'), 'Hello there,\n\nCould you forward this to whoever runs partnerships? We work with three of your competitors on co-marketing.\n\nBest,\nDana'), expect: [], forbid: ['greeting-mismatch', 'placeholder'] },
  { name: 'mixed case CRM name but display also capitals', draft: d(to('DEVON PARK', 'devon@acme.com'), `Hi DEVON,\n\n${WELL}\n\nBest,\nDana`), expect: [], forbid: GREET },
  { name: 'whole email in lower case is a style', draft: d(to('Mary Chen', 'mary@acme.com'), 'hey mary,\n\nsaw your talk at saastr. loved the bit about churn. would you be up for a quick chat next week?\n\ndana'), expect: [], forbid: GREET },
  { name: 'McDonald and O\'Brien surnames', draft: d(to('Sean O\'Brien', 'sobrien@acme.ie'), `Dear Mr. O'Brien,\n\n${WELL}\n\nBest,\nDana`), expect: [], forbid: GREET },
  { name: 'double first name', draft: d(to('Mary Kate Olsen', 'mk@acme.com'), `Hi Mary Kate,\n\n${WELL}\n\nBest,\nDana`), expect: [], forbid: GREET },

  // ---- greeting to the wrong person ----
  { name: 'wrong name, classic copy-paste', draft: d(to('Ellen Park', 'ellen@northwind.com'), `Hi Jessica,\n\n${WELL}\n\nBest,\nDana`), expect: ['greeting-mismatch'], forbid: others('greeting-mismatch') },
  { name: 'wrong name with Dear', draft: d(to('Robert Jones', 'rjones@acme.com'), `Dear Michael,\n\n${WELL}\n\nKind regards,\nDana`), expect: ['greeting-mismatch'], forbid: ['generic-greeting', 'placeholder'] },
  { name: 'wrong name, same line', draft: d(to('Ellen Park', 'ellen@northwind.com'), `Tom, saw your post about the new warehouse. ${WELL}\n\nDana`), expect: ['greeting-mismatch'], forbid: ['generic-greeting', 'placeholder'] },
  { name: 'wrong name, Hey + dash', draft: d(to('Priya Sharma', 'priya@hooli.com'), `Hey Kevin -\n\n${WELL}\n\nDana`), expect: ['greeting-mismatch'], forbid: ['generic-greeting', 'placeholder'] },
  { name: 'wrong name, Spanish greeting', draft: d(to('Lucía Fernández', 'lucia@empresa.es'), 'Hola Carmen,\n\nvi tu publicación sobre la nueva planta en Valencia. ¿Tienes 15 minutos el jueves?\n\nSaludos,\nDana', 'Pregunta'), expect: ['greeting-mismatch'], forbid: ['placeholder'] },
  { name: 'wrong name, German Liebe', draft: d(to('Klaus Becker', 'klaus@siemens.de'), 'Lieber Stefan,\n\nich habe Ihren Beitrag gelesen. Wäre ein kurzes Gespräch nächste Woche möglich?\n\nViele Grüße\nDana', 'Frage'), expect: ['greeting-mismatch'], forbid: ['placeholder'] },
  { name: 'wrong name, Good afternoon', draft: d(to('Olivia Brown', 'olivia@acme.com'), `Good afternoon Sophia,\n\n${WELL}\n\nBest,\nDana`), expect: ['greeting-mismatch'], forbid: ['generic-greeting', 'placeholder'] },
  { name: 'wrong name, accented', draft: d(to('Renée Laurent', 'renee@acme.fr'), `Hi Amélie,\n\n${WELL}\n\nBest,\nDana`), expect: ['greeting-mismatch'], forbid: ['generic-greeting', 'placeholder'] },
  { name: 'greeting names the sender\'s colleague in a reply', draft: d(to('Ellen Park', 'ellen@northwind.com'), `Hi Rachel,\n\n${WELL}\n\nBest,\nDana\n\nOn Mon, Mar 2, 2026 at 9:14 AM Ellen Park <ellen@northwind.com> wrote:\n> Hi Dana, sure.`), expect: ['greeting-mismatch'], forbid: ['placeholder'] },

  // ---- generic greetings to a known person ----
  { name: 'Dear Sir or Madam to a named person', draft: d(to('Ellen Park', 'ellen@northwind.com'), `Dear Sir or Madam,\n\n${WELL}\n\nKind regards,\nDana`), expect: ['generic-greeting'], forbid: ['greeting-mismatch', 'placeholder'] },
  { name: 'To whom it may concern', draft: d(to('Marcus Lee', 'marcus@initech.com'), `To whom it may concern,\n\n${WELL}\n\nRegards,\nDana`), expect: ['generic-greeting'], forbid: ['greeting-mismatch', 'placeholder'] },
  { name: 'Hi there', draft: d(to('Marcus Lee', 'marcus@initech.com'), `Hi there,\n\n${WELL}\n\nBest,\nDana`), expect: ['generic-greeting'], forbid: ['greeting-mismatch', 'placeholder'] },
  { name: 'Dear Hiring Manager', draft: d(to('Priya Sharma', 'priya@hooli.com'), `Dear Hiring Manager,\n\n${WELL}\n\nBest,\nDana`), expect: ['generic-greeting'], forbid: ['greeting-mismatch', 'placeholder'] },
  { name: 'Dear Valued Customer', draft: d(to('Priya Sharma', 'priya@hooli.com'), `Dear Valued Customer,\n\n${WELL}\n\nBest,\nDana`), expect: ['generic-greeting'], forbid: ['greeting-mismatch', 'placeholder'] },
  { name: 'Hello Marketing Leader (unseen role words)', draft: d(to('Priya Sharma', 'priya@hooli.com'), `Hello Marketing Leader,\n\n${WELL}\n\nBest,\nDana`), expect: ['generic-greeting'], forbid: ['greeting-mismatch', 'placeholder'] },
  { name: 'Hey friend', draft: d(to('Leo Grant', 'leo@acme.com'), `Hey friend,\n\n${WELL}\n\nDana`), expect: ['generic-greeting'], forbid: ['greeting-mismatch', 'placeholder'] },
  { name: 'Dear Fellow Founder', draft: d(to('Leo Grant', 'leo@acme.com'), `Dear Fellow Founder,\n\n${WELL}\n\nDana`), expect: ['generic-greeting'], forbid: ['greeting-mismatch', 'placeholder'] },
  { name: 'Greetings,', draft: d(to('Leo Grant', 'leo@acme.com'), `Greetings,\n\n${WELL}\n\nDana`), expect: ['generic-greeting'], forbid: ['greeting-mismatch', 'placeholder'] },
  { name: 'Hi all to one person', draft: d(to('Leo Grant', 'leo@acme.com'), `Hi all,\n\n${WELL}\n\nDana`), expect: ['generic-greeting'], forbid: ['greeting-mismatch', 'placeholder'] },
  { name: 'Dear Procurement Team', draft: d(to('Leo Grant', 'leo@acme.com'), `Dear Procurement Team,\n\n${WELL}\n\nDana`), expect: ['generic-greeting'], forbid: ['greeting-mismatch', 'placeholder'] },
  { name: 'Spanish generic Estimado cliente', draft: d(to('Lucía Fernández', 'lucia@empresa.es'), 'Estimado cliente,\n\nvi tu publicación sobre la nueva planta en Valencia. ¿Tienes 15 minutos el jueves?\n\nSaludos,\nDana', 'Pregunta'), expect: ['generic-greeting'], forbid: ['greeting-mismatch', 'placeholder'] },
  { name: 'German generic Sehr geehrte Damen und Herren', draft: d(to('Klaus Becker', 'klaus@siemens.de'), 'Sehr geehrte Damen und Herren,\n\nich habe Ihren Beitrag gelesen. Wäre ein kurzes Gespräch nächste Woche möglich?\n\nMit freundlichen Grüßen\nDana', 'Frage'), expect: ['generic-greeting'], forbid: ['greeting-mismatch', 'placeholder'] },
  { name: 'French generic Madame, Monsieur', draft: d(to('Claire Dubois', 'claire@renault.fr'), 'Madame, Monsieur,\n\nJ\'ai lu votre article sur la nouvelle usine. Seriez-vous disponible jeudi ?\n\nCordialement,\nDana', 'Question'), expect: ['generic-greeting'], forbid: ['greeting-mismatch', 'placeholder'] },

  // ---- merge fields left unfilled, every syntax ----
  { name: '{{first_name}}', draft: d(to('Ellen Park', 'ellen@northwind.com'), `Hi {{first_name}},\n\n${WELL}\n\nBest,\nDana`), expect: ['placeholder'], forbid: ['greeting-mismatch'] },
  { name: '{{ first_name | default }}', draft: d(to('Ellen Park', 'ellen@northwind.com'), `Hi {{ first_name | default: "there" }},\n\n${WELL}\n\nBest,\nDana`), expect: ['placeholder'], forbid: ['greeting-mismatch'] },
  { name: '{FirstName}', draft: d(to('Ellen Park', 'ellen@northwind.com'), `Hi {FirstName},\n\n${WELL}\n\nBest,\nDana`), expect: ['placeholder'], forbid: ['greeting-mismatch'] },
  { name: '[First Name]', draft: d(to('Ellen Park', 'ellen@northwind.com'), `Hi [First Name],\n\n${WELL}\n\nBest,\nDana`), expect: ['placeholder'], forbid: ['greeting-mismatch'] },
  { name: '[[company]] in body', draft: d(to('Ellen Park', 'ellen@northwind.com'), 'Hi Ellen,\n\nI noticed [[company]] is hiring eight support agents this quarter. Would a short call on Thursday work?\n\nBest,\nDana'), expect: ['placeholder'], forbid: ['greeting-mismatch', 'generic-greeting'] },
  { name: '%FIRSTNAME%', draft: d(to('Ellen Park', 'ellen@northwind.com'), `Dear %FIRSTNAME%,\n\n${WELL}\n\nBest,\nDana`), expect: ['placeholder'], forbid: ['greeting-mismatch'] },
  { name: 'Mailchimp *|FNAME|*', draft: d(to('Ellen Park', 'ellen@northwind.com'), `Hi *|FNAME|*,\n\n${WELL}\n\nBest,\nDana`), expect: ['placeholder'], forbid: ['greeting-mismatch'] },
  { name: 'tilde ~first~', draft: d(to('Ellen Park', 'ellen@northwind.com'), `Hi ~first~,\n\n${WELL}\n\nBest,\nDana`), expect: ['placeholder'], forbid: ['greeting-mismatch'] },
  { name: '<<Company>> in body', draft: d(to('Ellen Park', 'ellen@northwind.com'), 'Hi Ellen,\n\nTeams like <<Company>> cut onboarding time in half with us. Would Thursday work for a quick call?\n\nBest,\nDana'), expect: ['placeholder'], forbid: ['greeting-mismatch', 'generic-greeting'] },
  { name: '${firstName}', draft: d(to('Ellen Park', 'ellen@northwind.com'), `Hi \${firstName},\n\n${WELL}\n\nBest,\nDana`), expect: ['placeholder'], forbid: ['greeting-mismatch'] },
  { name: 'Salesforce {!Contact.FirstName}', draft: d(to('Ellen Park', 'ellen@northwind.com'), `Dear {!Contact.FirstName},\n\n${WELL}\n\nBest,\nDana`), expect: ['placeholder'], forbid: ['greeting-mismatch'] },
  { name: 'Ruby #{first_name}', draft: d(to('Ellen Park', 'ellen@northwind.com'), `Hi #{first_name},\n\n${WELL}\n\nBest,\nDana`), expect: ['placeholder'], forbid: ['greeting-mismatch'] },
  { name: 'field in subject', draft: d(to('Ellen Park', 'ellen@northwind.com'), `Hi Ellen,\n\n${WELL}\n\nBest,\nDana`, 'Idea for {{company}}'), expect: ['placeholder'], forbid: ['greeting-mismatch', 'generic-greeting'] },
  { name: '[Your Name] in signature', draft: d(to('Ellen Park', 'ellen@northwind.com'), `Hi Ellen,\n\n${WELL}\n\nBest,\n[Your Name]`), expect: ['placeholder'], forbid: ['greeting-mismatch', 'generic-greeting'], senderField: true },
  { name: 'My name is [Name]', draft: d(to('Paul Smith', 'paul@acme.com'), `Hi Paul,\n\nMy name is [Name] and I lead partnerships at Brightwave. ${WELL}\n\nBest,\nDana`), expect: ['placeholder'], forbid: ['greeting-mismatch'], senderField: true },
  { name: 'bare {{Name}} under the sign-off', draft: d(to('Paul Smith', 'paul@acme.com'), `Hi Paul,\n\n${WELL}\n\nBest,\n{{Name}}`), expect: ['placeholder'], forbid: ['greeting-mismatch'], senderField: true },
  { name: '{{sender.company}} in body', draft: d(to('Paul Smith', 'paul@acme.com'), `Hi Paul,\n\nI'm with {{sender.company}}. ${WELL}\n\nBest,\nDana`), expect: ['placeholder'], forbid: ['greeting-mismatch'], senderField: true },

  // ---- blank CRM fills and wrong case ----
  { name: 'Hi , (blank first name)', draft: d(to('Ellen Park', 'ellen@northwind.com'), `Hi ,\n\n${WELL}\n\nBest,\nDana`), expect: ['placeholder'], forbid: ['greeting-mismatch'] },
  { name: 'Dear  : (blank, double space)', draft: d(to('Ellen Park', 'ellen@northwind.com'), `Dear  :\n\n${WELL}\n\nBest,\nDana`), expect: ['placeholder'], forbid: ['greeting-mismatch'] },
  { name: 'blank company after "at"', draft: d(to('Ellen Park', 'ellen@northwind.com'), 'Hi Ellen,\n\nI saw that the team at , is hiring eight support agents. Would a short call on Thursday work?\n\nBest,\nDana'), expect: ['placeholder'], forbid: ['greeting-mismatch'] },
  { name: 'blank after "for"', draft: d(to('Ellen Park', 'ellen@northwind.com'), 'Hi Ellen,\n\nWe built a short demo for . It shows how teams halve onboarding time. Would Thursday work?\n\nBest,\nDana'), expect: ['placeholder'], forbid: ['greeting-mismatch'] },
  { name: 'lower-case CRM name', draft: d(to('Mary Chen', 'mary@acme.com'), `Dear mary,\n\n${WELL}\n\nBest,\nDana`), expect: ['placeholder'], forbid: ['greeting-mismatch'] },
  { name: 'all-caps CRM name', draft: d(to('Devon Park', 'devon@acme.com'), `Hi DEVON,\n\n${WELL}\n\nBest,\nDana`), expect: ['placeholder'], forbid: ['greeting-mismatch'] },
  { name: 'greeting word then newline, no name (blank)', draft: d(to('Ellen Park', 'ellen@northwind.com'), `Hello ,\n\n${WELL}\n\nBest,\nDana`), expect: ['placeholder'], forbid: ['greeting-mismatch'] },
];
