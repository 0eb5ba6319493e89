// The registry of rules, in the order their findings are listed.
import type { Rule } from '../rule.js';
import { greetingMismatch } from './greeting-mismatch.js';
import { genericGreeting } from './generic-greeting.js';

export const rules: Rule[] = [greetingMismatch, genericGreeting];
