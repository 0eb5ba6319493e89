// Runs the red-team corpus through the whole engine and scores the accuracy rules: a case that
// expects a rule and gets it is a true positive, one that forbids it and gets it a false alarm.
// `npx vite-node tests/core/corpus/measure.ts` prints the table and every miss and false alarm.
import { analyze } from '../../../src/core/analyze.js';
import type { Finding } from '../../../src/core/types.js';
import { ACCURACY_RULES, corpus as firstPasses } from './drafts.js';
import { thirdPass } from './drafts-third.js';
import { rulesPass } from './drafts-rules.js';
import type { AccuracyRule, CorpusCase } from './drafts.js';

/** Every pass of the corpus, in one table. */
export const corpus = [...firstPasses, ...thirdPass, ...rulesPass];

export interface CaseResult {
  kase: CorpusCase;
  findings: Finding[];
  missed: AccuracyRule[];
  falseAlarms: AccuracyRule[];
}

export function runCase(kase: CorpusCase): CaseResult {
  const findings = analyze(kase.draft, kase.settings).findings;
  const reported = new Set(findings.map((f) => f.ruleId));
  return {
    kase,
    findings,
    missed: kase.expect.filter((r) => !reported.has(r)),
    falseAlarms: kase.forbid.filter((r) => reported.has(r)),
  };
}

export function score(results: CaseResult[]) {
  return ACCURACY_RULES.map((rule) => {
    let tp = 0, fp = 0, fn = 0;
    for (const { kase, missed, falseAlarms } of results) {
      if (kase.expect.includes(rule)) (missed.includes(rule) ? fn++ : tp++);
      if (falseAlarms.includes(rule)) fp++;
    }
    const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
    return { rule, tp, fp, fn, precision: ratio(tp, tp + fp), recall: ratio(tp, tp + fn) };
  });
}

export function formatScore(results: CaseResult[]): string {
  const rows = score(results).map(
    (s) => `${s.rule.padEnd(18)} P=${s.precision.toFixed(3)} R=${s.recall.toFixed(3)}  (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`,
  );
  const clean = results.filter((r) => r.kase.clean);
  const anyFinding = clean.filter((r) => r.findings.length > 0).length;
  const loud = clean.filter((r) => r.findings.some((f) => f.severity !== 'info')).length;
  const percent = (n: number) => (clean.length ? ((100 * n) / clean.length).toFixed(1) : '0.0');
  return [
    `corpus: ${results.length} drafts`,
    ...rows,
    `clean drafts: ${clean.length}; with any finding ${anyFinding} (${percent(anyFinding)}%), with a warning or error ${loud} (${percent(loud)}%)`,
  ].join('\n');
}

// Run directly (not imported by the test): print the table and the failures.
if (!process.env.VITEST) {
  const results = corpus.map(runCase);
  console.log(formatScore(results));
  for (const r of results) {
    const loud = r.kase.clean ? r.findings.filter((f) => f.severity !== 'info' || rulesPass.includes(r.kase)) : [];
    if (!r.missed.length && !r.falseAlarms.length && !loud.length) continue;
    console.log(`\n✗ ${r.kase.id}${r.missed.length ? `  missed: ${r.missed.join(', ')}` : ''}${r.falseAlarms.length ? `  false alarm: ${r.falseAlarms.join(', ')}` : ''}`);
    for (const f of r.findings.filter((f) => ACCURACY_RULES.includes(f.ruleId as AccuracyRule) || loud.includes(f)))
      console.log(`    ${f.ruleId}/${f.messageId}: ${f.message}`);
  }
}
