import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { areNicknames, describeRecipient, foldName, greetingNameFor, isKnownFirstName, matchGreetedName } from '../../src/core/names.js';
import nicknameData from '../../src/core/data/nicknames.json';

const person = (name: string | undefined, email = 'someone@example.com') => describeRecipient(name === undefined ? { email } : { name, email });

describe('describeRecipient: display names', () => {
  const cases: [string, { first?: string; last?: string; title?: string; firstAlternatives?: string[] }][] = [
    ['Chris Hawkins', { first: 'Chris', last: 'Hawkins' }],
    ['Hawkins, Chris', { first: 'Chris', last: 'Hawkins' }],
    ['Dr. Ngozi Okafor', { first: 'Ngozi', last: 'Okafor', title: 'Dr.' }],
    ['James Smith Jr.', { first: 'James', last: 'Smith' }],
    ['James Smith, Jr.', { first: 'James', last: 'Smith' }],
    ['Smith, James, Jr.', { first: 'James', last: 'Smith' }],
    ['Chris Hawkins (SPROUT)', { first: 'Chris', last: 'Hawkins' }],
    ['Chris Hawkins | Sprout', { first: 'Chris', last: 'Hawkins' }],
    ["KEVIN O'BRIEN", { first: 'Kevin', last: "O'Brien" }],
    ['Mary-Jane Watson', { first: 'Mary-Jane', last: 'Watson', firstAlternatives: ['Mary', 'Mary Jane'] }],
    ['Anne Marie Smith', { first: 'Anne Marie', last: 'Smith', firstAlternatives: ['Anne'] }],
    ['María José García', { first: 'María José', last: 'García', firstAlternatives: ['María'] }],
    ['"Chris Hawkins"', { first: 'Chris', last: 'Hawkins' }],
    ['chris hawkins', { first: 'Chris', last: 'Hawkins' }],
    ['DeShawn McDonald', { first: 'DeShawn', last: 'McDonald' }],
    ['Ludwig van Beethoven', { first: 'Ludwig', last: 'van Beethoven' }],
    ['Chris Hawkins, VP Sales', { first: 'Chris', last: 'Hawkins' }],
    ['García López, María José', { first: 'María José', last: 'García López', firstAlternatives: ['María'] }],
    ['Chris 🚀 Hawkins', { first: 'Chris', last: 'Hawkins' }],
  ];
  for (const [name, expected] of cases) {
    it(JSON.stringify(name), () => {
      const r = person(name);
      expect(r.isRole).toBe(false);
      expect({ first: r.first, last: r.last, title: r.title, firstAlternatives: r.firstAlternatives }).toEqual({
        first: expected.first,
        last: expected.last,
        title: expected.title,
        firstAlternatives: expected.firstAlternatives,
      });
    });
  }

  it('an initial is not a first name', () => {
    const r = person('J. Smith');
    expect(r.first).toBeUndefined();
    expect(r.last).toBe('Smith');
  });

  it('a display name that is an address gives way to the address', () => {
    expect(person('chris.hawkins@x.com', 'chris.hawkins@x.com').first).toBe('Chris');
  });
});

