import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { splitParts } from '../../src/core/parts/index.js';
import type { Span, StructureHints } from '../../src/core/types.js';

const slice = (body: string, s?: Span) => (s ? body.slice(s.start, s.end) : undefined);

function view(body: string, hints?: StructureHints) {
  const { parts, greeting } = splitParts(body, hints);
  return {
    greeting: slice(body, parts.greeting),
    names: greeting?.names.map((n) => {
      expect(body.slice(n.start, n.end)).toBe(n.text); // names point exactly at the body
      return n.text;
    }),
    generic: greeting?.generic ?? false,
    message: slice(body, parts.message),
    signoff: slice(body, parts.signoff),
    signature: slice(body, parts.signature),
    quoted: slice(body, parts.quoted),
  };
}

describe('greetings', () => {
  const cases: [string, string, string[]][] = [
    ['Hi Chris,', 'Hi Chris,', ['Chris']],
    ['Hello Chris!', 'Hello Chris!', ['Chris']],
    ['Hey Chris:', 'Hey Chris:', ['Chris']],
    ['Hey Chris —', 'Hey Chris —', ['Chris']],
    ['Hi Chris', 'Hi Chris', ['Chris']],
    ['Dear Chris,', 'Dear Chris,', ['Chris']],
    ['Good morning Chris,', 'Good morning Chris,', ['Chris']],
    ['Good afternoon, Chris!', 'Good afternoon, Chris!', ['Chris']],
    ['Good evening Chris', 'Good evening Chris', ['Chris']],
    ['Hiya Chris,', 'Hiya Chris,', ['Chris']],
    ['Morning Chris,', 'Morning Chris,', ['Chris']],
    ['Hi,', 'Hi,', []],
    ['Hey!', 'Hey!', []],
    ['Chris,', 'Chris,', ['Chris']],
    ['Hi Chris and Dana,', 'Hi Chris and Dana,', ['Chris', 'Dana']],
    ['Hi Chris, Dana,', 'Hi Chris, Dana,', ['Chris', 'Dana']],
    ['Hi Chris & Dana', 'Hi Chris & Dana', ['Chris', 'Dana']],
    ['Hi Chris, Dana, and Pat!', 'Hi Chris, Dana, and Pat!', ['Chris', 'Dana', 'Pat']],
    ['Dear Dr. Okafor,', 'Dear Dr. Okafor,', ['Dr. Okafor']],
    ['Dear Ms. Lee', 'Dear Ms. Lee', ['Ms. Lee']],
    ['Hi Mary-Jane,', 'Hi Mary-Jane,', ['Mary-Jane']],
    ['Hi Anne Marie,', 'Hi Anne Marie,', ['Anne Marie']],
    ['Hi Kevin O’Brien,', 'Hi Kevin O’Brien,', ['Kevin O’Brien']],
    ['hi chris,', 'hi chris,', ['chris']],
    ['HI CHRIS,', 'HI CHRIS,', ['CHRIS']],
    ['Hi Will,', 'Hi Will,', ['Will']],
    ['Hi Chris 👋,', 'Hi Chris 👋,', ['Chris']],
    ['Hey Chris 👋🏽', 'Hey Chris 👋🏽', ['Chris']],
    ['Hi Chris! 🙂', 'Hi Chris! 🙂', ['Chris']],
    ['Hi Chris --', 'Hi Chris --', ['Chris']],
    ['Hey Chris…', 'Hey Chris…', ['Chris']],
    ['Chris:', 'Chris:', ['Chris']],
    // non-English
    ['Hola María José,', 'Hola María José,', ['María José']],
    ['Hallo Jonas,', 'Hallo Jonas,', ['Jonas']],
    ['Liebe Anna,', 'Liebe Anna,', ['Anna']],
    ['Lieber Jonas,', 'Lieber Jonas,', ['Jonas']],
    ['Sehr geehrter Herr Dr. Müller,', 'Sehr geehrter Herr Dr. Müller,', ['Herr Dr. Müller']],
    ['Bonjour Chloé,', 'Bonjour Chloé,', ['Chloé']],
    ['Bonjour M. Dupont,', 'Bonjour M. Dupont,', ['M. Dupont']],
    ['Salut Luc !', 'Salut Luc !', ['Luc']],
    ['Chère Amélie,', 'Chère Amélie,', ['Amélie']],
    ['Cher Pierre,', 'Cher Pierre,', ['Pierre']],
    ['Ciao Marco,', 'Ciao Marco,', ['Marco']],
    ['Buongiorno Giulia,', 'Buongiorno Giulia,', ['Giulia']],
    ['Olá João,', 'Olá João,', ['João']],
    ['Estimado Sr. García:', 'Estimado Sr. García:', ['Sr. García']],
    ['Estimada Lucía,', 'Estimada Lucía,', ['Lucía']],
  ];
  for (const [line, greeting, names] of cases) {
    it(`parses ${JSON.stringify(line)}`, () => {
      const body = `${line}\n\nCould we talk on Tuesday?`;
      const v = view(body);
      expect(v.greeting).toBe(greeting);
      expect(v.names).toEqual(names);
      expect(v.generic).toBe(false);
      expect(v.message).toBe('Could we talk on Tuesday?');
    });
  }

  const generic = [
    'Dear Sir/Madam,', 'Dear Sir / Madam,', 'Dear Sir or Madam,', 'To whom it may concern:', 'To Whom It May Concern,',
    'Hi there,', 'Hello friend,', 'Dear Customer,', 'Greetings,', 'Hi all,', 'Hi team,', 'Hello everyone,', 'Hi there!',
    'Dear valued partner,', 'Estimado cliente:', 'A quien corresponda:', 'Sehr geehrte Damen und Herren,', 'Hallo zusammen,',
    'Madame, Monsieur,', 'Bonjour à tous,', 'Liebe Kolleginnen und Kollegen,', 'Chers collègues,', 'Hola a todos:',
  ];
  for (const line of generic) {
    it(`marks ${JSON.stringify(line)} generic, with no names`, () => {
      const v = view(`${line}\nCould we talk on Tuesday?`);
      expect(v.greeting).toBe(line);
      expect(v.generic).toBe(true);
      expect(v.names).toEqual([]);
      expect(v.message).toBe('Could we talk on Tuesday?');
    });
  }

  it('a group after a name is generic; "and team" keeps the name', () => {
    expect(view('Hi Sprout team,\nText.')).toMatchObject({ greeting: 'Hi Sprout team,', names: [], generic: true, message: 'Text.' });
    expect(view('Hi Marketing Team!\nText.')).toMatchObject({ greeting: 'Hi Marketing Team!', names: [], generic: true });
    expect(view('Hi Chris and team,\nText.')).toMatchObject({ greeting: 'Hi Chris and team,', names: ['Chris'], generic: false, message: 'Text.' });
    expect(view('Hi Chris & all!\nText.')).toMatchObject({ greeting: 'Hi Chris & all!', names: ['Chris'] });
  });

  it('shares its line with the first sentence', () => {
    const v = view('Hi Chris, quick question about your Q3 plans?');
    expect(v.greeting).toBe('Hi Chris,');
    expect(v.names).toEqual(['Chris']);
    expect(v.message).toBe('quick question about your Q3 plans?');
  });

  it('stops before a capitalised word that opens the sentence', () => {
    expect(view('Hi Chris, Thanks for the call.').names).toEqual(['Chris']);
    expect(view('Hi Chris Hope you are well.').message).toBe('Hope you are well.');
    expect(view('Hi Chris and thanks for the call.').names).toEqual(['Chris']);
    expect(view('Hi Chris, Dana and I talked about your plans.')).toMatchObject({ names: ['Chris'], greeting: 'Hi Chris,', message: 'Dana and I talked about your plans.' });
    expect(view('Hi Chris, Dana and Pat,\nText.').names).toEqual(['Chris', 'Dana', 'Pat']);
  });

  it('allows leading blank lines and spaces', () => {
    const body = '\n\n   Hi Chris,\nText.';
    const { greeting } = splitParts(body);
    expect(greeting?.names[0]).toEqual({ text: 'Chris', start: 8, end: 13 });
    expect(greeting?.span).toEqual({ start: 5, end: 14 });
    expect(greeting?.salutation).toEqual({ start: 5, end: 7 });
  });

  it('is not fooled by ordinary first lines', () => {
    expect(view('Morning meetings are the worst.').greeting).toBeUndefined();
    expect(view('Update: the launch moved.').greeting).toBeUndefined();
    expect(view('Acme:\n- one\n- two').greeting).toBeUndefined();
    expect(view('Absolutely, that works.').greeting).toBeUndefined();
    expect(view('Quick question about your Q3 plans.').greeting).toBeUndefined();
    expect(view('Himalaya trip photos attached.').greeting).toBeUndefined();
    expect(view('Thanks,\nPat').greeting).toBeUndefined();
    expect(view('Liebe Grüße\nPat').greeting).toBeUndefined();
  });

  it('takes the greeting only from the first line', () => {
    expect(view('Quick one.\nHi Chris,\nText').greeting).toBeUndefined();
  });
});

