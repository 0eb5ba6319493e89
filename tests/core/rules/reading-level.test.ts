import { describe, expect, it } from 'vitest';
import { fleschKincaidGrade, readingLevel, sentenceLoad } from '../../../src/core/rules/reading-level.js';
import { ruleTester } from '../ruletester.js';

const to = [{ name: 'Chris Hawkins', email: 'chris@sproutcontent.com' }];
const mail = (message: string) => ({ to, subject: 'Reports', body: `Hi Chris,\n\n${message}\n\nBest,\nVern` });

const easy =
  'Your team builds the same reports by hand each month. That takes two days. It does not have to. Our tool builds them for you from HubSpot. The numbers match, and you get the two days back. Can we show you on a call next week?';
const hard1 =
  'Our comprehensive revenue intelligence platform systematically aggregates conversational interactions, automatically transcribing organizational communications and algorithmically evaluating opportunity viability.';
const hard2 =
  'Consequently, administrative leadership obtains instantaneous visibility regarding pipeline sustainability, facilitating considerably more dependable quarterly forecasting methodologies.';
const hard = `${hard1} ${hard2} Would a demonstration be valuable?`;

ruleTester(readingLevel, {
  valid: [
    { name: 'plain words, short sentences', draft: mail(easy) },
    { name: 'hard but too short to grade', draft: mail(hard1) },
    { name: 'a URL and an address are not words', draft: mail(`${easy} See https://brightlane.io/reports/interactive-demonstration-environment or write to vern.pollard@brightlane.io today.`) },
    {
      name: 'not English: no English reading grade',
      draft: mail(
        'Nuestra plataforma integral de inteligencia comercial agrega sistemáticamente las interacciones conversacionales, transcribiendo automáticamente las comunicaciones organizativas y evaluando algorítmicamente la viabilidad de las oportunidades. En consecuencia, la dirección administrativa obtiene una visibilidad instantánea sobre la sostenibilidad del embudo de ventas.',
      ),
    },
    { name: 'empty', draft: { to, subject: 'x', body: '' } },
  ],
  invalid: [
    {
      name: 'college-level prose: ONE warning over the message, its hardest sentences as its ranges',
      draft: mail(hard),
      errors: [
        { messageId: 'hardToRead', text: hard, severity: 'warning', output: null, ranges: [hard1, hard2] },
      ],
    },
    {
      name: 'a reply is graded too (above the quoted history)',
      draft: {
        to,
        subject: 'Re: Reports',
        body: `Hi Chris,\n\n${hard}\n\nBest,\nVern\n\nOn Mon, Jan 16, 2017 at 9:14 AM Chris Hawkins <chris@sproutcontent.com> wrote:\n> What does it do? Simple words please.`,
      },
      errors: [{ messageId: 'hardToRead', text: hard, severity: 'warning', ranges: [hard1, hard2] }],
    },
    {
      name: 'one long, heavy sentence among easy ones',
      draft: mail(`${easy}\n\n${hard1}\n\n${hard2}`),
      errors: [{ messageId: 'hardToRead', text: `${easy}

${hard1}

${hard2}`, severity: 'warning', ranges: [hard1, hard2] }],
    },
  ],
});

describe('Flesch–Kincaid', () => {
  it('follows the published formula', () => {
    // 100 words, 5 sentences, 150 syllables: 0.39 × 20 + 11.8 × 1.5 − 15.59 = 9.91
    expect(fleschKincaidGrade(100, 5, 150)).toBeCloseTo(9.91, 5);
    expect(fleschKincaidGrade(0, 0, 0)).toBe(0);
  });

  it('counts words and syllables with the syllable package', () => {
    expect(sentenceLoad('The cat sat on the mat.')).toEqual({ words: 6, syllables: 6 });
    expect(sentenceLoad('Communication is key.')).toEqual({ words: 3, syllables: 5 + 1 + 1 });
    expect(sentenceLoad('Email vern@brightlane.io or see https://brightlane.io/demo now.')).toEqual({ words: 4, syllables: 2 + 1 + 1 + 1 });
  });
});