describe('describeRecipient: addresses', () => {
  it.each([
    ['chris.hawkins@sproutcontent.com', 'Chris', 'Hawkins'],
    ['chris_hawkins@sproutcontent.com', 'Chris', 'Hawkins'],
    ['chris-hawkins@sproutcontent.com', 'Chris', 'Hawkins'],
    ['chris@sproutcontent.com', 'Chris', undefined],
    ['Chris.Hawkins+news@sproutcontent.com', 'Chris', 'Hawkins'],
  ])('%s → %s %s', (email, first, last) => {
    const r = person(undefined, email);
    expect(r.first).toBe(first);
    expect(r.last).toBe(last);
    expect(r.firstSource).toBe('address');
  });

  it.each(['chawkins@x.com', 'ch@x.com', 'c.hawkins@x.com', 'xq7@x.com', 'qwrtzp.hawkins@x.com', ''])('no first name from %j', (email) => {
    expect(person(undefined, email).first).toBeUndefined();
  });

  it.each([
    'info@x.com', 'sales@x.com', 'support@x.com', 'hello@x.com', 'team@x.com', 'contact@x.com', 'admin@x.com', 'office@x.com',
    'billing@x.com', 'noreply@x.com', 'no-reply@x.com', 'marketing@x.com', 'hr@x.com', 'jobs@x.com', 'careers@x.com',
    'press@x.com', 'help@x.com', 'sales-team@x.com', 'support.uk@x.com',
  ])('%s is a role address with no first name', (email) => {
    const r = person(undefined, email);
    expect(r.isRole).toBe(true);
    expect(r.first).toBeUndefined();
  });

  it('a role display name is a role even at a personal-looking address', () => {
    expect(person('Acme Support', 'help2@acme.com').isRole).toBe(true);
    expect(person('Sales Team', 'x1@acme.com').isRole).toBe(true);
  });

  it('a person in a team is still a person', () => {
    expect(person('Chris Hawkins (Sales)', 'c7@acme.com')).toMatchObject({ isRole: false, first: 'Chris' });
    expect(person('Chris from Support', 'c7@acme.com')).toMatchObject({ isRole: false, first: 'Chris' });
  });

  it('a role mailbox stays a role even with a display name', () => {
    const r = person('Chris Hawkins', 'info@sproutcontent.com');
    expect(r.isRole).toBe(true);
  });

  it('a company as the display name gives way to the address', () => {
    expect(person('Sprout Content', 'chris@sproutcontent.com')).toMatchObject({ first: 'Chris', firstSource: 'address' });
    expect(person('Acme Inc', 'chris.hawkins@acme.com')).toMatchObject({ first: 'Chris', last: 'Hawkins' });
    expect(person('Sprout', 'dechay@sprout.io').first).toBeUndefined();
    expect(person('chawkins', 'chawkins@acme.com').first).toBeUndefined();
    expect(person('Dechay', 'dechay@x.io').first).toBe('Dechay');
    expect(person('Chris Hawkins', 'chris@chrishawkins.com').first).toBe('Chris');
  });

  it('Steve Jobs is a person', () => {
    expect(person('Steve Jobs', 'steve@apple.com')).toMatchObject({ isRole: false, first: 'Steve' });
  });
});

describe('describeRecipient: company from domain', () => {
  it.each([
    ['chris@sproutcontent.com', 'sproutcontent', 'Sproutcontent'],
    ['chris@mail.sproutcontent.com', 'sproutcontent', 'Sproutcontent'],
    ['chris@acme.co.uk', 'acme', 'Acme'],
    ['chris@acme.com.au', 'acme', 'Acme'],
    ['chris@eu.mail.acme.io', 'acme', 'Acme'],
  ])('%s → %s', (email, company, display) => {
    expect(person('Chris', email)).toMatchObject({ company, companyDisplay: display });
  });
  it.each(['chris@gmail.com', 'chris@outlook.com', 'chris@hotmail.com', 'chris@yahoo.com', 'chris@icloud.com', 'chris@proton.me', 'chris@yahoo.co.uk', 'chris@mail.yahoo.co.uk', 'bad', 'a@localhost'])(
    'no company for %s',
    (email) => {
      expect(person('Chris', email).company).toBeUndefined();
    },
  );
});

