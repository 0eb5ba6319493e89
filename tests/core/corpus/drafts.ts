// A red-team corpus written the way other people write: cold emails, follow-ups, templates and
// merge faults in the shapes they take outside our own tests. Each case says which accuracy rules
// must report (`expect`) and which must stay quiet (`forbid`); `clean` asks for no warning or error
// from any rule at all (a correctly greeted, well-written email). `senderField` names text that
// belongs to the sender: no fix there may carry a recipient's name.
import type { Draft, Settings } from '../../../src/core/types.js';

/** Every rule the corpus scores: the first passes label the greeting and merge-field rules only. */
export const ACCURACY_RULES = [
  'greeting-mismatch', 'generic-greeting', 'placeholder', 'length', 'self-focus', 'filler', 'subject',
  'questions', 'reading-level', 'missing-context', 'no-personalization', 'playbook',
] as const;
export type AccuracyRule = (typeof ACCURACY_RULES)[number];
/** The rules the first three passes label; their cases say nothing about the others. */
export const GREETING_RULES: readonly AccuracyRule[] = ['greeting-mismatch', 'generic-greeting', 'placeholder'];

export interface CorpusCase {
  id: string;
  draft: Draft;
  expect: AccuracyRule[];
  forbid: AccuracyRule[];
  clean?: boolean;
  /** Settings the draft is checked with (a playbook); the defaults otherwise. */
  settings?: Settings;
  senderField?: string;
  /**
   * A known miss or false alarm left in place (why, in words): the test asserts it still happens,
   * so fixing it fails the test until the case moves back to the plain labels.
   */
  knownIssue?: string;
}

/** Every accuracy rule except the ones named: what a case forbids when it expects those. */
const allBut = (...expected: AccuracyRule[]) => GREETING_RULES.filter((r) => !expected.includes(r));

export const dana = { name: 'Dana Reyes', email: 'dana@brightwave.io' };
export const sig = 'Dana Reyes | Account Executive\nBrightwave, Inc.\n+1 (415) 555-0134 · brightwave.io\n500 Howard St, Suite 300, San Francisco, CA 94105';
export const disclaimer =
  'CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for the sole use of the intended recipient(s) and may contain confidential and privileged information. Any unauthorized review, use, disclosure or distribution is prohibited. If you are not the intended recipient, please contact the sender by reply e-mail and destroy all copies of the original message.';

export const c = (id: string, draft: Partial<Draft> & { body: string }, expect: AccuracyRule[], extra: Partial<CorpusCase> = {}): CorpusCase => ({
  id,
  draft: { to: [], subject: 'Quick question', from: dana, ...draft },
  expect,
  forbid: allBut(...expect),
  ...extra,
});

export const to = (name: string | undefined, email: string) => (name ? { name, email } : { email });