describe('sign-offs', () => {
  const signoffs = [
    'Thanks,', 'Thank you,', 'Thanks so much!', 'Many thanks,', 'Best,', 'Best regards,', 'Kind regards,', 'Warm regards,',
    'Regards,', 'Cheers,', 'Sincerely,', 'Talk soon,', 'Warmly,', 'All the best,', 'Cordially,', 'Saludos,', 'Un saludo,',
    'Thank you for your time,', 'Atentamente,', 'Viele Grüße', 'Mit freundlichen Grüßen', 'Beste Grüße,', 'Cordialement,', 'Bien à vous,', 'Merci !',
  ];
  for (const line of signoffs) {
    it(`finds ${JSON.stringify(line)} with the sender's name after it`, () => {
      const v = view(`Hi Chris,\n\nCould we talk on Tuesday?\n\n${line}\nPat`);
      expect(v.signoff).toBe(line);
      expect(v.signature).toBe('Pat');
      expect(v.message).toBe('Could we talk on Tuesday?');
    });
  }

  it('ignores a thank-you sentence in mid-message and picks the last sign-off', () => {
    const v = view('Hi Chris,\n\nThanks for your time yesterday.\nCould we talk on Tuesday?\n\nThanks!\nPat');
    expect(v.message).toBe('Thanks for your time yesterday.\nCould we talk on Tuesday?');
    expect(v.signoff).toBe('Thanks!');
  });

  it('does not take an opening "Thanks!" followed by paragraphs for the sign-off', () => {
    const body = 'Hi Chris,\nThanks!\nI wanted to follow up on the proposal we discussed last week with your whole team and see where it stands.';
    const v = view(body);
    expect(v.signoff).toBeUndefined();
    expect(v.message).toBe(body.slice('Hi Chris,\n'.length));
  });

  it('a short reply that opens with "Thanks!" has no sign-off', () => {
    const v = view('Thanks!\nSee you on Friday.');
    expect(v.signoff).toBeUndefined();
    expect(v.message).toBe('Thanks!\nSee you on Friday.');
  });

  it('finds "Best, Pat" on one line', () => {
    const v = view('Hi Chris,\nText.\n\nBest, Pat');
    expect(v.signoff).toBe('Best,');
    expect(v.signature).toBe('Pat');
  });

  it('keeps a sign-off without a name', () => {
    const v = view('Hi Chris,\nText.\n\nCheers!');
    expect(v.signoff).toBe('Cheers!');
    expect(v.signature).toBeUndefined();
    expect(v.message).toBe('Text.');
  });
});