describe('matchGreetedName', () => {
  const chris = person('Chris Hawkins');
  it.each([
    ['Chris', 'exact'],
    ['chris', 'exact'],
    ['CHRIS', 'exact'],
    ['Chris Hawkins', 'exact'],
    ['Mr. Hawkins', 'exact'],
    ['Mr Hawkins', 'exact'],
    ['Dr. Hawkins', 'exact'],
    ['Christopher', 'nickname'],
    ['Christine', 'nickname'],
    ['Hawkins', 'none'],
    ['Dechay', 'none'],
    ['Dana', 'none'],
    ['Mr. Smith', 'none'],
  ])('%s for Chris Hawkins → %s', (greeted, kind) => {
    expect(matchGreetedName(greeted, chris).kind).toBe(kind);
  });

  it('title + last name for a titled recipient', () => {
    const r = person('Dr. Ngozi Okafor');
    expect(matchGreetedName('Dr. Okafor', r).kind).toBe('exact');
    expect(matchGreetedName('Prof. Okafor', r).kind).toBe('exact');
    expect(matchGreetedName('Okafor', r).kind).toBe('none');
    expect(matchGreetedName('Ngozi', r).kind).toBe('exact');
  });

  it('a display name written family name first: its given name greets them', () => {
    expect(matchGreetedName('Wei', person('Zhang Wei')).kind).toBe('exact');
    expect(matchGreetedName('Zhang', person('Zhang Wei')).kind).toBe('exact');
    // A known given name first: the last word is a surname.
    expect(matchGreetedName('Hawkins', person('Chris Hawkins')).kind).toBe('none');
  });

  it('a title that is also a first name, in a display name', () => {
    expect(describeRecipient({ name: 'Don Draper', email: 'd@x.com' }).first).toBe('Don');
    expect(describeRecipient({ name: 'Don Diego Vega', email: 'd@x.com' }).first).toBe('Diego');
  });

  it('any surname with a title ("Sr. García" for García López)', () => {
    expect(matchGreetedName('Sr. García', person('Juan García López')).kind).toBe('exact');
    expect(matchGreetedName('Herr Dr. Müller', person('Dr. Jonas Müller')).kind).toBe('exact');
  });

  it.each([
    ['Bob', 'Robert Lane'], ['Robert', 'Bob Lane'], ['Bill', 'William Gates'], ['William', 'Bill Gates'],
    ['Liz', 'Elizabeth Bennet'], ['Beth', 'Elizabeth Bennet'], ['Elizabeth', 'Liz Bennet'], ['Peggy', 'Margaret Olson'],
    ['Margaret', 'Peggy Olson'], ['Chris', 'Christopher Robin'], ['Chris', 'Christine Baranski'], ['Kit', 'Chris Marlowe'],
    ['Bob Lane', 'Robert Lane'],
  ])('nickname %s for %s', (greeted, name) => {
    expect(matchGreetedName(greeted, person(name)).kind).toBe('nickname');
  });

  it('case- and accent-insensitive', () => {
    expect(matchGreetedName('Jose', person('José Ruiz')).kind).toBe('exact');
    expect(matchGreetedName('José', person('Jose Ruiz')).kind).toBe('exact');
    expect(matchGreetedName('zoe', person('Zoë Adams')).kind).toBe('exact');
    expect(matchGreetedName('Maria Jose', person('María José García')).kind).toBe('exact');
  });

  it('hyphenated and double first names', () => {
    const mj = person('Mary-Jane Watson');
    expect(matchGreetedName('Mary-Jane', mj).kind).toBe('exact');
    expect(matchGreetedName('Mary Jane', mj).kind).toBe('exact');
    expect(matchGreetedName('Mary', mj).kind).toBe('exact');
    const am = person('Anne Marie Smith');
    expect(matchGreetedName('Anne', am).kind).toBe('exact');
    expect(matchGreetedName('Anne Marie', am).kind).toBe('exact');
    expect(matchGreetedName('Marie', am).kind).toBe('none');
  });

  it('typos: Damerau-Levenshtein, 2 edits from 5 letters, 1 edit for 4, none below', () => {
    expect(matchGreetedName('Oluwasuen', person('Oluwaseun Adeyemi'))).toEqual({ kind: 'typo', expected: 'Oluwaseun' });
    expect(matchGreetedName('Jhon', person('John Doe'))).toEqual({ kind: 'typo', expected: 'John' });
    expect(matchGreetedName('Micheal', person('Michael Scott'))).toEqual({ kind: 'typo', expected: 'Michael' });
    expect(matchGreetedName('Mr. Hawkns', chris)).toEqual({ kind: 'typo', expected: 'Mr. Hawkins' });
    expect(matchGreetedName('Jhno', person('John Doe')).kind).toBe('none'); // 2 edits on 4 letters
    expect(matchGreetedName('Ana', person('Ava Gardner')).kind).toBe('none'); // 3 letters: no typo budget
  });

  it('a surname the recipient did not give, or an initial, does not break a first-name match', () => {
    expect(matchGreetedName('Chris Hawkins', person(undefined, 'chris@x.com')).kind).toBe('exact');
    expect(matchGreetedName('Chris H.', chris).kind).toBe('exact');
    expect(matchGreetedName('Chris Smith', chris).kind).toBe('none');
  });

  it('typos of the first name with a surname, and of a nickname', () => {
    expect(matchGreetedName('Jhon Doe', person('John Doe'))).toEqual({ kind: 'typo', expected: 'John Doe' });
    expect(matchGreetedName('Chirs', person('Christopher Hawkins'))).toEqual({ kind: 'typo', expected: 'Chris' });
  });

  it('an unknown recipient never matches', () => {
    expect(matchGreetedName('Chris', person(undefined, 'chawkins@x.com')).kind).toBe('none');
  });
});

describe('greetingNameFor', () => {
  it('first name, or title + surname when the greeting used a title', () => {
    const r = person('Dr. Ngozi Okafor');
    expect(greetingNameFor(r, 'Dechay')).toBe('Ngozi');
    expect(greetingNameFor(r, 'Dr. Smith')).toBe('Dr. Okafor');
    expect(greetingNameFor(r, 'Ms Smith')).toBe('Ms Okafor');
    expect(greetingNameFor(person('Juan García López'), 'Sr. Pérez')).toBe('Sr. García');
    expect(greetingNameFor(person('Ludwig van Beethoven'), 'Herr Bach')).toBe('Herr van Beethoven');
  });
});

