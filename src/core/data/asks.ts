// Data for the `questions` rule: phrasings of a clear ask that end without a question mark.
// Boomerang (2016): emails with 1–3 questions were about 50% more likely to get a reply than none.
export const QUESTION_LIMITS = {
  /** More questions than this is a quiz, not an email. */
  maxQuestions: 3,
  /** Below this many words a first-contact message is too short for the check to mean anything. */
  minWords: 15,
} as const;

/** Requests that ask the reader to do one thing, said as a statement ("Let me know if Tuesday works."). */
export const ASK_PHRASES: readonly string[] = [
  'let me know', 'please let me know', 'let us know', 'please reply', 'reply with', 'just reply', 'hit reply',
  'reply to this email', 'send me', 'please send', 'drop me a line', 'drop me a note', 'shoot me a note',
  'shoot me a line', 'book a time', 'book a call', 'book a slot', 'grab a time', 'grab time', 'pick a time',
  'pick a slot', 'choose a time', 'schedule a call', 'schedule a time', 'schedule a meeting', 'find a time',
  "let's find a time", "let's talk", "let's chat", "let's set up", "let's schedule", "let's meet",
  'call me', 'give me a call', 'ring me', 'text me', 'tell me', 'point me to', 'introduce me to',
  'i would appreciate an introduction', 'are you free', 'are you open to', 'would you be open to',
  'happy to send', 'worth a conversation', 'worth a quick call', 'my calendar is here', 'here is my calendar',
  "here's my calendar", 'use this link to book', 'please confirm', 'confirm by', 'please review',
  'please sign', 'please approve', 'sign up here', 'register here',
];
