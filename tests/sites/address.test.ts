import { describe, expect, it } from 'vitest';
import { dedupePeople, parseAddress, parseAddressList } from '../../src/sites/address.js';

describe('parseAddress', () => {
  it.each([
    ['Chris Hawkins <chris@sproutcontent.com>', { name: 'Chris Hawkins', email: 'chris@sproutcontent.com' }],
    ['"Hawkins, Chris" <chris@sproutcontent.com>', { name: 'Hawkins, Chris', email: 'chris@sproutcontent.com' }],
    ['<chris@sproutcontent.com>', { email: 'chris@sproutcontent.com' }],
    ['  chris@sproutcontent.com ', { email: 'chris@sproutcontent.com' }],
    ['mailto:chris@sproutcontent.com', { email: 'chris@sproutcontent.com' }],
    ['José Núñez <jose@ejemplo.es>', { name: 'José Núñez', email: 'jose@ejemplo.es' }],
  ])('%s', (input, expected) => {
    expect(parseAddress(input)).toEqual(expected);
  });

  it.each(['', 'chris', 'chris@', 'chris@sproutcontent', 'Chris Hawkins', 'Chris <not an address>', '@x.com'])(
    'rejects %j',
    (input) => {
      expect(parseAddress(input)).toBeNull();
    },
  );
});

describe('parseAddressList', () => {
  it('splits on commas and semicolons, keeping commas inside names', () => {
    expect(parseAddressList('Hawkins, Chris <c@x.io>, dana@y.io; "Lee, Sam" <sam@z.org>')).toEqual([
      { name: 'Hawkins, Chris', email: 'c@x.io' },
      { email: 'dana@y.io' },
      { name: 'Lee, Sam', email: 'sam@z.org' },
    ]);
  });

  it('skips entries that are not addresses', () => {
    expect(parseAddressList('chris, dana@y.io, mar')).toEqual([{ email: 'dana@y.io' }]);
  });

  it('reads a huge paste without hanging', () => {
    expect(parseAddressList('a,'.repeat(100_000) + 'x@y.io')).toEqual([]);
    expect(parseAddressList('x@y.io,' + 'a,'.repeat(100_000))).toEqual([{ email: 'x@y.io' }]);
  });
});

describe('dedupePeople', () => {
  it('keeps the first of each address, case-insensitively', () => {
    expect(dedupePeople([{ name: 'Chris', email: 'C@x.io' }, { email: 'c@x.io' }, { name: 'Ann', email: '' }, { name: 'Ann', email: '' }])).toEqual([
      { name: 'Chris', email: 'C@x.io' },
      { name: 'Ann', email: '' },
    ]);
  });
});
