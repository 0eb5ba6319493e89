// Fourth pass: every rule, on mail written the way other people write it. Each case is labelled
// for all twelve rules: `expect` must report, `allow` may (a judgement call either way), every
// other rule must stay quiet, at any severity. Most drafts are good mail of the kinds a rep
// actually sends (cold emails that put the reader first, warm follow-ups, replies with history,
// internal notes, confirmations, non-sales and non-English mail, long mail the reader asked for);
// the rest are the mission's bad classes, so recall is measured too.
import type { Settings } from '../../../src/core/types.js';
import { ACCURACY_RULES, dana, disclaimer, sig, to, type AccuracyRule, type CorpusCase } from './drafts.js';
import type { Draft } from '../../../src/core/types.js';

const k = (
  id: string,
  draft: Partial<Draft> & { body: string },
  expect: AccuracyRule[],
  extra: { allow?: AccuracyRule[]; settings?: Settings; clean?: boolean; knownIssue?: string } = {},
): CorpusCase => {
  const { allow = [], ...rest } = extra;
  return {
    id,
    draft: { to: [], subject: 'Quick question', from: dana, ...draft },
    expect,
    forbid: ACCURACY_RULES.filter((r) => !expect.includes(r) && !allow.includes(r)),
    // Good mail with nothing expected and nothing allowed: no finding of any kind.
    clean: expect.length === 0 && allow.length === 0,
    ...rest,
  };
};

const colleague = (name: string, user: string) => to(name, `${user}@brightwave.io`);
const gmailQuote = (who: string, email: string, lines: string) =>
  `\n\nOn Tue, Mar 3, 2026 at 10:12 AM ${who} <${email}> wrote:\n${lines.split('\n').map((l) => `> ${l}`).join('\n')}`;
const playbook: Settings = {
  playbook: {
    name: 'Brightwave outbound',
    version: 1,
    companyNames: ['Brightwave'],
    avoid: [
      { phrase: 'touch base', reason: 'Vague: it says you want a meeting, not why.', alternative: 'compare notes on' },
      { phrase: 'synergy', reason: 'Jargon the reader skims past.' },
    ],
    require: [{ id: 'mention-company' }, { id: 'sign-off' }],
  },
};

