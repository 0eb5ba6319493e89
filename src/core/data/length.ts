// Data for the `length` rule. The word range itself is a setting (default 50–125, Boomerang).

export const LENGTH_LIMITS = {
  /**
   * Mail to someone already in touch (a reply, a follow-up to a meeting, a note to a colleague)
   * warns only past this multiple of the range's top. Such mail is often long because the reader
   * asked for it: answers to five questions, onboarding steps, a deal review ran 147–157 words in
   * the red-team corpus, while the kitchen-sink pitch is 363.
   */
  ongoingMaxFactor: 2,
} as const;
