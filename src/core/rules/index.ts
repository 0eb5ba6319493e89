// The registry of rules, in the order their findings are listed.
import type { Rule } from '../rule.js';
import { greetingMismatch } from './greeting-mismatch.js';
import { genericGreeting } from './generic-greeting.js';
import { length } from './length.js';
import { selfFocus } from './self-focus.js';
import { placeholder } from './placeholder.js';
import { filler } from './filler.js';
import { subject } from './subject.js';
import { questions } from './questions.js';
import { readingLevel } from './reading-level.js';
import { missingContext } from './missing-context.js';
import { noPersonalization } from './no-personalization.js';
import { playbook } from './playbook.js';

export const rules: Rule[] = [greetingMismatch, genericGreeting, length, selfFocus, placeholder, filler, subject, questions, readingLevel, missingContext, noPersonalization, playbook];
