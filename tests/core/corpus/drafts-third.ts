// Third red-team pass: what other people's drafts do that ours rarely do: bracketed template
// instructions, spelling variants of a recipient's name, particles in surnames, greetings in five
// languages with titles, subject tags, and loose symbols that look like merge syntax.
import { c, dana, disclaimer, sig, to, type CorpusCase } from './drafts.js';

const paul = to('Paul Smith', 'paul@acme.com');
const ellen = to('Ellen Park', 'ellen@northwind.com');

export const thirdPass: CorpusCase[] = [
  // ——— Correct greetings that look unusual ———
  c('surname with particles, title', { to: [to('Pieter van der Berg', 'pieter@delta.nl')], body: 'Dear Mr. van der Berg,\n\nThank you for your time on Monday. I have attached the revised offer.\n\nKind regards,\nDana Reyes' }, []),
  c('given name before particles', { to: [to('Ludwig van Beethoven', 'ludwig@bonn.de')], body: 'Hi Ludwig,\n\nLoved the new release. Can we talk about licensing next week?\n\nDana' }, []),
  c('double given name, both parts', { to: [to("Mary Ann O'Connor", 'maryann@shamrock.ie')], body: 'Hi Mary Ann,\n\nThanks for the quick turnaround on the contract.\n\nDana' }, []),
  c('emoji after the name', { to: [to('Priya Raman', 'priya@lattice.dev')], body: 'Hi Priya 👋\n\nSaw your talk at SaaStr, loved the part on pricing pages. Open to a quick chat?\n\nDana' }, []),
  c('German Liebe + first name', { to: [to('Anna Schmidt', 'a.schmidt@kern.de')], body: 'Liebe Anna,\n\nschön, dass es am Donnerstag geklappt hat. Anbei das Angebot.\n\nLiebe Grüße\nDana' }, []),
  c('German with two titles', { to: [to('Dr. Klaus Weber', 'weber@klinik.de')], body: 'Sehr geehrter Herr Dr. Weber,\n\nvielen Dank für Ihre Rückmeldung.\n\nMit freundlichen Grüßen\nDana Reyes' }, []),
  c('Italian Caro', { to: [to('Marco Bianchi', 'm.bianchi@vela.it')], body: 'Caro Marco,\n\ngrazie ancora per il tuo tempo ieri. Ti scrivo per fissare la demo.\n\nUn caro saluto,\nDana' }, []),
  c('Portuguese formal title', { to: [to('Carlos Souza', 'carlos.souza@rio.com.br')], body: 'Prezado Sr. Souza,\n\nAgradeço a reunião de ontem. Segue em anexo a proposta.\n\nAtenciosamente,\nDana Reyes' }, []),
  c('Spanish formal Sra.', { to: [to('María López', 'maria.lopez@sol.es')], body: 'Estimada Sra. López,\n\nLe agradezco su tiempo. Adjunto la propuesta que comentamos.\n\nUn cordial saludo,\nDana Reyes' }, []),
  c('French Chère', { to: [to('Sophie Martin', 'sophie@atelier.fr')], body: 'Chère Sophie,\n\nMerci pour ce bel échange hier. Je vous envoie le devis.\n\nBien cordialement,\nDana' }, []),
  c('display name only a first name', { to: [to('Priya', 'priya@lattice.dev')], body: 'Hi Priya,\n\nFollowing up on the pricing question.\n\nDana' }, []),
  c('display name with company tag and title', { to: [to('Priya Raman - VP Sales, Lattice', 'priya@lattice.dev')], body: 'Hi Priya,\n\nFollowing up on the pricing question.\n\nDana' }, []),
  c('greets To and Cc, Hi X and team', { to: [paul], cc: [to('Dana Lee', 'dlee@acme.com'), to('Raj Patel', 'raj@acme.com')], body: 'Hi Paul and team,\n\nHere is the rollout plan we discussed.\n\nDana' }, []),
  c('Outlook -----Original Message-----', {
    to: [paul],
    body: 'Hi Paul,\n\nThat works, see you Tuesday.\n\nDana\n\n-----Original Message-----\nFrom: Jennifer Wu <jwu@acme.com>\nSent: Friday, March 6, 2026 4:12 PM\nTo: Dana Reyes\nSubject: Re: rollout\n\nHi Dana,\nCan we push to Tuesday?\nJennifer',
  }, []),
  c('subject tags in brackets', { to: [paul], subject: '[EXTERNAL] Re: [Action Required] renewal', body: 'Hi Paul,\n\nConfirming the renewal date is April 1.\n\nDana' }, []),
  c('symbols that look like merge syntax', {
    to: [paul],
    body: 'Hi Paul,\n\nRollout takes ~2-3 weeks for ~40 seats. Pricing is 20%-30% below list, and the C++ SDK ships with a ${HOME}/.config example in the README. Arrows like A << B are just notation.\n\nDana',
  }, [], { knownIssue: 'a shell variable outside backticks reads as a ${field}; in backticks it is code (next case)' }),
  c('shell variables in inline code', {
    to: [paul],
    body: 'Hi Paul,\n\nThe SDK reads `${HOME}/.config/app.json` at start, and `{user.id}` comes from the webhook. Happy to walk your team through it on Tuesday.\n\nDana',
  }, []),
  c('clean, bullets and P.S.', {
    to: [to('Nora Hale', 'nora@quill.com')], subject: 'Your onboarding survey',
    body: 'Hi Nora,\n\nYour onboarding survey results were impressive, especially the jump in week-one activation. Two things stood out to me:\n\n- Most of your new users come from partner referrals.\n- Your support team answers within an hour.\n\nTeams with that mix often struggle to keep partner guides current. How are you handling that today? I can share how two similar teams solved it. Would Thursday or Friday afternoon suit you?\n\nBest,\nDana\n\nP.S. Congrats on the new office in Austin.',
  }, [], { clean: true }),
  c('clean, signature and disclaimer', {
    to: [to('Greg Thompson', 'greg@summit.com')], subject: 'Renewal forecasting',
    body: `Hi Greg,\n\nThank you for sharing your renewal numbers last week. Your team clearly knows which accounts need attention early. How do you decide which of them get a call before the renewal window opens? We help finance teams spot risk from usage data, and it usually saves analysts a few hours each month. Would it help if I sent a short example built on your public pricing tiers? If so, could we talk on Wednesday?\n\nBest regards,\n${sig}\n\n${disclaimer}`,
  }, [], { clean: true }),

  // ——— Wrong names ———
  c('spelling variant Sara for Sarah', { to: [to('Sarah Lee', 'slee@maple.com')], body: 'Hi Sara,\n\nThanks for the call today.\n\nDana' }, ['greeting-mismatch']),
  c('greets the sender instead of the recipient', { to: [paul], body: 'Hi Dana,\n\nFollowing up on my note about your Q3 hiring plans.\n\nDana' }, ['greeting-mismatch']),
  c('display name only a first name, other name greeted', { to: [to('Priya', 'priya@lattice.dev')], body: 'Hi Priyanka,\n\nFollowing up on the pricing question.\n\nDana' }, ['greeting-mismatch']),
  c('Italian wrong name', { to: [to('Marco Bianchi', 'm.bianchi@vela.it')], body: 'Caro Luca,\n\ngrazie ancora per il tuo tempo ieri.\n\nDana' }, ['greeting-mismatch']),
  c('German wrong first name', { to: [to('Anna Schmidt', 'a.schmidt@kern.de')], body: 'Liebe Julia,\n\nschön, dass es geklappt hat.\n\nDana' }, ['greeting-mismatch']),
  c('Portuguese wrong surname with title', { to: [to('Carlos Souza', 'carlos.souza@rio.com.br')], body: 'Prezado Sr. Costa,\n\nAgradeço a reunião de ontem.\n\nDana Reyes' }, ['greeting-mismatch']),
  c('Spanish wrong surname with title', { to: [to('María López', 'maria.lopez@sol.es')], body: 'Estimada Sra. Gómez,\n\nLe agradezco su tiempo.\n\nDana Reyes' }, ['greeting-mismatch']),
  c('wrong name with emoji', { to: [ellen], body: 'Hey Jessica 👋\n\nQuick one about your hiring plans.\n\nDana' }, ['greeting-mismatch']),

  // ——— Generic greetings ———
  c('Greetings,', { to: [ellen], body: 'Greetings,\n\nI am reaching out about your content hiring plans.\n\nDana' }, ['generic-greeting']),
  c('Dear Colleague', { to: [ellen], body: 'Dear Colleague,\n\nYou are invited to our annual customer summit.\n\nDana' }, ['generic-greeting']),
  c('Respected Sir', { to: [paul], body: 'Respected Sir,\n\nI am writing to introduce our services.\n\nDana' }, ['generic-greeting']),
  c('Hello everyone to one person', { to: [ellen], body: 'Hello everyone,\n\nSharing the agenda for Thursday.\n\nDana' }, ['generic-greeting']),
  c('Hi Acme team to one person', { to: [paul], body: 'Hi Acme team,\n\nSharing the rollout plan.\n\nDana' }, ['generic-greeting']),
  c('Dear Decision Maker', { to: [paul], body: 'Dear Decision Maker,\n\nAre you still evaluating CRM vendors this quarter?\n\nDana' }, ['generic-greeting']),

  // ——— Merge faults ———
  c('bracketed template instruction', { to: [paul], body: 'Hi Paul,\n\nI noticed [insert recent company news] and thought of you. Teams like yours usually struggle with [pain point].\n\nDana' }, ['placeholder']),
  c('[Prospect Company] and [Your Name]', { to: [paul], body: 'Hi Paul,\n\nI work with teams like [Prospect Company] on onboarding.\n\nBest,\n[Your Name]\n[Your Title]' }, ['placeholder'], { senderField: '[Your Name]' }),
  c('{!Account.Name} in the subject', { to: [paul], subject: 'Re: {!Account.Name} renewal', body: 'Hi Paul,\n\nConfirming the renewal date.\n\nDana' }, ['placeholder']),
  c('field in a link', { to: [paul], body: 'Hi Paul,\n\nBook a time here: https://cal.com/{{rep_handle}}/15min\n\nDana' }, ['placeholder']),
  c('{{first_name|there}} (liquid default)', { to: [paul], body: 'Hi {{first_name|there}},\n\nQuick question.\n\nDana' }, ['placeholder']),
  c('sender fields under the sign-off with a From', { to: [paul], from: dana, body: 'Hi Paul,\n\nThanks for the chat.\n\nBest,\n{{first_name}} {{last_name}}\n{{title}}' }, ['placeholder'], { senderField: '{{first_name}}' }),
  c('lower-case hyphenated name', { to: [to('Mary-Jane Watson', 'mj@bugle.com')], body: 'Dear mary-jane,\n\nThank you for your order. It ships on Monday.\n\nBest regards,\nDana' }, ['placeholder']),
  c('title and surname in capitals', { to: [paul], body: 'Dear Mr. SMITH,\n\nThank you for your order. It ships on Monday.\n\nBest regards,\nDana' }, ['placeholder']),
  c('blank after for and with', { to: [paul], body: 'Hi Paul,\n\nI put together a short plan for . It covers onboarding with  and the first 90 days.\n\nDana' }, ['placeholder']),
];