describe('signatures', () => {
  it('"-- " delimiter', () => {
    const v = view('Hi Chris,\nText.\n-- \nPat Smith\nAcme Inc.');
    expect(v.signature).toBe('-- \nPat Smith\nAcme Inc.');
    expect(v.message).toBe('Text.');
  });
  it('"--" delimiter', () => {
    expect(view('Text.\n--\nPat').signature).toBe('--\nPat');
  });
  it('the block after the sign-off', () => {
    const v = view('Hi Chris,\nText.\n\nBest regards,\nPat Smith\nVP Sales | Acme Inc.\n+1 (555) 123-4567\n123 Main St., Springfield');
    expect(v.signature).toBe('Pat Smith\nVP Sales | Acme Inc.\n+1 (555) 123-4567\n123 Main St., Springfield');
  });
  it('a trailing name/title/phone block without a sign-off', () => {
    const v = view('Hi Chris,\nText.\n\nPat Smith\nVP Sales | Acme\n+1 (555) 123-4567');
    expect(v.message).toBe('Text.');
    expect(v.signature).toBe('Pat Smith\nVP Sales | Acme\n+1 (555) 123-4567');
  });
  it('a lone name closing the draft, with or without a dash', () => {
    expect(view('Hi Chris,\nCould we talk Tuesday?\n\nSam')).toMatchObject({ message: 'Could we talk Tuesday?', signature: 'Sam' });
    expect(view('Hi Chris,\nCould we talk Tuesday?\n-Sam')).toMatchObject({ message: 'Could we talk Tuesday?', signature: '-Sam' });
    expect(view('Hi Chris,\nHere is the plan:\nPricing')).toMatchObject({ message: 'Here is the plan:\nPricing', signature: undefined });
    expect(view('Hi Chris,\nSam')).toMatchObject({ message: 'Sam', signature: undefined });
  });
  it('a name/title/phone block right under the last sentence', () => {
    const v = view('Hi Chris,\nLet me know what you think.\nSam Patel\nCEO, Sprout\n415-555-0199');
    expect(v.message).toBe('Let me know what you think.');
    expect(v.signature).toBe('Sam Patel\nCEO, Sprout\n415-555-0199');
  });
  for (const footer of ['Sent from my iPhone', 'Get Outlook for iOS', 'Enviado desde mi iPhone', 'Von meinem iPhone gesendet', 'Envoyé de mon iPhone']) {
    it(`device footer ${JSON.stringify(footer)}`, () => {
      const v = view(`Hi Chris,\nText.\n\n${footer}`);
      expect(v.signature).toBe(footer);
      expect(v.message).toBe('Text.');
    });
  }
  for (const disclaimer of [
    'This email and any attachments are confidential and intended solely for the addressee.',
    'CONFIDENTIALITY NOTICE: The contents of this email message are confidential.',
  ]) {
    it(`legal disclaimer ${JSON.stringify(disclaimer.slice(0, 30))}`, () => {
      const v = view(`Hi Chris,\nText.\n\nBest,\nPat\n\n${disclaimer}`);
      expect(v.message).toBe('Text.');
      expect(v.signoff).toBe('Best,');
      expect(v.signature).toBe(`Pat\n\n${disclaimer}`);
    });
  }
});

