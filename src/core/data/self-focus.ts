// Data for the `self-focus` rule.

export const SELF_FOCUS_LIMITS = {
  /**
   * The warning needs references to the sender to be more than this many times those to the
   * reader (and at least `minSelfRefs`, a setting). In the red-team corpus the self-focused
   * drafts ran 3.7–16 times (22 to 6, 8 to 2, 16 to 1) and good mail at most 2 (4 to 2 in a
   * follow-up listing next steps, 4 to 3 in an applicant update): "outnumbers" alone called those.
   */
  selfToReaderRatio: 2,
} as const;

/**
 * Openings about the sender, as compromise match patterns tried on the first sentence of the
 * message only. compromise expands contractions, so "i am" also matches "I'm" and "i would"
 * matches "I'd".
 */
export const SENDER_OPENING_PATTERNS: readonly string[] = [
  '^my name is',
  '^(i|we) #Adverb? (am|are) #Adverb? (reaching|writing|contacting|emailing|messaging|getting|following) ',
  '^i am (a|an|the|with|from|part|on|in|heading|leading|responsible|currently)',
  '^(i|we) #Adverb? (wanted|want|would like|would love|thought|was hoping|were hoping|am hoping|are hoping) (to|i would|we would) #Adverb? (introduce|reach|connect|share|tell|let|touch|present|show|offer|make|start|put)',
  '^(allow|let) me (to)? introduce',
  '^(we|our #Noun) #Adverb? (are|is) (a|an|the|one) ',
  '^(we|our #Noun) #Adverb? (help|helps|work|works|specialize|specialise|specializes|specialises|provide|provides|offer|offers|build|builds|partner|partners|enable|enables|have been|has been|were founded|was founded|founded|started|launched|recently)',
  '^(i|we) #Adverb? (have|has) been (working|helping|building|running|leading|doing|in)',
  '^(i|we) #Adverb? (founded|started|run|lead|manage|head|represent)',
  '^this is #FirstName #LastName? (from|at|with|of|here)',
  '^(my|our) (company|team|firm|agency|startup|platform|product|solution|business|organization|organisation) ',
];

/** Cheap gate before asking compromise: an opening about the sender starts with one of these. */
export const SENDER_OPENING_FIRST_WORDS: readonly string[] = ['i', "i'm", "i've", "i'd", 'we', "we're", "we've", 'my', 'our', 'this', 'allow', 'let'];

export interface ReaderFirstRewrite {
  /** Sender-first phrase as commonly written (matched case- and apostrophe-insensitively). */
  phrase: string;
  /** Reader-first alternative; its first letter follows the position in the sentence. */
  replacement: string;
}

export const READER_FIRST_REWRITES: readonly ReaderFirstRewrite[] = [
  { phrase: 'I wanted to reach out to see if you would', replacement: 'Would you' },
  { phrase: "I wanted to reach out to see if you'd", replacement: 'Would you' },
  { phrase: 'I wanted to reach out to see if you are', replacement: 'Are you' },
  { phrase: 'I wanted to reach out to see if you have', replacement: 'Do you have' },
  { phrase: 'I wanted to reach out to see if you', replacement: 'Would you' },
  { phrase: 'I was wondering if you could', replacement: 'Could you' },
  { phrase: 'I was wondering if you would', replacement: 'Would you' },
  { phrase: 'I was wondering if you', replacement: 'Would you' },
  { phrase: "I'd appreciate it if you could", replacement: 'Could you' },
  { phrase: 'I would appreciate it if you could', replacement: 'Could you' },
  { phrase: "I'd love to show you", replacement: 'Would it help to see' },
  { phrase: 'I would love to show you', replacement: 'Would it help to see' },
  { phrase: "I'd like to show you", replacement: 'Would it help to see' },
  { phrase: "I'd like to schedule a call", replacement: 'Would a quick call help' },
  { phrase: 'I would like to schedule a call', replacement: 'Would a quick call help' },
  { phrase: "I'd love to set up a call", replacement: 'Would a quick call help' },
  { phrase: "I'd love to hop on a call", replacement: 'Would a quick call help' },
  { phrase: "I'd love to jump on a call", replacement: 'Would a quick call help' },
  { phrase: "I'd love to connect", replacement: 'Would a quick chat help' },
  { phrase: 'I would love to connect', replacement: 'Would a quick chat help' },
  { phrase: "I'd love to chat", replacement: 'Would a quick chat help' },
  { phrase: "I'd love to get your thoughts", replacement: 'What do you think' },
  { phrase: 'I would love to get your thoughts', replacement: 'What do you think' },
  { phrase: "I'd love to hear your thoughts", replacement: 'What do you think' },
  { phrase: "I'd love to learn more about", replacement: 'Could you tell me more about' },
  { phrase: 'I would love to learn more about', replacement: 'Could you tell me more about' },
  { phrase: "I think you'd benefit from", replacement: 'You may benefit from' },
  { phrase: 'I think you would benefit from', replacement: 'You may benefit from' },
  { phrase: 'I believe you would benefit from', replacement: 'You may benefit from' },
  { phrase: "I'm confident that you'll", replacement: "You'll" },
  { phrase: 'I am confident that you will', replacement: 'You will' },
  { phrase: 'I wanted to tell you about', replacement: 'You might like' },
  { phrase: 'I want to tell you about', replacement: 'You might like' },
  { phrase: 'Let me tell you about', replacement: 'You might like' },
  { phrase: "We'd love to work with you", replacement: 'Could we help you' },
  { phrase: 'We would love to work with you', replacement: 'Could we help you' },
  { phrase: 'We can help you', replacement: 'You could' },
  { phrase: 'I can help you', replacement: 'You could' },
  { phrase: "We're excited to announce", replacement: 'You can now use' },
  { phrase: 'We are excited to announce', replacement: 'You can now use' },
  { phrase: "We're thrilled to announce", replacement: 'You can now use' },
  { phrase: 'We offer', replacement: 'You get' },
  { phrase: 'our customers', replacement: 'teams like yours' },
  { phrase: 'our clients', replacement: 'companies like yours' },
];
