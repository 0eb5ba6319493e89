// One card per problem. Tips of one kind that repeat through a draft (two filler phrases, three
// "put the reader first" rewrites) are one problem with several places, not several problems: a
// panel that repeats itself stops being read. They become one finding whose ranges are the
// places, each keeping its own underline, note, fix and suggestions. Warnings and errors stay one
// finding each: each is worth its own look.
import type { Finding, FindingRange } from './types.js';

/** What makes two findings "of one kind": the rule and the message id it reported them with. */
export type KindOf = (finding: Finding) => string;

const place = (f: Finding, textOf: ((f: Finding) => string) | undefined): FindingRange => ({
  start: f.start,
  end: f.end,
  ...(textOf ? { text: textOf(f) } : {}),
  note: f.message,
  ...(f.fix ? { fix: f.fix } : {}),
  ...(f.suggestions?.length ? { suggestions: f.suggestions } : {}),
});

/**
 * Groups repeated info findings of one kind (same kind, same field) into one, in text order.
 * `summary` words the group's message from the first finding and the count; `textOf` gives the
 * text a finding covers, which each place carries (the panel quotes it, "Ignore" remembers it).
 */
export function groupRepeatedTips(
  findings: Finding[],
  kindOf: KindOf,
  summary: (first: Finding, count: number) => string,
  textOf?: (finding: Finding) => string,
): Finding[] {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    if (f.severity !== 'info' || f.ranges?.length) continue;
    const key = `${kindOf(f)}\u0000${f.field ?? 'body'}`;
    let list = groups.get(key);
    if (!list) groups.set(key, (list = []));
    list.push(f);
  }
  const replaced = new Map<Finding, Finding | null>();
  for (const list of groups.values()) {
    if (list.length < 2) continue;
    const ordered = [...list].sort((a, b) => a.start - b.start || a.end - b.end);
    const first = ordered[0]!;
    const grouped: Finding = {
      ruleId: first.ruleId,
      messageId: first.messageId,
      scope: first.scope,
      severity: first.severity,
      message: summary(first, ordered.length),
      start: first.start,
      end: first.end,
      ...(first.field ? { field: first.field } : {}),
      ranges: ordered.map((f) => place(f, textOf)),
    };
    // The group takes the place of its first finding in the list; the others go.
    for (const f of list) replaced.set(f, null);
    replaced.set(list[0]!, grouped);
  }
  if (!replaced.size) return findings;
  const out: Finding[] = [];
  for (const f of findings) {
    const r = replaced.get(f);
    if (r === undefined) out.push(f);
    else if (r) out.push(r);
  }
  return out;
}