describe('quoted history', () => {
  const reply = 'Hi Chris,\n\nSounds good.\n\nBest,\nPat\n\n';
  const headers: [string, string][] = [
    ['Gmail', 'On Mon, Jan 16, 2017 at 9:14 AM Chris Hawkins <chris@x.com> wrote:\n> Hi Pat,\n> old text'],
    ['Gmail, wrapped', 'On Mon, Jan 16, 2017 at 9:14 AM Chris Hawkins <\nchris@x.com> wrote:\n\n> old text'],
    ['> lines only', '> Hi Pat,\n> old text'],
    ['Outlook original message', '-----Original Message-----\nFrom: Chris\nSent: Monday, January 16, 2017 9:14 AM\nTo: Pat\nSubject: Hi\n\nold text'],
    ['Outlook header block', 'From: Chris Hawkins <chris@x.com>\nSent: Monday, January 16, 2017 9:14 AM\nTo: Pat <pat@y.com>\nSubject: Q3\n\nold text'],
    ['Outlook underscores', '________________________________\nFrom: Chris Hawkins <chris@x.com>\nSent: Monday, January 16, 2017 9:14 AM\nTo: Pat\nSubject: Q3\n\nold'],
    ['forwarded', '---------- Forwarded message ---------\nFrom: Chris <chris@x.com>\nDate: Mon, Jan 16, 2017\nSubject: Q3'],
    ['Spanish Gmail', 'El lun, 16 ene 2017 a las 9:14, Chris <chris@x.com> escribió:\n> hola'],
    ['Spanish Outlook', 'De: Chris Hawkins\nEnviado: lunes, 16 de enero de 2017 9:14\nPara: Pat\nAsunto: Q3\n\nviejo'],
    ['Spanish original', '-----Mensaje original-----\nDe: Chris\nEnviado: lunes\nPara: Pat'],
    ['German Gmail', 'Am Mo., 16. Jan. 2017 um 09:14 Uhr schrieb Chris <chris@x.com>:\n> hallo'],
    ['German Outlook', 'Von: Chris Hawkins\nGesendet: Montag, 16. Januar 2017 09:14\nAn: Pat\nBetreff: Q3'],
    ['German original', '-----Ursprüngliche Nachricht-----\nVon: Chris'],
    ['French Gmail', 'Le lun. 16 janv. 2017 à 09:14, Chris <chris@x.com> a écrit :\n> salut'],
    ['French Outlook', 'De : Chris Hawkins\nEnvoyé : lundi 16 janvier 2017 09:14\nÀ : Pat\nObjet : Q3'],
    ['French original', "-----Message d'origine-----\nDe : Chris"],
  ];
  for (const [name, quoted] of headers) {
    it(name, () => {
      const body = reply + quoted;
      const { parts } = splitParts(body);
      expect(slice(body, parts.quoted)).toBe(quoted);
      expect(parts.quoted?.end).toBe(body.length);
      expect(slice(body, parts.message)).toBe('Sounds good.');
      expect(slice(body, parts.signoff)).toBe('Best,');
      expect(slice(body, parts.signature)).toBe('Pat');
    });
  }

  it('does not take a line starting "From:" in the message for a header', () => {
    const v = view('Hi Chris,\nFrom: our side, everything is ready.\nTo: be confirmed.\n\nBest,\nPat');
    expect(v.quoted).toBeUndefined();
    expect(v.message).toBe('From: our side, everything is ready.\nTo: be confirmed.');
  });

  it('does not take a prose "On Monday I wrote:" without a date for a header', () => {
    expect(view('Hi Chris,\nOn Monday I wrote:\nthe plan.').quoted).toBeUndefined();
    expect(view('Hi Chris,\nOn 3 occasions she wrote:\nthe plan.').quoted).toBeUndefined();
  });

  it('a single > line inside the message is not quoted history', () => {
    expect(view('Hi Chris,\n> 50% of teams agree.\nMore text.').quoted).toBeUndefined();
  });
});

