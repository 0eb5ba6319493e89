import { describe, expect, it } from 'vitest';
import { nameCaseFault } from '../../src/core/name-case.js';

const normal = 'I saw your post about hiring. Would a short call next week help?\n\nBest,\nDana';
const lowerStyle = 'saw your post about hiring. would a short call next week help?\n\ni can do tuesday.\ndana';

describe('nameCaseFault', () => {
  it('flags a lower-case or all-caps name in a normally cased email, with the display name as written', () => {
    expect(nameCaseFault('mary', 'Mary Jones', normal)).toEqual({ expected: 'Mary', written: 'lower' });
    expect(nameCaseFault('DEVON', 'Devon Park', normal)).toEqual({ expected: 'Devon', written: 'upper' });
    expect(nameCaseFault('mary jones', 'Jones, Mary', normal)).toEqual({ expected: 'Mary Jones', written: 'lower' });
    expect(nameCaseFault('ROSE-MARIE', 'Rose-Marie Duval', normal)).toEqual({ expected: 'Rose-Marie', written: 'upper' });
  });
  it('stays quiet when the whole email is written in lower case', () => {
    expect(nameCaseFault('mary', 'Mary Jones', lowerStyle)).toBeUndefined();
  });
  it('stays quiet when the email shouts throughout', () => {
    expect(nameCaseFault('DEVON', 'Devon Park', 'SAW YOUR POST. CALL ME TODAY!')).toBeUndefined();
  });
  it('stays quiet when the display name itself is in capitals or lower case', () => {
    expect(nameCaseFault('DEVON', 'DEVON PARK', normal)).toBeUndefined();
    expect(nameCaseFault('devon', 'devon park', normal)).toBeUndefined();
  });
  it('stays quiet for names written as the display name has them, other names, initials and no display name', () => {
    expect(nameCaseFault('Mary', 'Mary Jones', normal)).toBeUndefined();
    expect(nameCaseFault('ellen', 'Mary Jones', normal)).toBeUndefined();
    expect(nameCaseFault('mary', undefined, normal)).toBeUndefined();
    expect(nameCaseFault('DeShawn', 'Deshawn Lee', normal)).toBeUndefined();
  });
  it('needs enough of the email to tell a style from a slip', () => {
    expect(nameCaseFault('mary', 'Mary Jones', 'ok')).toBeUndefined();
  });
});
