// Data for `no-personalization` and `missing-context`: signs that a message was written for this
// one reader, not a list.

/** Things a sender writes only after looking at this reader: a trigger event, a shared moment, a referral. */
export const PERSONAL_CUES: readonly string[] = [
  'congrats on', 'congratulations on', 'saw your', 'i saw that you', 'i saw that your', 'noticed your',
  'noticed that you', 'noticed that your', 'i noticed you', 'read your', 'i read that you', 'loved your',
  'enjoyed your', 'your recent', 'your latest', 'your post', 'your article', 'your talk', 'your podcast',
  'your webinar', 'your interview', 'your announcement', 'your launch', 'your new role', 'your promotion',
  'your team is hiring', "you're hiring", 'you are hiring', 'you mentioned', 'you said', 'you told me',
  'you asked', 'when we met', 'we met at', 'great meeting you', 'great to meet you', 'nice meeting you',
  'good to meet you', 'following our conversation', 'after our call', 'since our call', 'on our call',
  'as we discussed', 'as discussed', 'referred me', 'suggested i reach out', 'suggested that i reach out',
  'recommended i reach out', 'mutual friend', 'we both', 'fellow', 'your journey', 'your background',
  'in your role as', 'as head of', 'as vp of', 'as the head of', 'as director of', 'as the founder',
  'as a founder', 'as cmo', 'as cto', 'as ceo', 'as cfo', 'as coo',
  // what the reader made or said in public
  'your episode', 'your keynote', 'your panel', 'your book', 'your newsletter', 'your paper', 'your study',
  'your report', 'your survey', 'your blog', 'your video', 'your session', 'your presentation', 'your thread',
  'your tweet', 'your case study', 'your changelog', 'your release notes', 'your job post', 'your job posting',
];
