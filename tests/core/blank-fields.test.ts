import { describe, expect, it } from 'vitest';
import { blankFieldsInProse, blankGreeting } from '../../src/core/blank-fields.js';

describe('blankGreeting', () => {
  it('finds a greeting word with the space its name should have filled', () => {
    expect(blankGreeting('Hi ,', 0)).toMatchObject({ start: 0, end: 4, before: 'Hi', after: ',' });
    expect(blankGreeting('Hello  ,', 10)).toMatchObject({ start: 10, end: 18 });
    expect(blankGreeting('Dear :', 0)).toMatchObject({ before: 'Dear', after: ':' });
    expect(blankGreeting('  Hola ,', 0)).toMatchObject({ start: 2, end: 8 });
  });
  it('finds a formal salutation with nobody after it', () => {
    expect(blankGreeting('Dear,', 0)).toMatchObject({ start: 0, end: 5 });
  });
  it('leaves ordinary greetings alone', () => {
    for (const line of ['Hi,', 'Hello,', 'Hi Chris,', 'Hi there,', 'Dear Chris,', 'Morning ,', 'Bonjour !', 'Hey — quick one', 'Hi!']) expect(blankGreeting(line, 0), line).toBeUndefined();
  });
});

describe('blankFieldsInProse', () => {
  const texts = (s: string) => blankFieldsInProse(s).map((b) => s.slice(b.start, b.end));
  it('finds a preposition or article left before punctuation by an empty field', () => {
    expect(texts('I saw your talk at , and loved it.')).toEqual(['at ,']);
    expect(texts('We built this for .')).toEqual(['for .']);
    expect(texts('Congrats on your new role at  !')).toEqual(['at  !']);
    expect(texts('How is the  team doing?')).toEqual(['the  team']);
    expect(texts('I loved your  post.')).toEqual(['your  post']);
  });
  it('leaves stranded prepositions, ellipses and single spaces alone', () => {
    for (const s of ['That is what it is for.', 'Who did you talk to?', 'Thanks for...', 'Thanks for ...', 'I work at Acme, in Paris.', 'It is the team.', 'See the list:\n  a  b'])
      expect(texts(s), s).toEqual([]);
  });
  it('searches only between from and to', () => {
    const s = 'at , then for .';
    expect(blankFieldsInProse(s, 5).map((b) => s.slice(b.start, b.end))).toEqual(['for .']);
    expect(blankFieldsInProse(s, 0, 5).map((b) => s.slice(b.start, b.end))).toEqual(['at ,']);
  });
});

describe('blankGreeting and French spacing', () => {
  it('does not read French spacing before ":" or ";" as a blank', () => {
    expect(blankGreeting('Bonjour :', 0)).toBeUndefined();
    expect(blankGreeting('Salut ;', 0)).toBeUndefined();
    expect(blankGreeting('Estimados:', 0)).toBeUndefined();
  });
});
