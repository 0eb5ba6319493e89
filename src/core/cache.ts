// What one analysis may keep for the next: facts about a sentence that depend on its text alone
// (phrase matches, pronoun counts, syllables, compromise's tags). Typing changes one sentence at a
// time, so the next check finds the rest here. The caller owns the cache (the worker keeps one,
// a test makes its own): the engine keeps nothing between calls by itself.

/** A fact about one sentence that depends on its text and nothing else. */
export type SentenceFact<T> = (sentence: string) => T;

export class AnalysisCache {
  // Two generations: facts read by this analysis, and those of the one before. Starting an
  // analysis drops what neither used, so the cache holds at most two drafts' worth of sentences.
  #current = new Map<SentenceFact<unknown>, Map<string, unknown>>();
  #previous = new Map<SentenceFact<unknown>, Map<string, unknown>>();

  /** Called by `analyze` before each analysis. */
  startAnalysis(): void {
    this.#previous = this.#current;
    this.#current = new Map();
  }

  /** `fact(text)`, computed once while the sentence stays in the draft. */
  sentenceFact<T>(fact: SentenceFact<T>, text: string): T {
    let now = this.#current.get(fact);
    if (!now) this.#current.set(fact, (now = new Map()));
    if (now.has(text)) return now.get(text) as T;
    const before = this.#previous.get(fact);
    const value = before?.has(text) ? (before.get(text) as T) : fact(text);
    now.set(text, value);
    return value;
  }

  /** How many sentence facts are kept (the benchmark reports it). */
  get size(): number {
    let n = 0;
    for (const generation of [this.#current, this.#previous]) for (const facts of generation.values()) n += facts.size;
    return n;
  }
}