describe('hints from the DOM', () => {
  it('a hinted quoted span is quoted, and the message stops there', () => {
    const body = 'Hi Chris,\nText.\nsome old thread without a header\nmore';
    const start = body.indexOf('some old');
    const v = view(body, { quoted: [{ start, end: body.length }] });
    expect(v.quoted).toBe('some old thread without a header\nmore');
    expect(v.message).toBe('Text.');
  });
  it('a hinted signature span is signature, even without a sign-off', () => {
    const body = 'Hi Chris,\nText.\nPat — Acme';
    const start = body.indexOf('Pat');
    const v = view(body, { signature: [{ start, end: body.length }] });
    expect(v.signature).toBe('Pat — Acme');
    expect(v.message).toBe('Text.');
  });
  it('a greeting inside a hinted quote is no greeting', () => {
    const body = 'Hi Dechay,\nold';
    expect(view(body, { quoted: [{ start: 0, end: body.length }] }).greeting).toBeUndefined();
  });
  it('ignores nonsense hints', () => {
    const body = 'Hi Chris,\nText.';
    const v = view(body, { quoted: [{ start: NaN, end: 3 }, { start: 50, end: 10 }], signature: [{ start: -5, end: -1 }] });
    expect(v.message).toBe('Text.');
    expect(v.quoted).toBeUndefined();
  });
});

describe('robustness', () => {
  it('empty body', () => {
    expect(splitParts('').parts).toEqual({ message: { start: 0, end: 0 } });
  });
  it('a greeting alone', () => {
    const { parts } = splitParts('Hi Chris,');
    expect(parts.message.start).toBeLessThanOrEqual(parts.message.end);
    expect(parts.greeting).toEqual({ start: 0, end: 9 });
  });
  it('CRLF line ends', () => {
    const v = view('Hi Chris,\r\n\r\nText.\r\n\r\nBest,\r\nPat');
    expect(v.names).toEqual(['Chris']);
    expect(v.message).toBe('Text.');
    expect(v.signoff).toBe('Best,');
  });
  it('handles a huge one-line paste quickly enough to finish', () => {
    const body = 'Hi Chris, ' + 'word '.repeat(60_000) + '\n' + '> quoted\n'.repeat(5_000);
    const { parts } = splitParts(body);
    expect(parts.message.end).toBeLessThanOrEqual(parts.quoted!.start);
  });
  it('never throws, and every span lies in the body in order', () => {
    const line = fc.oneof(
      fc.string(),
      fc.string({ unit: 'binary' }),
      fc.constantFrom('Hi Chris,', 'Thanks,', '-- ', '> x', 'On Mon, Jan 1, 2020 at 1:00 PM A <a@b.c> wrote:', 'From: a', 'Sent: b', 'To: c', 'Subject: d', '', '\u202eRTL', '😀 emoji', '\u0000\u0007'),
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 30 }), fc.array(fc.record({ start: fc.integer(), end: fc.integer() }), { maxLength: 3 }), (lines, spans) => {
        const body = lines.join('\n');
        const { parts, greeting } = splitParts(body, { quoted: spans.slice(0, 1), signature: spans.slice(1) });
        const all = [parts.greeting, parts.message, parts.signoff, parts.signature, parts.quoted].filter((s): s is Span => !!s);
        for (const s of all) {
          expect(s.start).toBeGreaterThanOrEqual(0);
          expect(s.start).toBeLessThanOrEqual(s.end);
          expect(s.end).toBeLessThanOrEqual(body.length);
        }
        if (parts.greeting) expect(parts.greeting.end).toBeLessThanOrEqual(parts.message.start);
        if (parts.signoff) expect(parts.message.end).toBeLessThanOrEqual(parts.signoff.start);
        if (parts.signature) expect(parts.message.end).toBeLessThanOrEqual(parts.signature.start);
        if (parts.quoted) expect(parts.message.end).toBeLessThanOrEqual(parts.quoted.start);
        for (const n of greeting?.names ?? []) expect(body.slice(n.start, n.end)).toBe(n.text);
      }),
      { numRuns: 300 },
    );
  });
});