export const corpus: CorpusCase[] = [
  // ——— Correct greetings, many shapes: nothing from the accuracy rules ———
  c('clean 80 words, first name', {
    to: [to('Priya Raman', 'priya@lattice.dev')], subject: 'Your Denver office',
    body: 'Hi Priya,\n\nCongrats on opening the Denver office last month. Growing a second support team usually means new hires learn from old tickets, and that gets slow once the queue doubles. We help teams like yours turn solved tickets into short guides, so new agents ramp in days instead of weeks. Would it be useful if I sent over a two-minute example built from your public help center? If it looks helpful, could we talk on Thursday?\n\nBest,\nDana',
  }, [], { clean: true }),
  c('clean 80 words, nickname Kate', {
    to: [to('Katherine Moore', 'kmoore@harborbank.com')], subject: 'Onboarding at Harbor',
    body: 'Hi Kate,\n\nI enjoyed your interview on the Fintech Weekly podcast, especially the part about cutting account opening to under ten minutes. Most banks we talk to lose applicants at the document upload step, and your team seems to have solved that. How are you handling identity checks for business accounts, where the paperwork is heavier? We have helped two regional banks halve their drop-off there. Would a short call next Tuesday be worth your time?\n\nThanks,\nDana',
  }, [], { clean: true }),
  c('clean, Slavic diminutive Dima', {
    to: [to('Dmitri Sokolov', 'd.sokolov@fabrika.io')], subject: 'Your release notes',
    body: 'Hi Dima,\n\nYour team ships release notes every single week, which is rare and clearly appreciated by your users. Keeping them readable while the product grows is hard, and most teams we speak with fall behind after a few months. How do you decide what goes in and what stays out? We built a small tool that drafts notes from merged pull requests. Would you like to see a quick example based on your public changelog?\n\nBest,\nDana',
  }, [], { clean: true }),
  c('Katya for Ekaterina', { to: [to('Ekaterina Ivanova', 'ekaterina@sever.ru')], body: 'Hi Katya,\n\nThanks for the quick reply yesterday. I have attached the pricing sheet you asked for.\n\nBest,\nDana' }, []),
  c('Kolya for Nikolai', { to: [to('Nikolai Petrov', 'np@volga.io')], body: 'Hi Kolya,\n\nFollowing up on our chat at the meetup. Are you still looking at new monitoring tools?\n\nCheers,\nDana' }, []),
  c('Sasha for Alexander', { to: [to('Alexander Morozov', 'amorozov@taiga.tech')], body: 'Hey Sasha,\n\nSaw the Taiga team just passed 100 engineers. Congrats! Quick question: who runs developer onboarding now?\n\nDana' }, []),
  c('Mike for Michael', { to: [to('Michael Ortiz', 'mortiz@quarry.com')], body: 'Hey Mike,\n\nWanted to float an idea for the Q3 planning cycle. Do you have 15 minutes this week?\n\nThanks!\nDana' }, []),
  c('Pepe for José (Spanish)', { to: [to('José García', 'jgarcia@sol.es')], body: 'Hola Pepe,\n\n¿Tienes unos minutos esta semana para hablar del nuevo proyecto?\n\nUn saludo,\nDana' }, []),
  c('Paco for Francisco', { to: [to('Francisco Torres', 'ftorres@mar.mx')], body: 'Hola Paco,\n\nGracias por tu tiempo ayer. Te envío la propuesta que comentamos.\n\nSaludos,\nDana' }, []),
  c('Toni for Antonio (Italian)', { to: [to('Antonio Russo', 'a.russo@vela.it')], body: 'Ciao Toni,\n\ngrazie per la chiamata di ieri. Ti mando il preventivo entro venerdì.\n\nA presto,\nDana' }, []),
  c('Steffi for Stefanie (German)', { to: [to('Stefanie Wagner', 'wagner@nordlicht.de')], body: 'Hallo Steffi,\n\nvielen Dank für das nette Gespräch gestern. Anbei die Unterlagen.\n\nViele Grüße\nDana' }, []),
  c('German formal by surname', { to: [to('Jürgen Müller', 'j.mueller@stahlwerk.de')], body: 'Sehr geehrter Herr Müller,\n\nvielen Dank für Ihr Interesse an unserer Lösung. Gerne stelle ich Ihnen diese in einem kurzen Termin vor.\n\nMit freundlichen Grüßen\nDana Reyes' }, []),
  c('French formal by surname', { to: [to('Claire Dubois', 'cdubois@lumiere.fr')], body: 'Bonjour Madame Dubois,\n\nJe me permets de vous contacter au sujet de votre projet de refonte. Seriez-vous disponible jeudi ?\n\nCordialement,\nDana Reyes' }, []),
  c('French accented hyphenated', { to: [to('Hélène Lefèvre-Martin', 'helene@atelier.fr')], body: 'Bonjour Hélène,\n\nMerci pour votre retour rapide. Je vous propose un appel mardi à 14h.\n\nBien à vous,\nDana' }, []),
  c('Portuguese without accent', { to: [to('João Silva', 'joao.silva@rio.com.br')], body: 'Oi Joao,\n\nTudo bem? Queria saber se você tem 20 minutos na quinta-feira para conversarmos.\n\nAbraço,\nDana' }, []),
  c('Italian formal with title', { to: [to('Francesco Rossi', 'f.rossi@studio.it')], body: 'Gentile Dott. Rossi,\n\nla ringrazio per la disponibilità. Le invio in allegato la proposta.\n\nCordiali saluti,\nDana Reyes' }, []),
  c('Last, First display name', { to: [to('Bennett, Laura', 'lbennett@corp.com')], body: 'Hi Laura,\n\nThanks for the intro to your procurement team. I sent them the security questionnaire this morning.\n\nBest,\nDana' }, []),
  c('two To recipients greeted', { to: [to('Ana Costa', 'ana@verde.pt'), to('Raj Patel', 'raj@verde.pt')], body: 'Hi Ana and Raj,\n\nGreat meeting you both today. Recap and next steps below:\n\n- Pilot with 20 seats starting March 16\n- Security review by March 9\n- Pricing: $49/seat/month, billed annually\n\nTalk soon,\nDana' }, []),
  c('To + Cc, greets only To', { to: [to('Olivia Grant', 'olivia@meadow.co')], cc: [to('Ben Ito', 'ben@meadow.co')], body: 'Hi Olivia,\n\nLooping in Ben, who handles your renewal. Ben, can you send Olivia the updated order form?\n\nThanks,\nDana' }, []),
  c('greets the Cc recipient', { to: [to('Olivia Grant', 'olivia@meadow.co')], cc: [to('Ben Ito', 'ben@meadow.co')], body: 'Hi Ben,\n\nOlivia mentioned you own the vendor review. Happy to send our SOC 2 report.\n\nDana' }, []),
  c('initials JP for Jean-Pierre', { to: [to('Jean-Pierre Dubois', 'jp@lumiere.fr')], body: 'Hi JP,\n\nThanks again for the demo feedback. I will send the revised timeline tomorrow.\n\nBest,\nDana' }, []),
  c('title and surname, MD suffix', { to: [to('Anika Patel, MD', 'apatel@clinic.org')], body: 'Dear Dr. Patel,\n\nThank you for speaking with me at the HIMSS conference. I would welcome 20 minutes to show how clinics like yours cut no-shows.\n\nKind regards,\nDana Reyes' }, []),
  c('Professor and surname', { to: [to('Chidi Okonkwo', 'c.okonkwo@uni.edu')], body: 'Dear Professor Okonkwo,\n\nI read your recent paper on decision fatigue with great interest. Would you be open to a brief conversation?\n\nBest regards,\nDana Reyes' }, []),
  c('name that is an English word: Hope', { to: [to('Hope Daniels', 'hope@kiln.co')], body: 'Hi Hope,\n\nHope your week is going well! Quick question about your team\'s analytics stack.\n\nDana' }, []),
  c('name that is an English word: Grant', { to: [to('Grant Wilson', 'gwilson@ridge.com')], body: 'Hi Grant,\n\nGrant applications seem to be a big part of your nonprofit clients\' year. How do you track them today?\n\nDana' }, []),
  c('Rich for Richard', { to: [to('Richard Fox', 'rfox@den.com')], body: 'Hi Rich,\n\nThanks for the call. Sending over the case study now.\n\nDana' }, []),
  c('apostrophe names', { to: [to("Siobhán O'Neill", 'soneill@clover.ie')], body: 'Hi Siobhan,\n\nLovely to meet you at Web Summit. Shall we pick up the conversation next week?\n\nAll the best,\nDana' }, []),
  c('family name first (Zhang Wei)', { to: [to('Zhang Wei', 'zhang.wei@dragon.cn')], body: 'Hi Wei,\n\nThank you for the warm welcome in Shanghai. Attached are the slides from our session.\n\nBest,\nDana' }, []),
  c('exclamation after the name', { to: [to('Priya Raman', 'priya@lattice.dev')], body: 'Hi Priya!\n\nJust saw the Series B news 🎉 congrats to the whole team.\n\nP.S. The offer for 2 free months still stands until 3/31.\n\nDana' }, []),
  c('same-line greeting to the right person', { to: [to('Ellen Brooks', 'ellen@fjord.io')], body: 'Ellen, saw your post on LinkedIn about the Austin office opening. Who is leading IT setup there?\n\nDana' }, []),
  c('greeted name is the next line\'s first word', { to: [to('Will Turner', 'will@pearl.co')], body: 'Hi Will,\nWill you be at SaaStr next week? I\'d love to grab coffee.\n\nDana' }, []),
  c('good morning + name', { to: [to('Rachel Kim', 'rkim@spruce.com')], body: 'Good morning Rachel,\n\nI hope the offsite went well. Do you have time this week to review the proposal?\n\nDana' }, []),
  c('hello again', { to: [to('Marcus Webb', 'marcus@tandem.io')], body: 'Hello again Marcus,\n\nCircling back on my note from last week. Is improving forecast accuracy still a priority for Q2?\n\nDana' }, []),
  c('no greeting at all', { to: [to('Marcus Webb', 'marcus@tandem.io')], body: 'Quick question: is improving forecast accuracy still a priority for Q2? If so, I have a 3-step plan.\n\nDana' }, []),
  c('name from first.last email', { to: [to(undefined, 'sarah.oconnor@beacon.com')], body: 'Hi Sarah,\n\nDo you own the analytics budget at Beacon?\n\nThanks,\nDana' }, []),
  c('unknown name from jdoe-style email', { to: [to(undefined, 'jmartinez@pinecrest.com')], body: 'Hi Javier,\n\nAre you the right person to talk to about fleet tracking?\n\nDana' }, []),
  c('role mailbox, Hi there', { to: [to(undefined, 'sales@orbit.com')], body: 'Hi there,\n\nI\'d like to get a quote for 50 seats. Who should I talk to?\n\nThanks,\nDana' }, []),
  c('role mailbox, Hi team', { to: [to(undefined, 'support@orbit.com')], body: 'Hi Team,\n\nOur SSO login has been failing since this morning (error 502). Can you take a look?\n\nDana' }, []),
  c('several To, Hi all', { to: [to('Ana Costa', 'ana@verde.pt'), to('Raj Patel', 'raj@verde.pt'), to('Leo Park', 'leo@verde.pt')], body: 'Hi all,\n\nThanks for your time today. Slides are attached, and the recording is here: https://brightwave.io/r/9f3k\n\nDana' }, []),
  c('Hey folks with Cc', { to: [to('Ana Costa', 'ana@verde.pt')], cc: [to('Raj Patel', 'raj@verde.pt')], body: 'Hey folks,\n\nQuick update: the pilot goes live Monday at 9:00 AM ET.\n\nDana' }, []),
  c('markdown links, footnotes, percentages', {
    to: [to('Tom Baker', 'tbaker@hollow.com')],
    body: 'Hi Tom,\n\nTeams using our scheduler cut no-shows by 32% and grew bookings 18% QoQ [1]. Here is [the case study](https://brightwave.io/cases/hollow) and our pricing (see attached).\n\n[1] Based on 140 customers, Jan–Jun 2026.\n\nBest,\nDana',
  }, []),
  c('JSON snippet in a technical email', {
    to: [to('Tom Baker', 'tbaker@hollow.com')],
    body: 'Hi Tom,\n\nThe webhook payload looks like this: {"event": "booking.created", "id": 123}. Let me know if your parser needs the {id} field as a string.\n\nDana',
  }, []),
  c('stranded prepositions in questions', {
    to: [to('Nora Hale', 'nora@quill.com')],
    body: 'Hi Nora,\n\nWho is the best person to talk to? And which tools is your team relying on? If this is something you would be open to, just reply with a time that works for you.\n\nThanks,\nDana',
  }, []),
  c('signature with title, phone, address and disclaimer', {
    to: [to('Greg Thompson', 'greg@summit.com')],
    body: `Hi Greg,\n\nAttached is the MSA redline. Our legal team accepted 14 of your 16 comments.\n\nBest regards,\n${sig}\n\n${disclaimer}`,
  }, []),
  c('Sent from my iPhone', { to: [to('Greg Thompson', 'greg@summit.com')], body: 'Hi Greg, confirmed for 2pm tomorrow.\n\nSent from my iPhone' }, []),
  c('all-lower-case style email', { to: [to('Sam Ortiz', 'sam@loop.dev')], body: 'hey sam,\n\nquick one — are you still using the old billing api? we are sunsetting it on may 1.\n\ndana' }, []),
  c('display name in capitals, greeted in capitals', { to: [to("KEVIN O'BRIEN", 'kob@harbor.ie')], body: 'Hi KEVIN,\n\nConfirming our call on Friday at 11.\n\nDana' }, []),
  c('Gmail quoted reply with another greeting inside', {
    to: [to('Marcus Webb', 'marcus@tandem.io')],
    body: 'Hi Marcus,\n\nJust bumping this to the top of your inbox. Any thoughts?\n\nDana\n\nOn Tue, Mar 3, 2026 at 10:12 AM Dana Reyes <dana@brightwave.io> wrote:\n> Hi Jennifer,\n> Would a demo next week work for your team?\n> Dana',
  }, []),
  c('Outlook quoted reply', {
    to: [to('Sarah Chen', 'schen@atlas.com')],
    body: 'Hi Sarah,\n\nSounds good, I will send the invite for Thursday.\n\nDana\n\n________________________________\nFrom: Sarah Chen <schen@atlas.com>\nSent: Monday, March 2, 2026 9:14 AM\nTo: Dana Reyes <dana@brightwave.io>\nSubject: RE: pricing\n\nHi Dana,\n\nCan we move the call to Thursday?\n\nSarah',
  }, []),
  c('forwarded mail', {
    to: [to('Tom Baker', 'tbaker@hollow.com')],
    body: 'Hi Tom,\n\nForwarding Rachel\'s note below. She can help with the integration question.\n\nDana\n\n---------- Forwarded message ---------\nFrom: Rachel Green <rachel@brightwave.io>\nDate: Mon, Mar 2, 2026 at 4:01 PM\nSubject: Integration\nTo: Dana Reyes <dana@brightwave.io>\n\nHi Dana,\n\nHappy to help Hollow with the Salesforce sync.\n\nRachel',
  }, []),
  c('long email with bullets and numbers', {
    to: [to('Lisa Wong', 'lwong@cobalt.com')],
    body: 'Hi Lisa,\n\nThanks for walking me through your renewal process on Tuesday. Here is what I heard:\n\n• 3 regional teams, 42 reps in total\n• Renewals tracked in spreadsheets, reviewed every Monday at 8:30\n• Goal: cut churn from 11% to under 8% by FY27\n\nTwo ideas:\n1. Flag accounts 90 days before renewal when usage drops 20%+.\n2. Share one dashboard across the three regions.\n\nWould a 30-minute working session on Wed 3/11 or Thu 3/12 work?\n\nBest,\nDana',
  }, []),

  // ——— Wrong names: greeting-mismatch ———
  c('template leftover: another prospect\'s name', { to: [to('Karen Miller', 'kmiller@oak.com')], body: 'Hi Jessica,\n\nI noticed Oak just launched a new partner program. Curious how you are onboarding partners today?\n\nBest,\nDana' }, ['greeting-mismatch']),
  c('template leftover in a long email', {
    to: [to('Steven Clarke', 'sclarke@vantage.com')],
    body: 'Hi Brian,\n\nI came across Vantage\'s job post for three new SDRs and thought this might be timely. When teams scale outbound quickly, reps often spend their first month building lists by hand. We automate that part, so new reps start booking meetings in week one. Would you be open to a 15-minute call next week?\n\nBest,\nDana',
  }, ['greeting-mismatch']),
  c('typo Jonh', { to: [to('John Carter', 'jcarter@mesa.com')], body: 'Hi Jonh,\n\nThanks for your time today.\n\nDana' }, ['greeting-mismatch']),
  c('typo Micheal', { to: [to('Michael Ortiz', 'mortiz@quarry.com')], body: 'Hi Micheal,\n\nFollowing up on the proposal.\n\nDana' }, ['greeting-mismatch']),
  c('Spanish wrong name', { to: [to('Sofía Hernández', 'sofia@luna.mx')], body: 'Hola Lucía,\n\n¿Podemos hablar el jueves?\n\nSaludos,\nDana' }, ['greeting-mismatch']),
  c('German formal wrong surname', { to: [to('Jürgen Müller', 'j.mueller@stahlwerk.de')], body: 'Sehr geehrter Herr Becker,\n\nvielen Dank für Ihre Zeit.\n\nMit freundlichen Grüßen\nDana Reyes' }, ['greeting-mismatch']),
  c('one of two names is not on the email', { to: [to('Ana Costa', 'ana@verde.pt'), to('Raj Patel', 'raj@verde.pt')], body: 'Hi Ana and Priya,\n\nThanks for the time today.\n\nDana' }, ['greeting-mismatch']),
  c('same-line greeting to the wrong person', { to: [to('Ellen Brooks', 'ellen@fjord.io')], body: 'Tom, saw your post on LinkedIn about the Austin office opening. Who is leading IT setup there?\n\nDana' }, ['greeting-mismatch']),
  c('wrong name before a line starting with it', { to: [to('Grace Lee', 'grace@pearl.co')], body: 'Hi Will,\nWill you be at SaaStr next week?\n\nDana' }, ['greeting-mismatch']),
  c('wrong name vs first.last email', { to: [to(undefined, 'sarah.oconnor@beacon.com')], body: 'Hi Megan,\n\nDo you own the analytics budget at Beacon?\n\nDana' }, ['greeting-mismatch']),
  c('wrong name, Last, First display', { to: [to('Bennett, Laura', 'lbennett@corp.com')], body: 'Hi Rebecca,\n\nThanks for the intro to your procurement team.\n\nDana' }, ['greeting-mismatch']),
  c('wrong name, French', { to: [to('Claire Dubois', 'cdubois@lumiere.fr')], body: 'Bonjour Sophie,\n\nMerci pour votre retour.\n\nCordialement,\nDana' }, ['greeting-mismatch']),

  // ——— Generic greetings to a known person ———
  c('Dear Valued Customer', { to: [to('Paul Smith', 'paul@acme.com')], body: 'Dear Valued Customer,\n\nYour subscription renews on April 1. Reply to this email with any questions.\n\nDana' }, ['generic-greeting']),
  c('Hello Friend', { to: [to('Maria Lopez', 'mlopez@cedar.com')], body: 'Hello Friend,\n\nI wanted to share a quick resource on cutting cloud costs.\n\nDana' }, ['generic-greeting']),
  c('Dear Hiring Manager', { to: [to('Robert Chen', 'rchen@granite.com')], body: 'Dear Hiring Manager,\n\nI am writing about the Solutions Engineer role posted on your careers page.\n\nBest regards,\nDana Reyes' }, ['generic-greeting']),
  c('Hi there to a known person', { to: [to('Emily Nguyen', 'enguyen@birch.com')], body: 'Hi there,\n\nI noticed Birch is hiring for customer success. Worth a quick chat?\n\nDana' }, ['generic-greeting']),
  c('To whom it may concern', { to: [to('Emily Nguyen', 'enguyen@birch.com')], body: 'To whom it may concern,\n\nI am reaching out regarding a partnership opportunity.\n\nDana' }, ['generic-greeting']),
  c('Dear Sir or Madam', { to: [to('Frank Hall', 'fhall@stone.com')], body: 'Dear Sir or Madam,\n\nPlease find attached our proposal for your review.\n\nKind regards,\nDana Reyes' }, ['generic-greeting']),
  c('Hey folks to one person', { to: [to('Ana Costa', 'ana@verde.pt')], body: 'Hey folks,\n\nQuick update: the pilot goes live Monday.\n\nDana' }, ['generic-greeting']),
  c('Dear Marketing Director', { to: [to('Lisa Wong', 'lwong@cobalt.com')], body: 'Dear Marketing Director,\n\nWould you be open to a short call about your event strategy?\n\nDana' }, ['generic-greeting']),
  c('German generic', { to: [to('Jürgen Müller', 'j.mueller@stahlwerk.de')], body: 'Sehr geehrte Damen und Herren,\n\nwir möchten Ihnen unser neues Angebot vorstellen.\n\nMit freundlichen Grüßen\nDana Reyes' }, ['generic-greeting']),
  c('Dear Loyal Member', { to: [to('Paul Smith', 'paul@acme.com')], body: 'Dear Loyal Member,\n\nAs a thank-you, here is 20% off your next order.\n\nDana' }, ['generic-greeting']),
  c('Hi Team to one named person', { to: [to('Nora Hale', 'nora@quill.com')], body: 'Hi Team,\n\nSharing the agenda for Thursday.\n\nDana' }, ['generic-greeting']),

  // ——— Unfilled merge fields, every syntax ———
  c('{{first_name}}', { to: [to('Paul Smith', 'paul@acme.com')], body: 'Hi {{first_name}},\n\nI noticed your team is hiring.\n\nDana' }, ['placeholder']),
  c('{{ x | default }}', { to: [to('Paul Smith', 'paul@acme.com')], body: 'Hi {{ first_name | default: "there" }},\n\nQuick question about your stack.\n\nDana' }, ['placeholder']),
  c('{FirstName}', { to: [to('Paul Smith', 'paul@acme.com')], body: 'Hello {FirstName},\n\nQuick question about your stack.\n\nDana' }, ['placeholder']),
  c('[First Name] and [Your Name]', { to: [to('Paul Smith', 'paul@acme.com')], body: 'Hi [First Name],\n\nMy name is [Your Name] and I help teams like yours ship faster.\n\nBest,\n[Your Name]' }, ['placeholder'], { senderField: '[Your Name]' }),
  c('[[first_name]]', { to: [to('Paul Smith', 'paul@acme.com')], body: 'Hi [[first_name]],\n\nQuick question.\n\nDana' }, ['placeholder']),
  c('%FIRSTNAME%', { to: [to('Paul Smith', 'paul@acme.com')], body: 'Dear %FIRSTNAME%,\n\nThanks for downloading our guide.\n\nDana' }, ['placeholder']),
  c('*|FNAME|*', { to: [to('Paul Smith', 'paul@acme.com')], body: 'Hi *|FNAME|*,\n\nThanks for signing up.\n\nDana' }, ['placeholder']),
  c('~first~', { to: [to('Paul Smith', 'paul@acme.com')], body: 'Hi ~first~,\n\nThanks for signing up.\n\nDana' }, ['placeholder']),
  c('<<First Name>>', { to: [to('Paul Smith', 'paul@acme.com')], body: 'Dear <<First Name>>,\n\nThank you for your order.\n\nDana' }, ['placeholder']),
  c('${firstName}', { to: [to('Paul Smith', 'paul@acme.com')], body: 'Hi ${firstName},\n\nWelcome aboard.\n\nDana' }, ['placeholder']),
  c('{!Contact.FirstName}', { to: [to('Paul Smith', 'paul@acme.com')], body: 'Hi {!Contact.FirstName},\n\nFollowing up on your request.\n\nDana' }, ['placeholder']),
  c('#{first_name}', { to: [to('Paul Smith', 'paul@acme.com')], body: 'Hi #{first_name},\n\nFollowing up on your request.\n\nDana' }, ['placeholder']),
  c('field in the body only', { to: [to('Paul Smith', 'paul@acme.com')], body: 'Hi Paul,\n\nI noticed {{company}} is hiring three new AEs. Worth a chat?\n\nDana' }, ['placeholder']),
  c('field in the subject only', { to: [to('Paul Smith', 'paul@acme.com')], subject: 'Quick idea for {{company}}', body: 'Hi Paul,\n\nWorth a chat about your hiring plans?\n\nDana' }, ['placeholder']),
  c('[Name] and [Company]', { to: [to('Paul Smith', 'paul@acme.com')], body: 'Hi [Name],\n\nI noticed [Company] just opened a new office in Austin.\n\nDana' }, ['placeholder']),
  c('Dear Ms. {{last_name}}', { to: [to('Anna Schmidt', 'aschmidt@kern.de')], body: 'Dear Ms. {{last_name}},\n\nThank you for your interest.\n\nDana' }, ['placeholder']),
  c('sender field after My name is', { to: [to('Paul Smith', 'paul@acme.com')], body: 'Hi Paul,\n\nMy name is [Name] and I lead partnerships at Brightwave.\n\nBest,\n[Name]' }, ['placeholder'], { senderField: '[Name]' }),
  c('{{sender.first_name}} in the signature', { to: [to('Paul Smith', 'paul@acme.com')], body: 'Hi Paul,\n\nThanks for the chat today.\n\nCheers,\n{{sender.first_name}}' }, ['placeholder'], { senderField: '{{sender.first_name}}' }),
  c('{{your_name}} with no From', { to: [to('Paul Smith', 'paul@acme.com')], from: undefined, body: 'Hi Paul,\n\nThanks for the chat today.\n\nBest,\n{{your_name}}' }, ['placeholder'], { senderField: '{{your_name}}' }),

  // ——— Blank CRM fills and wrong case ———
  c('Hi , (blank first name)', { to: [to('Paul Smith', 'paul@acme.com')], body: 'Hi ,\n\nI noticed your team is hiring.\n\nDana' }, ['placeholder']),
  c('Hello  , (double space)', { to: [to('Paul Smith', 'paul@acme.com')], body: 'Hello  ,\n\nQuick question about your stack.\n\nDana' }, ['placeholder']),
  c('Dear Mr. , (blank surname)', { to: [to('Paul Smith', 'paul@acme.com')], body: 'Dear Mr. ,\n\nThank you for your interest.\n\nDana' }, ['placeholder']),
  c('blank company after at', { to: [to('Paul Smith', 'paul@acme.com')], body: 'Hi Paul,\n\nHow is everything going at ? I saw the team is growing.\n\nDana' }, ['placeholder']),
  c('blank company after the', { to: [to('Paul Smith', 'paul@acme.com')], body: 'Hi Paul,\n\nI loved what the  team shipped last quarter.\n\nDana' }, ['placeholder']),
  c('lower-case name in a normal email', { to: [to('Mary Jones', 'mjones@fern.com')], body: 'Dear mary,\n\nThank you for attending our webinar on Tuesday. The recording is attached.\n\nBest regards,\nDana' }, ['placeholder']),
  c('capitals name in a normal email', { to: [to('Devon Park', 'dpark@slate.com')], body: 'Hi DEVON,\n\nThanks for stopping by our booth at the expo. Here is the guide I mentioned.\n\nBest,\nDana' }, ['placeholder']),
  // ——— Second red-team pass: bare tokens, code in plain brackets, titles with no name ———
  c('Hi FNAME, (bare merge token)', { to: [to('Ellen Park', 'ellen@northwind.com')], body: 'Hi FNAME,\n\nI noticed your team is hiring eight support agents this quarter.\n\nDana' }, ['placeholder']),
  c('__FIRSTNAME__ and COMPANY_NAME', { to: [to('Ellen Park', 'ellen@northwind.com')], body: 'Hi __FIRSTNAME__,\n\nTeams like COMPANY_NAME cut onboarding time in half with us. Worth a chat?\n\nDana' }, ['placeholder']),
  c('JSON, domains and code in plain brackets', { to: [to('Sam Ortiz', 'sam@stripe.com')], body: 'Hi Sam,\n\nThe webhook sends {"event": "invoice.paid", "id": 42}; the docs live at [docs.stripe.com] and {config.yaml} holds the keys. MAX_RETRIES is 5.\n\nWould Tuesday at 3pm work to review?\n\nBest,\nDana' }, []),
  c('Dear Sir, (generic, not a blank field)', { to: [to('Frank Hall', 'fhall@stone.com')], body: 'Dear Sir,\n\nPlease find attached our proposal for your review.\n\nKind regards,\nDana Reyes' }, ['generic-greeting']),
  c('Hello Madam, (generic, not a blank field)', { to: [to('Frances Hall', 'frances@stone.com')], body: 'Hello Madam,\n\nPlease find attached our proposal for your review.\n\nKind regards,\nDana Reyes' }, ['generic-greeting']),
  c('Hello Marketing Leader (unseen role words)', { to: [to('Priya Sharma', 'priya@hooli.com')], body: 'Hello Marketing Leader,\n\nWould a short call on Thursday about your onboarding flow be useful?\n\nDana' }, ['generic-greeting']),
  c('French generic Madame, Monsieur', { to: [to('Claire Dubois', 'cdubois@lumiere.fr')], body: 'Madame, Monsieur,\n\nJe me permets de vous contacter au sujet de votre projet. Seriez-vous disponible jeudi ?\n\nCordialement,\nDana' }, ['generic-greeting']),
  c('Spanish wrong name Querida', { to: [to('Lucía Fernández', 'lucia@empresa.es')], body: 'Querida Ana,\n\nvi tu publicación sobre la nueva planta. ¿Tienes 15 minutos el jueves?\n\nSaludos,\nDana' }, ['greeting-mismatch']),
];