export const rulesPass: CorpusCase[] = [
  // ——— Good cold emails, 50–125 words, about the reader ———
  k('cold: hiring trigger, question close', {
    to: [to('Ellen Park', 'ellen@northwind.com')], subject: 'Northwind support hiring',
    body: `Hi Ellen,\n\nI saw Northwind is hiring eight support agents this quarter. When a team grows that fast, new agents usually learn from old tickets, and the queue slows while they ramp. Teams like yours use Brightwave to turn solved tickets into short guides, so new hires answer confidently in their first week. Would a short example built from your public help center be useful? If so, does Thursday afternoon work for a quick call?\n\nBest,\n${sig}`,
  }, []),
  k('cold: podcast, reader-first', {
    to: [to('Marcus Lee', 'marcus@harborbank.com')], subject: 'Your podcast episode',
    body: `Hi Marcus,\n\nYour episode on the Fintech Weekly podcast made a sharp point: most account openings fail at the document step, not the form. Your team has clearly thought about that. How are you handling business accounts, where the paperwork is heavier and the drop-off is worse? Two regional banks cut theirs in half with a small change to the upload screen. Would it help if I sent you the before and after screens?\n\nThanks,\n${sig}`,
  }, []),
  k('cold: referral from a colleague', {
    to: [to('Sofia Grant', 'sofia@tidewater.co')], subject: 'Intro from Jamal',
    body: `Hi Sofia,\n\nJamal Reed suggested I reach out. He mentioned your team is moving the Tidewater warehouses onto one inventory system before the holiday season. That is a big move on a tight clock, and counts usually drift during the switch. You might find our cutover checklist useful; it is free and takes ten minutes to read. Want me to send it over, or would a short call next week be easier?\n\nBest,\n${sig}`,
  }, []),
  k('cold: new role congratulations', {
    to: [to('Owen Brooks', 'owen.brooks@kestrel.io')], subject: 'Congrats on the new role',
    body: `Hi Owen,\n\nCongrats on the new role as Head of RevOps at Kestrel. The first ninety days usually mean inheriting a CRM full of stale fields and reports nobody trusts. What is at the top of your list right now? If pipeline reporting is on it, Brightwave can show your reps one page of deals that need them today. Would a fifteen-minute walkthrough next Tuesday or Wednesday work for you?\n\nCheers,\n${sig}`,
  }, []),
  k('cold: event follow-up, short paragraphs', {
    to: [to('Hannah Cole', 'hannah@ridgeline.com')], subject: 'After SaaStr',
    body: `Hi Hannah,\n\nGreat to meet you at SaaStr last week. You mentioned your SDRs spend Monday mornings cleaning up lead lists by hand.\n\nTeams like Ridgeline usually get that back to twenty minutes once duplicates merge on their own. You can try it on a copy of your list, and nothing touches your CRM.\n\nShould I set that up for you? Just reply with a good day.\n\nBest,\n${sig}`,
  }, []),
  k('cold: blog post, bullet points', {
    to: [to('Rachel Kim', 'rachel@loomly.com')], subject: 'Your pricing page post',
    body: `Hi Rachel,\n\nYour post on rebuilding the Loomly pricing page was one of the clearest I have read this year. Two of your findings match what we see:\n\n- buyers skip the feature table and read the FAQ\n- annual plans sell better with a monthly price shown\n\nWe ran the same test with forty SaaS teams and found one more lever your readers might like. Could I send you the short write-up?\n\nBest,\n${sig}`,
  }, []),
  k('cold: plain question, no company in sig but named in body', {
    to: [to('Victor Huang', 'victor@meridianlabs.com')], subject: 'Meridian lab scheduling',
    body: 'Hi Victor,\n\nI read that Meridian Labs opened a second sequencing site in Austin. Splitting instrument time across two sites is where most labs start double-booking. I work at Brightwave, where we help lab managers like you see every booking on one calendar, with the conflicts flagged before they happen. How are your teams coordinating instrument time today? If it is still a shared spreadsheet, a short demo might save you a few headaches.\n\nBest,\nDana Reyes',
  }, []),
  k('cold: P.S. and a calendar ask', {
    to: [to('Leah Morgan', 'leah@fieldnote.app')], subject: 'Fieldnote onboarding',
    body: `Hi Leah,\n\nCongratulations on the Fieldnote launch last month. Your onboarding checklist is short and friendly, which is rare. As more teams sign up, your support inbox usually fills with the same five setup questions. Brightwave answers those inside your app, in your tone, so your team can focus on the harder tickets. Is that a problem you are seeing yet? If it is, grab a time that suits you here: brightwave.io/dana\n\nBest,\n${sig}\n\nP.S. Your changelog is great.`,
  }, []),

  // ——— Warm follow-ups (no quoted history, the relationship is in the words) ———
  k('follow-up after a call, next steps', {
    to: [to('Paul Smith', 'paul@acme.com')], subject: 'Next steps',
    body: 'Hi Paul,\n\nThanks for your time on the call today. As promised, here are the next steps:\n\n1. I will send the security questionnaire by Friday.\n2. Your IT team reviews it next week.\n3. We meet again on the 14th to agree on the pilot scope.\n\nLet me know if I missed anything.\n\nBest,\nDana',
  }, []),
  k('follow-up with the deck, short', {
    to: [to('Priya Raman', 'priya@lattice.dev')], subject: 'Deck from today',
    body: 'Hi Priya,\n\nGreat talking with you this morning. Here is the deck we walked through, plus the case study from the logistics customer you asked about.\n\nTalk soon,\nDana',
  }, []),
  k('gentle nudge after no reply', {
    to: [to('Greg Thompson', 'greg@summit.com')], subject: 'Pilot proposal',
    body: 'Hi Greg,\n\nJust bumping this up in case it got buried last week. Did you have a chance to look at the pilot proposal? Happy to walk your team through it if that is easier.\n\nThanks,\nDana',
  }, []),
  k('thank-you after a demo', {
    to: [to('Nora Hale', 'nora@quill.com')], subject: 'Thank you',
    body: 'Hi Nora,\n\nThank you for making time for the demo yesterday, and for bringing Sam and Ivy along. Your questions about permissions were spot on. I have asked our product team for the answer on shared folders and will get back to you by Wednesday.\n\nBest,\nDana',
  }, []),
  k('follow-up with the pricing they asked for', {
    to: [to('Ahmed Karim', 'ahmed@cedarhealth.org')], subject: 'Pricing for 40 seats',
    body: 'Hi Ahmed,\n\nAs discussed on Monday, here is pricing for 40 seats on the annual plan. The quote includes onboarding and the SSO add-on you needed. It is valid until the end of the month. Does this fit the budget you have for the next quarter?\n\nBest,\nDana',
  }, []),

  // ——— Replies with quoted history and signatures ———
  k('reply: yes to a time', {
    to: [to('Jennifer Wu', 'jwu@acme.com')], subject: 'Re: rollout',
    body: `Hi Jennifer,\n\nTuesday at 2pm works. I will send an invite.\n\nBest,\n${sig}${gmailQuote('Jennifer Wu', 'jwu@acme.com', 'Hi Dana,\nCan we move the rollout review to Tuesday afternoon?\nThanks,\nJennifer')}`,
  }, []),
  k('reply: answers two questions', {
    to: [to('Marco Bianchi', 'm.bianchi@vela.it')], subject: 'Re: SSO and data residency',
    body: `Hi Marco,\n\nGood questions. Yes, we support SAML single sign-on with Okta and Azure AD, and it is included in your plan. Your data can stay in our Frankfurt region; I have attached the data processing agreement that confirms it.\n\nBest,\nDana${gmailQuote('Marco Bianchi', 'm.bianchi@vela.it', 'Hi Dana,\nTwo things before we sign: do you support SSO, and can our data stay in the EU?\nMarco')}`,
  }, []),
  k('reply: Outlook history and a disclaimer', {
    to: [to('Frank Hall', 'fhall@stone.com')], subject: 'RE: invoice 4471',
    body: `Hi Frank,\n\nThanks for catching that. The corrected invoice is attached; the only change is the PO number.\n\nKind regards,\n${sig}\n\n${disclaimer}\n\n-----Original Message-----\nFrom: Frank Hall <fhall@stone.com>\nSent: Monday, March 2, 2026 9:03 AM\nTo: Dana Reyes <dana@brightwave.io>\nSubject: invoice 4471\n\nDana, the PO number on invoice 4471 is wrong. Can you resend?\nFrank`,
  }, []),
  k('reply: thanks, one line', {
    to: [to('Sophie Martin', 'sophie@atelier.fr')], subject: 'Re: contract signed',
    body: `Thanks Sophie, that is great news. Welcome aboard!\n\nDana${gmailQuote('Sophie Martin', 'sophie@atelier.fr', 'Hi Dana, the contract is signed, see attached.\nSophie')}`,
  }, []),
  k('reply: we-heavy answer about our product, asked for', {
    to: [to('Carlos Souza', 'carlos@rio.com.br')], subject: 'Re: how do you handle backups?',
    body: `Hi Carlos,\n\nHappy to explain. We back up every database every hour and keep copies for 35 days. Our backups are encrypted, and we test a full restore every month. We also keep a second copy in another region, so an outage in one region does not lose data.\n\nDana${gmailQuote('Carlos Souza', 'carlos@rio.com.br', 'Dana, how do you handle backups? Our auditors will ask.\nCarlos')}`,
  }, [], { knownIssue: 'self-focus counts 4 to 0 in an answer to the reader\'s own question about us; telling who wrote the quoted message is not done' }),
  k('reply above a forwarded thread, to a colleague', {
    to: [colleague('Mia Torres', 'mia')], subject: 'Fwd: Acme security review',
    body: 'Mia, can you take the security part of this? They need answers by Friday.\n\nThanks!\nDana\n\n---------- Forwarded message ---------\nFrom: Paul Smith <paul@acme.com>\nDate: Mon, Mar 2, 2026 at 4:40 PM\nSubject: Acme security review\nTo: Dana Reyes <dana@brightwave.io>\n\nHi Dana, please find our security questionnaire attached.\nPaul',
  }, []),

  // ——— Short internal notes and meeting mail ———
  k('internal: quick heads-up', {
    to: [colleague('Sam Ortiz', 'sam')], subject: 'Acme call moved',
    body: 'Sam, heads up: the Acme call moved to 3pm tomorrow. Same link.\n\nD',
  }, []),
  k('internal: can you review', {
    to: [colleague('Mia Torres', 'mia')], subject: 'Proposal draft',
    body: 'Hi Mia,\n\nCould you look over the Harbor proposal before I send it? Mostly the pricing table.\n\nThanks,\nDana',
  }, []),
  k('internal: team update, no ask', {
    to: [colleague('Sales Team', 'sales-team')], subject: 'Q2 numbers',
    body: 'Hi all,\n\nQuick update on the quarter: we closed 14 deals for 412k, which is 9% over target. Thank you for the push in the last two weeks. The board deck goes out on Friday and I will share it here once it is final.\n\nDana',
  }, []),
  k('internal: out of office cover', {
    to: [colleague('Raj Patel', 'raj')], subject: 'Cover while I am out',
    body: 'Hi Raj,\n\nI am out from Wednesday to Friday. The Quill renewal is the only thing that might need you: if Nora signs, please send her the welcome pack from the shared folder.\n\nThanks a lot,\nDana',
  }, []),
  k('meeting confirmation to a customer', {
    to: [to('Paul Smith', 'paul@acme.com')], subject: 'Tuesday at 2pm',
    body: 'Hi Paul,\n\nConfirming our meeting on Tuesday, March 10 at 2pm at your office on Market Street. I will bring the pilot plan and two printed copies of the contract.\n\nSee you then,\nDana',
  }, []),
  k('calendar logistics with a link', {
    to: [to('Priya Raman', 'priya@lattice.dev')], subject: 'Thursday call',
    body: 'Hi Priya,\n\nHere is the video link for Thursday at 10am PT: https://meet.google.com/abc-defg-hij\n\nIf anyone else from your team would like to join, feel free to forward it.\n\nBest,\nDana',
  }, []),
  k('meeting agenda to an external group', {
    to: [to('Jennifer Wu', 'jwu@acme.com'), to('Paul Smith', 'paul@acme.com')], subject: 'Agenda for Thursday',
    body: 'Hi Jennifer and Paul,\n\nHere is the agenda for Thursday:\n\n- 10 min: results from the pilot\n- 15 min: rollout plan for the support team\n- 5 min: open questions and next steps\n\nPlease add anything you want to cover.\n\nBest,\nDana',
  }, []),

  // ——— Non-sales business mail ———
  k('invoice reminder', {
    to: [to('Frank Hall', 'accounts@stone.com')], subject: 'Invoice 4471 due Friday',
    body: 'Hello Frank,\n\nA friendly reminder that invoice 4471 for 2,400 USD is due this Friday. You can pay by bank transfer using the details on the invoice. If it has already been paid, please ignore this note.\n\nThank you,\nDana Reyes\nBrightwave Finance',
  }, []),
  k('job applicant update', {
    to: [to('Lena Fischer', 'lena.fischer@gmail.com')], subject: 'Your application',
    body: 'Hi Lena,\n\nThank you for interviewing with us on Monday. The team enjoyed talking with you. We are finishing the last interviews this week, and I will let you know our decision by Friday, March 13.\n\nBest regards,\nDana Reyes\nBrightwave',
  }, []),
  k('vendor question from a buyer', {
    to: [to('Support', 'support@printly.com')], subject: 'Order 88213 delivery date',
    body: 'Hello,\n\nWe ordered 500 brochures on March 1 (order 88213) and the tracking page still says "processing". Could you tell me when it will ship? We need them for an event on March 18.\n\nThanks,\nDana Reyes\nBrightwave',
  }, []),
  k('landlord maintenance request', {
    to: [to('Building Office', 'office@450howard.com')], subject: 'Heating on the 3rd floor',
    body: 'Hello,\n\nThe heating on the third floor of Suite 300 has not worked since Monday, and the office is cold in the mornings. Could someone take a look this week? Someone is at the front desk from 8am to 6pm.\n\nThank you,\nDana Reyes',
  }, []),
  k('event invitation to a customer', {
    to: [to('Greg Thompson', 'greg@summit.com')], subject: 'Customer dinner, April 2',
    body: 'Hi Greg,\n\nWe are hosting a small dinner for customers in Denver on April 2, and we would love for you to join us. You would meet three finance leads who run the same renewal process as your team. Are you free that evening?\n\nBest,\nDana',
  // Nothing in the words says Greg is a customer already ("for customers" is about the dinner):
  // the first-contact checks may ask who is writing and why.
  }, [], { allow: ['length', 'missing-context', 'no-personalization'] }),

  k('recruiting outreach, reader-first', {
    to: [to('Tomás Rivera', 'tomas.rivera@gmail.com')], subject: 'Your Kubernetes talk',
    body: `Hi Tomás,\n\nYour talk at KubeCon on shrinking cold starts was the clearest explanation of the problem I have heard. Our platform team is working on exactly that, and your approach with warm pools would fit right in. Would you be open to a relaxed twenty-minute chat about what you want next in your career? No pressure if the timing is wrong; I would still like to hear how your experiment turned out.\n\nBest,\n${sig}`,
  }, []),
  k('sales bump in your own thread', {
    to: [to('Rachel Kim', 'rachel@loomly.com')], subject: 'Re: Your pricing page post',
    body: `Hi Rachel,\n\nFloating this back to the top of your inbox. Would the write-up be useful for your next pricing test?\n\nDana${gmailQuote('Dana Reyes', 'dana@brightwave.io', 'Hi Rachel,\nYour post on rebuilding the Loomly pricing page was one of the clearest I have read this year.\nCould I send you the short write-up?\nDana')}`,
  }, []),
  k('internal: lunch plans', {
    to: [colleague('Sam Ortiz', 'sam'), colleague('Mia Torres', 'mia')], subject: 'Lunch Friday',
    body: 'Lunch on Friday after the pipeline review? I was thinking the ramen place on 2nd at 12:30. I will book a table for three.\n\nD',
  }, []),
  k('Japanese thank-you note', {
    to: [to('Yuki Tanaka', 'tanaka@sakura.co.jp')], subject: 'お打ち合わせのお礼',
    body: '田中様\n\n本日はお忙しいところ、お時間をいただきありがとうございました。お話しした資料を添付いたしますので、ご確認ください。\n\nよろしくお願いいたします。\nDana Reyes\nBrightwave',
  }, []),
  k('self-focused follow-up, still a pitch', {
    to: [to('Hannah Cole', 'hannah@ridgeline.com')], subject: 'Following up',
    body: `Hi Hannah,\n\nI wanted to follow up on my last email. We have just released our new deduplication engine, and we are really proud of it. Our team spent a year building it, and our early customers love it. I would love to show it to you. Are you free on Thursday?\n\nBest,\n${sig}`,
  }, ['self-focus', 'filler'], { allow: ['length', 'no-personalization'] }),
  k('cold: long but in range, numbers', {
    to: [to('Greg Thompson', 'greg@summit.com')], subject: 'Summit renewals',
    body: `Hi Greg,\n\nYour renewal report from last week showed 38 accounts coming up in the next quarter, with six flagged as at risk. That is a clear list, and your team deserves credit for it.\n\nHere is one thing that might help with the six. Finance teams we work with look at three signals together: logins in the last thirty days, open support tickets, and whether the champion still works there. Any two of those together predicted churn in 80% of the cases we studied.\n\nWould it help if I ran those three signals against your six accounts? It takes about a day, and you would keep the spreadsheet either way.\n\nBest,\n${sig}`,
  }, [], { knownIssue: 'no-personalization misses "your renewal report": its cues are fixed phrases ("your report"), with no room for a word between' }),
  // ——— Not in English ———
  k('Spanish cold email', {
    to: [to('Lucía Fernández', 'lucia@empresa.es')], subject: 'Vuestra nueva planta',
    body: `Hola Lucía:\n\nHe visto que Empresa ha abierto una nueva planta en Valencia. Cuando un equipo crece tan rápido, la formación de los nuevos técnicos suele retrasar la producción durante semanas. Ayudamos a equipos como el vuestro a convertir los procedimientos en guías breves que se aprenden en días. ¿Te parece útil que te envíe un ejemplo? ¿Tendrías quince minutos el jueves?\n\nUn saludo,\n${sig}`,
  }, []),
  k('German follow-up, formal', {
    to: [to('Dr. Klaus Weber', 'weber@klinik.de')], subject: 'Unser Gespräch am Dienstag',
    body: 'Sehr geehrter Herr Dr. Weber,\n\nvielen Dank für das angenehme Gespräch am Dienstag. Wie besprochen sende ich Ihnen anbei das Angebot für die Pilotphase sowie die Unterlagen zum Datenschutz. Gerne beantworte ich Ihre Fragen in einem kurzen Telefonat.\n\nMit freundlichen Grüßen\nDana Reyes\nBrightwave',
  }, []),
  k('French meeting confirmation', {
    to: [to('Claire Dubois', 'cdubois@lumiere.fr')], subject: 'Rendez-vous de jeudi',
    body: 'Bonjour Claire,\n\nJe vous confirme notre rendez-vous jeudi à 14 h dans vos locaux. J\'apporterai le plan de déploiement et le contrat.\n\nBien cordialement,\nDana Reyes',
  }, []),
  k('Portuguese reply', {
    to: [to('Carlos Souza', 'carlos.souza@rio.com.br')], subject: 'Re: proposta',
    body: `Olá Carlos,\n\nObrigada pelo retorno. Segue em anexo a proposta revisada com o desconto anual.\n\nAbraços,\nDana${gmailQuote('Carlos Souza', 'carlos.souza@rio.com.br', 'Dana, pode enviar a proposta com o desconto anual?\nCarlos')}`,
  }, []),
  k('Italian cold email', {
    to: [to('Marco Bianchi', 'm.bianchi@vela.it')], subject: 'Il vostro nuovo magazzino',
    body: `Ciao Marco,\n\nho letto che Vela ha aperto un nuovo magazzino a Bologna. Quando il volume cresce così in fretta, l'inventario tende a non tornare per qualche settimana. Aiutiamo team come il vostro a contare le scorte ogni giorno, senza fermare le spedizioni. Ti andrebbe di vedere un esempio di dieci minuti la prossima settimana?\n\nUn caro saluto,\n${sig}`,
  }, []),
  k('Dutch internal note', {
    to: [colleague('Pieter de Vries', 'pieter')], subject: 'Offerte Delta',
    body: 'Hoi Pieter,\n\nKun jij de offerte voor Delta vandaag nog nakijken? Vooral de prijzen op pagina 2.\n\nGroet,\nDana',
  }, []),

  // ——— Long, and rightly so ———
  k('long reply the customer asked for', {
    to: [to('Ahmed Karim', 'ahmed@cedarhealth.org')], subject: 'Re: rollout questions',
    body: `Hi Ahmed,\n\nHere are answers to each of your questions, in order.\n\n1. Timeline. Most teams your size go live in three weeks. Week one is setup and single sign-on, week two is a pilot with one clinic, and week three is the rollout to the rest.\n\n2. Training. Your admins get two live sessions of an hour each. Clinic staff get a ten-minute video and a one-page guide, which is usually enough.\n\n3. Data. Patient data never leaves your tenant. We only read the scheduling tables you approve, and every read is logged where your security team can see it.\n\n4. Support. You get a named contact during rollout and email support with a four-hour response time after that.\n\n5. Cost. The quote I sent on Monday covers all of the above; nothing extra is billed for training or rollout.\n\nIf any of these raise new questions, send them over and I will answer them the same way.\n\nBest,\nDana${gmailQuote('Ahmed Karim', 'ahmed@cedarhealth.org', 'Dana, before our board meets I need written answers on timeline, training, data handling, support and cost. Please be detailed.\nAhmed')}`,
  }, []),
  k('long onboarding instructions for a new customer', {
    to: [to('Nora Hale', 'nora@quill.com')], subject: 'Getting started with Brightwave',
    body: 'Hi Nora,\n\nWelcome aboard! As promised on our call, here is everything your team needs for the first week.\n\nFirst, your admin account is ready. Sign in at app.brightwave.io with your work email; single sign-on is already switched on for quill.com.\n\nSecond, invite your agents from Settings, then Team. You can paste a list of addresses, and each person gets an email with a link that expires after seven days.\n\nThird, connect your help desk. The Zendesk connector takes about five minutes: paste your subdomain, approve the access request, and the first import starts on its own. Large help centers can take a few hours to finish.\n\nFinally, book your first training session with Sam on our team. Most customers pick a time in the second week, once agents have logged in at least once.\n\nIf anything gets stuck, reply to this email and I will sort it out.\n\nBest,\nDana',
  }, [], { allow: ['length'] }),
  k('internal: detailed deal review', {
    to: [colleague('Raj Patel', 'raj')], subject: 'Harbor deal review',
    body: 'Hi Raj,\n\nHere is where the Harbor deal stands before Thursday\'s forecast call.\n\nThe champion is Marcus Lee, Head of Digital. He ran the pilot with two branches and the results were good: account opening time dropped from 14 minutes to 6, and drop-off at the upload step fell by a third. He has budget for 120 seats this year.\n\nThe risk is procurement. Their new vendor policy needs a SOC 2 Type II report and a penetration test from the last twelve months. We have the first; the second is booked for April, which is after their decision date.\n\nMy plan is to offer a signed letter from our security lead with the test date, plus the summary of last year\'s test. I would like your view on whether we can also offer a 60-day exit clause if the test finds anything serious.\n\nCan we spend ten minutes on this before the call?\n\nThanks,\nDana',
  }, []),

  // ——— The mission's bad classes ———
  k('363-word kitchen sink', {
    to: [to('Chris Hawkins', 'chris@sproutcontent.com')], subject: 'Brightwave: the complete platform for modern content teams',
    body: `Hi Chris,\n\nI hope this email finds you well. My name is Dana and I am an Account Executive at Brightwave, the leading all-in-one content operations platform for modern marketing teams. We were founded in 2015 and since then we have grown to serve over 2,000 customers in 40 countries, including some of the most recognisable brands in the world. Our mission is to empower content teams to do their best work.\n\nWe offer a comprehensive suite of features: editorial calendars, approval workflows, asset management, analytics dashboards, SEO recommendations, social scheduling, team collaboration, AI-assisted writing, integrations with over 150 tools, custom reporting, enterprise-grade security, single sign-on, audit logs, role-based permissions, localization workflows, brand guidelines, content scoring, and much more. Our platform is used by marketing managers, content strategists, editors, writers, designers and executives alike.\n\nOur customers typically see a 40% increase in content output, a 30% reduction in time spent on approvals, and a 25% improvement in organic traffic within the first six months. We have won numerous industry awards, including the Content Tech Award for three years running, and our customer satisfaction scores are among the highest in the industry. Our team of dedicated customer success managers works closely with every client to ensure a smooth implementation and ongoing success.\n\nWe also offer flexible pricing plans to fit organizations of all sizes, from startups to Fortune 500 companies, with monthly and annual billing options, volume discounts, and nonprofit pricing. Our onboarding program includes personalized training sessions, a dedicated implementation specialist, data migration assistance, and access to our extensive knowledge base and community forum.\n\nI would love to set up a call to walk you through our platform and show you how we can help your team achieve its content goals. I am available most days this week and next, so please let me know what time works best for you. I can also send over some case studies, a product brochure, and a pricing sheet if that would be helpful.\n\nLooking forward to hearing from you.\n\nBest regards,\n${sig}`,
  }, ['length', 'self-focus', 'filler', 'subject', 'no-personalization'], { allow: ['reading-level', 'questions'] }),
  k('all we/our/us', {
    to: [to('Chris Hawkins', 'chris@sproutcontent.com')], subject: 'Brightwave for content teams',
    body: `Hi Chris,\n\nWe are Brightwave, and we build content operations software. Our platform helps our customers plan, write and approve content in one place. We have grown our team to 80 people and we recently opened our second office in Austin. Our customers tell us we are easy to work with, and our support team answers within an hour. We would like to show you our product next week. Let us know when works.\n\nBest,\n${sig}`,
  }, ['self-focus', 'no-personalization'], { allow: ['missing-context'] }),
  k('cryptic call-me note', {
    to: [to('Chris Hawkins', 'chris@sproutcontent.com')], subject: 'call me',
    body: 'Chris - call me when you get a chance. Vern',
    from: { name: 'Vern Castle', email: 'vern@castlemedia.com' },
  }, ['missing-context'], { allow: ['length'] }),
  k('cryptic call-me with a phone number', {
    to: [to('Ellen Park', 'ellen@northwind.com')], subject: 'Quick call',
    body: 'Hi Ellen,\n\nGive me a ring today if you can, it is important. 415-555-0199.\n\nThanks',
  }, ['missing-context'], { allow: ['length'] }),
  k('leftover {{first_name}}', {
    to: [to('Ellen Park', 'ellen@northwind.com')], subject: 'Northwind support hiring',
    body: `Hi {{first_name}},\n\nI saw Northwind is hiring eight support agents this quarter. When a team grows that fast, new agents usually learn from old tickets, and the queue slows while they ramp. Teams like yours use Brightwave to turn solved tickets into short guides. Would a short example built from your public help center be useful?\n\nBest,\n${sig}`,
  }, ['placeholder']),
  k('leftover [Company] in a cold email', {
    to: [to('Owen Brooks', 'owen.brooks@kestrel.io')], subject: 'Pipeline reporting',
    body: `Hi Owen,\n\nTeams like [Company] usually inherit a CRM full of stale fields and reports nobody trusts. Brightwave shows your reps one page of deals that need them today, and your managers one forecast they can defend. Would a fifteen-minute walkthrough next week be useful for your team?\n\nBest,\n${sig}`,
  }, ['placeholder', 'no-personalization'], { allow: ['length'] }),
  k('subject in capitals', {
    to: [to('Greg Thompson', 'greg@summit.com')], subject: 'LAST CHANCE: 40% OFF',
    body: `Hi Greg,\n\nYour renewal team at Summit can still lock in this year's price until Friday. Renewals after that move to the new list price. Would you like me to hold the current quote for you? It takes one reply.\n\nBest,\n${sig}`,
  }, ['subject'], { allow: ['length'] }),
  k('no subject', {
    to: [to('Greg Thompson', 'greg@summit.com')], subject: '',
    body: `Hi Greg,\n\nYour renewal team at Summit can still lock in this year's price until Friday. Would you like me to hold the current quote for you?\n\nBest,\n${sig}`,
  }, ['subject'], { allow: ['length'] }),
  k('filler openers and closers', {
    to: [to('Hannah Cole', 'hannah@ridgeline.com')], subject: 'Ridgeline lead lists',
    body: `Hi Hannah,\n\nI hope this email finds you well. I know you're busy, so I'll keep this brief. Ridgeline's SDRs spend Monday mornings cleaning lead lists by hand, and teams like yours usually get that back to twenty minutes. Would you like to try it on a copy of your list next week?\n\nThanks in advance for your time,\n${sig}`,
  }, ['filler'], { allow: ['length', 'self-focus'] }),
  k('cold pitch with no question and no ask', {
    to: [to('Rachel Kim', 'rachel@loomly.com')], subject: 'Loomly pricing tests',
    body: `Hi Rachel,\n\nLoomly's pricing page tests look like a lot of manual work for your growth team. Brightwave runs those tests for you and reports the winner in plain numbers, so your team spends its time on the ideas rather than the spreadsheets. Forty SaaS teams use it today, and most see results within two weeks of setup.\n\nBest,\n${sig}`,
  }, ['questions']),
  k('five questions in a row', {
    to: [to('Victor Huang', 'victor@meridianlabs.com')], subject: 'Meridian lab scheduling',
    body: `Hi Victor,\n\nHow do your teams book instrument time today? Is it a shared spreadsheet? Who settles conflicts? How often do bookings clash? Would a single calendar for both Meridian sites help?\n\nBest,\n${sig}`,
  }, ['questions'], { allow: ['length'] }),
  k('jargon, hard to read', {
    to: [to('Owen Brooks', 'owen.brooks@kestrel.io')], subject: 'Revenue operations at Kestrel',
    body: `Hi Owen,\n\nOrganizations operationalizing cross-functional revenue intelligence frequently encounter considerable inefficiencies originating from fragmented, inconsistently maintained opportunity-management infrastructure. Kestrel's accelerating international expansion presumably intensifies those organizational complexities considerably. Brightwave's comprehensive orchestration capabilities systematically consolidate disparate pipeline telemetry, facilitating substantially improved forecasting reliability. Would an exploratory conversation regarding implementation considerations be valuable?\n\nBest,\n${sig}`,
  }, ['reading-level'], { allow: ['length', 'self-focus'] }),
  k('generic pitch, nothing about the reader', {
    to: [to('Leah Morgan', 'leah@fieldnote.app')], subject: 'Support automation',
    body: `Hi Leah,\n\nMost growing software companies see the same five setup questions fill up their support inbox. Brightwave answers those questions inside the product, so support teams can focus on the harder tickets. Customers usually see a third fewer tickets within a month. Would a short demo next week be useful?\n\nBest,\n${sig}`,
  }, ['no-personalization'], { allow: ['length', 'missing-context'] }),
  k('first email that never says who it is from', {
    to: [to('Sofia Grant', 'sofia@tidewater.co')], subject: 'Tidewater inventory',
    body: 'Hi Sofia,\n\nMoving the Tidewater warehouses onto one inventory system before the holiday season is a big job, and counts usually drift during the switch. A cutover checklist can keep your team honest during those weeks. Would you like a copy?\n\nCheers',
  }, ['missing-context'], {
    allow: ['length'],
    knownIssue: 'reading-level calls its 39 words grade 8.8 (one 24-word sentence); the corpus has no other English draft between grade 7.7 and 13.4, too little evidence to move the threshold',
  }),
  k('playbook: phrase to avoid', {
    to: [to('Paul Smith', 'paul@acme.com')], subject: 'Acme pilot',
    body: 'Hi Paul,\n\nThanks for the pilot results. Could we touch base on Thursday about the rollout to your support team? Brightwave can have the accounts ready the same day.\n\nBest,\nDana',
  }, ['playbook'], { allow: ['length'], settings: playbook }),
  k('playbook: good email, all requirements met', {
    to: [to('Paul Smith', 'paul@acme.com')], subject: 'Acme pilot',
    body: 'Hi Paul,\n\nThanks for the pilot results. Could we compare notes on Thursday about the rollout to your support team? Brightwave can have the accounts ready the same day.\n\nBest,\nDana',
  }, [], { settings: playbook }),
  k('playbook: no sign-off', {
    to: [to('Paul Smith', 'paul@acme.com')], subject: 'Acme pilot',
    body: 'Hi Paul,\n\nThanks for the pilot results. Could we compare notes on Thursday about the rollout to your support team? Brightwave can have the accounts ready the same day.',
  }, ['playbook'], { allow: ['length'], settings: playbook }),
];