describe('whole drafts', () => {
  it('a Gmail reply with a signature block and quoted history', () => {
    const body = [
      'Hi Chris,',
      '',
      'Thanks for the quick reply. Tuesday at 10 works for me — I’ll send an invite.',
      '',
      'Best regards,',
      'Sam Patel',
      'Account Executive | Sprout Content',
      '+1 (415) 555-0199',
      'sproutcontent.com',
      '',
      'On Mon, Jan 16, 2017 at 9:14 AM Chris Hawkins <chris@sproutcontent.com> wrote:',
      '> Hi Sam,',
      '>',
      '> Could we meet next week?',
      '>',
      '> Chris',
    ].join('\n');
    expect(view(body)).toEqual({
      greeting: 'Hi Chris,',
      names: ['Chris'],
      generic: false,
      message: 'Thanks for the quick reply. Tuesday at 10 works for me — I’ll send an invite.',
      signoff: 'Best regards,',
      signature: 'Sam Patel\nAccount Executive | Sprout Content\n+1 (415) 555-0199\nsproutcontent.com',
      quoted: body.slice(body.indexOf('On Mon')),
    });
  });

  it('a Spanish Outlook reply from a phone', () => {
    const body = [
      'Hola María José,',
      '',
      'Gracias por tu mensaje. ¿Podemos hablar el jueves?',
      '',
      'Un saludo,',
      'Sam',
      '',
      'Enviado desde mi iPhone',
      '',
      '________________________________',
      'De: María José García <mj@x.es>',
      'Enviado: lunes, 16 de enero de 2017 9:14',
      'Para: Sam Patel <sam@sprout.com>',
      'Asunto: Reunión',
      '',
      'Hola Sam, ¿tienes un momento?',
    ].join('\n');
    expect(view(body)).toEqual({
      greeting: 'Hola María José,',
      names: ['María José'],
      generic: false,
      message: 'Gracias por tu mensaje. ¿Podemos hablar el jueves?',
      signoff: 'Un saludo,',
      signature: 'Sam\n\nEnviado desde mi iPhone',
      quoted: body.slice(body.indexOf('____')),
    });
  });

  it('a German forward with a "-- " signature', () => {
    const body = [
      'Hallo Jonas,',
      'anbei die Unterlagen von gestern.',
      '',
      'Viele Grüße',
      'Sam',
      '-- ',
      'Sam Patel · Sprout Content GmbH · Berlin',
      '',
      '---------- Weitergeleitete Nachricht ---------',
      'Von: Chris Hawkins <chris@sproutcontent.com>',
      'Datum: Mo., 16. Jan. 2017 um 09:14 Uhr',
      'Betreff: Unterlagen',
      'An: Sam <sam@sprout.com>',
    ].join('\n');
    expect(view(body)).toEqual({
      greeting: 'Hallo Jonas,',
      names: ['Jonas'],
      generic: false,
      message: 'anbei die Unterlagen von gestern.',
      signoff: 'Viele Grüße',
      signature: 'Sam\n-- \nSam Patel · Sprout Content GmbH · Berlin',
      quoted: body.slice(body.indexOf('----------')),
    });
  });

  it('a French draft with a disclaimer and no sign-off', () => {
    const body = 'Bonjour Chloé,\n\nPouvons-nous en parler jeudi ?\n\nCe message et toutes les pièces jointes sont confidentiels.';
    expect(view(body)).toMatchObject({
      greeting: 'Bonjour Chloé,',
      message: 'Pouvons-nous en parler jeudi ?',
      signature: 'Ce message et toutes les pièces jointes sont confidentiels.',
    });
  });
});