describe('nickname table', () => {
  it('is the generated table with its source', () => {
    const data = nicknameData as { source: string; nicknames: Record<string, string> };
    expect(data.source).toContain('21d75051c39cb022d145388d60c87dc30505228b');
    expect(Object.keys(data.nicknames).length).toBeGreaterThan(1000);
    expect(data.nicknames.robert?.split(' ')).toContain('bob');
  });
  it('is many-to-many but does not link unrelated names', () => {
    expect(areNicknames('Bill', 'Robert')).toBe(true);
    expect(areNicknames('Chris', 'Kit')).toBe(true); // both nicknames of Christopher
    expect(areNicknames('Christopher', 'Christine')).toBe(false); // two full names sharing "Chris"
    expect(areNicknames('Chris', 'Dana')).toBe(false);
  });
  it('knows first names from the lexicon and the table', () => {
    expect(isKnownFirstName('chris')).toBe(true);
    expect(isKnownFirstName('Dana')).toBe(true);
    expect(isKnownFirstName('chawkins')).toBe(false);
    expect(isKnownFirstName('sales')).toBe(false);
  });
});

describe('robustness', () => {
  it('never throws on odd people and names', () => {
    fc.assert(
      fc.property(fc.option(fc.string(), { nil: undefined }), fc.string(), fc.string(), (name, email, greeted) => {
        const r = describeRecipient(name === undefined ? { email } : { name, email });
        expect(typeof r.isRole).toBe('boolean');
        expect(['exact', 'nickname', 'typo', 'none']).toContain(matchGreetedName(greeted, r).kind);
      }),
      { numRuns: 500 },
    );
    expect(() => describeRecipient(undefined as never)).not.toThrow();
  });
  it('handles huge and binary names without blowing up', () => {
    const huge = 'A' + 'a'.repeat(50_000);
    const r = describeRecipient({ name: `${huge} ${' '.repeat(20_000)}x`, email: `${huge}@${huge}.com` });
    expect(matchGreetedName(huge, r).kind).toBe('none');
    expect(matchGreetedName(huge, describeRecipient({ name: 'Chris Hawkins', email: 'c@x.com' })).kind).toBe('none');
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.string({ unit: 'binary' }), (name, greeted) => {
        const rec = describeRecipient({ name, email: `${name}@x.com` });
        expect(['exact', 'nickname', 'typo', 'none']).toContain(matchGreetedName(greeted, rec).kind);
      }),
      { numRuns: 300 },
    );
  });
  it('foldName strips accents', () => {
    expect(foldName('Zoë José ÅSA')).toBe('zoe jose asa');
  });
});

describe('international short forms', () => {
  it('pairs Slavic diminutives with each spelling of their full name', () => {
    for (const [short, full] of [
      ['Misha', 'Mikhail'], ['Dima', 'Dmitry'], ['Dima', 'Dmytro'], ['Katya', 'Ekaterina'], ['Katya', 'Yekaterina'],
      ['Nastya', 'Anastasia'], ['Kolya', 'Nikolai'], ['Sasha', 'Aleksandr'], ['Zhenya', 'Yevgeny'], ['Kasia', 'Katarzyna'],
    ] as const) expect(areNicknames(short, full), `${short} ~ ${full}`).toBe(true);
  });
  it('pairs Romance and German short forms, accents folded', () => {
    for (const [short, full] of [
      ['Pepe', 'José'], ['Paco', 'Francisco'], ['Nacho', 'Ignacio'], ['Beppe', 'Giuseppe'], ['Gianni', 'Giovanni'],
      ['Zé', 'José'], ['Sepp', 'Josef'], ['Steffi', 'Stefanie'], ['Seb', 'Sébastien'], ['Manu', 'Emmanuel'],
    ] as const) expect(areNicknames(short, full), `${short} ~ ${full}`).toBe(true);
  });
  it('keeps unrelated names apart', () => {
    expect(areNicknames('Misha', 'Dmitry')).toBe(false);
    expect(areNicknames('Katya', 'Anastasia')).toBe(false);
    expect(areNicknames('Paco', 'José')).toBe(false);
  });
  it('makes the short forms known first names', () => {
    for (const n of ['Misha', 'Nastya', 'Kolya', 'Paco', 'Beppe']) expect(isKnownFirstName(n), n).toBe(true);
  });
});
