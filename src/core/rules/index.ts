// The registry of rules, in the order their findings are listed.
import type { Rule } from '../rule.js';
import { greetingMismatch } from './greeting-mismatch.js';
import { genericGreeting } from './generic-greeting.js';
import { length } from './length.js';
import { selfFocus } from './self-focus.js';
import { placeholder } from './placeholder.js';
import { filler } from './filler.js';

export const rules: Rule[] = [greetingMismatch, genericGreeting, length, selfFocus, placeholder, filler];
