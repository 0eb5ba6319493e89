// The name-vs-generic-addressee decision. Words are chosen by class: data words, words only
// compromise's lexicon or tagger knows, words only word formation places, names of every origin.
import { describe, expect, it } from 'vitest';
import { classifyAddressee, isGenericSalutation } from '../../src/core/addressee.js';

const kind = (words: string, context = `Hi ${words},`) => classifyAddressee(words, { context }).kind;

describe('classifyAddressee', () => {
  it('reads roles and common nouns from the data as generic', () => {
    for (const w of ['Reader', 'Applicant', 'Shopper', 'Folks', 'Team', 'Member', 'Customer', 'Subscriber']) expect(kind(w), w).toBe('generic');
  });

  it('lets compromise decide words no list has seen: roles it tags #Actor, plurals, agent nouns built on known words', () => {
    const unseenRoles = ['Adventurer', 'Gardener', 'Photographer', 'Consultant', 'Designer', 'Analyst', 'Physician', 'Mentor', 'Landlord',
      'Learner', 'Dreamer', 'Explorer', 'Achiever', 'Beginner', 'Educator', 'Homebuyer', 'Changemaker', 'Trainee', 'Licensee'];
    for (const w of unseenRoles) {
      const v = classifyAddressee(w, { context: `Dear ${w},` });
      expect(v.kind, w).toBe('generic');
      expect(['tagger', 'word-formation'], w).toContain(v.evidence);
    }
  });

  it('reads a string of qualifiers and roles as ONE generic salutation', () => {
    for (const w of ['Loyal Member', 'Valued Shopper', 'Hiring Manager', 'Sales Team', 'Fellow Marketer', 'Esteemed Guest', 'Future Colleague', 'Marketing Pros'])
      expect(kind(w, `Dear ${w},`), w).toBe('generic');
  });

  it('reads first names from the lexicon, the tagger in context and the nickname table as names', () => {
    for (const w of ['Chris', 'Ellen', 'Siobhan', 'Misha', 'Kolya', 'Nastya', 'Will', 'Frank', 'Dana', 'Jordan', 'Mary Jane', 'Dr. Okafor'])
      expect(kind(w), w).toBe('name');
  });

  it('keeps names that are also role-shaped words names when the lexicon knows them as names', () => {
    for (const w of ['Tyler', 'Esther', 'Jennifer', 'Heather', 'Victor', 'Spencer', 'Oliver', 'Carter', 'Cooper', 'Walker', 'Harper']) expect(kind(w), w).toBe('name');
  });

  it('leaves capitalised words nothing knows as unknown, never generic (the greeting check treats them as names)', () => {
    for (const w of ['Dechay', 'Oluwaseun', 'Xochitl', 'Ngozi', 'Okafor', 'Priya', 'Kwame', 'Chiara', 'River', 'Sprout']) expect(kind(w), w).toBe('unknown');
  });

  it("counts the recipients' own names as names, before anything else", () => {
    const isRecipientName = (w: string) => w === 'Reader' || w === 'AJ';
    expect(classifyAddressee('Reader', { isRecipientName }).kind).toBe('name');
    expect(classifyAddressee('AJ', { isRecipientName }).evidence).toBe('recipient');
  });

  it("uses the greeting language's data and not English morphology for another language", () => {
    expect(classifyAddressee('Cliente', { lang: 'es' }).kind).toBe('generic');
    expect(classifyAddressee('Kunde', { lang: 'de' }).kind).toBe('generic');
    expect(classifyAddressee('Gardener', { lang: 'de' }).kind).toBe('unknown');
  });
});

describe('isGenericSalutation', () => {
  it('is one generic salutation when every part is generic', () => {
    expect(isGenericSalutation(['Reader', 'Friend'])).toBe(true);
    expect(isGenericSalutation(['Valued Member'])).toBe(true);
  });
  it('is not when any part is a name or unknown', () => {
    expect(isGenericSalutation(['Chris', 'Team'])).toBe(false);
    expect(isGenericSalutation(['Dechay'])).toBe(false);
    expect(isGenericSalutation([])).toBe(false);
  });
});
