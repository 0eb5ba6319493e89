import { describe, expect, it } from 'vitest';
import { greetsByInitials, initialsOf, initialsWritten } from '../../src/core/initials.js';

describe('initialsWritten', () => {
  it('reads two or three capitals, with or without dots and spaces', () => {
    expect(initialsWritten('AJ')).toBe('aj');
    expect(initialsWritten('A.J.')).toBe('aj');
    expect(initialsWritten('A. J.')).toBe('aj');
    expect(initialsWritten('A.J')).toBe('aj');
    expect(initialsWritten('J.R.R.')).toBe('jrr');
  });
  it('does not read names or words as initials', () => {
    for (const w of ['Al', 'Ed', 'Aj', 'ABCD', 'A', 'Chris', 'a.j.']) expect(initialsWritten(w), w).toBeUndefined();
  });
});

describe('greetsByInitials', () => {
  it('matches initials written in the display name', () => {
    expect(greetsByInitials('AJ', 'A.J. Kowalski')).toBe(true);
    expect(greetsByInitials('A.J.', 'AJ Kowalski')).toBe(true);
    expect(greetsByInitials('AJ', 'Kowalski, A.J.')).toBe(true);
  });
  it('matches the initials of the given names', () => {
    expect(greetsByInitials('JP', 'Jean-Pierre Dubois')).toBe(true);
    expect(greetsByInitials('J.P.', 'Dubois, Jean-Pierre')).toBe(true);
    expect(greetsByInitials('AJ', 'Andrew James Kowalski')).toBe(true);
    expect(greetsByInitials('A.J.', 'Andrew J. Kowalski')).toBe(true);
    expect(greetsByInitials('AJ', 'Dr. Andrew James Kowalski (ACME)')).toBe(true);
  });
  it('does not match other initials or a person with one given name', () => {
    expect(greetsByInitials('TJ', 'Andrew James Kowalski')).toBe(false);
    expect(greetsByInitials('AK', 'Andrew Kowalski')).toBe(false);
    expect(greetsByInitials('AJ', 'Ellen Park')).toBe(false);
    expect(greetsByInitials('AJ', undefined)).toBe(false);
  });
  it('lists the initials a person may go by', () => {
    expect(initialsOf('A.J. Kowalski')).toEqual(['aj']);
    expect(initialsOf('Andrew James Kowalski')).toEqual(['aj']);
    expect(initialsOf('Ellen Park')).toEqual([]);
  });
});
