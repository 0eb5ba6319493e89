// The registry of rules, in the order their findings are listed.
import type { Rule } from '../rule.js';

export const rules: Rule[] = [];
