// Data for the `filler` rule: stock phrases that add words but nothing for the reader.
//
// `fix` says how the phrase can go:
//   'sentence' — the phrase is a whole sentence ("I hope this email finds you well."): delete the
//                sentence when it holds nothing else (a trailing ", Chris" is fine), else no fix;
//   'phrase'   — a lead-in ("Per my last email, …"): delete it and capitalise what follows;
//   'none'     — needs rewording, not deleting ("I am writing to ask…"): point at it only.

export interface FillerPhrase {
  phrase: string;
  fix: 'sentence' | 'phrase' | 'none';
  category: 'pleasantry' | 'preamble' | 'follow-up' | 'closing' | 'apology' | 'hedge';
}

const sentence = (category: FillerPhrase['category'], ...phrases: string[]): FillerPhrase[] =>
  phrases.map((phrase) => ({ phrase, fix: 'sentence', category }));
const leadIn = (category: FillerPhrase['category'], ...phrases: string[]): FillerPhrase[] =>
  phrases.map((phrase) => ({ phrase, fix: 'phrase', category }));
const pointOnly = (category: FillerPhrase['category'], ...phrases: string[]): FillerPhrase[] =>
  phrases.map((phrase) => ({ phrase, fix: 'none', category }));

export const FILLER_PHRASES: readonly FillerPhrase[] = [
  ...sentence(
    'pleasantry',
    'I hope this email finds you well',
    'I hope this message finds you well',
    'I hope this note finds you well',
    'I hope this finds you well',
    'Hope this email finds you well',
    'Hope this finds you well',
    "I hope you're doing well",
    'I hope you are doing well',
    "Hope you're doing well",
    'Hope you are doing well',
    "I hope you're well",
    'I hope you are well',
    "Hope you're well",
    'I hope all is well',
    'Hope all is well',
    "I hope you're having a great week",
    'I hope you had a great weekend',
    'Hope you had a great weekend',
  ),
  ...sentence('apology', "I hope you don't mind me reaching out", 'Sorry to bother you', "I know you're busy", "I'm sure you're busy"),
  ...sentence(
    'follow-up',
    'Just following up',
    "I'm just following up",
    'Just following up on my last email',
    'Just following up on my previous email',
    'I wanted to follow up on my last email',
    'Just checking in',
    'Just circling back',
    'I wanted to touch base',
    'Just wanted to touch base',
    'I just wanted to touch base',
    'I just wanted to reach out',
    'I wanted to reach out',
  ),
  ...sentence(
    'closing',
    "Please don't hesitate to contact me",
    'Please do not hesitate to contact me',
    "Please don't hesitate to contact me if you have any questions",
    'Please do not hesitate to contact me if you have any questions',
    "Please don't hesitate to reach out",
    "Please don't hesitate to reach out if you have any questions",
    "Don't hesitate to reach out",
    'Please feel free to reach out',
    'Feel free to reach out if you have any questions',
    'Let me know if you have any questions',
  ),
  ...leadIn(
    'preamble',
    "I know you're busy, but",
    'I know you are busy, but',
    "I know you're busy, so",
    "I know you're super busy, but",
    'Sorry to bother you, but',
    'Per my last email,',
    'As per my last email,',
    'Per my previous email,',
    'I just wanted to reach out because',
    'I wanted to reach out because',
    "I'm reaching out because",
    'I am reaching out because',
    'I just wanted to let you know that',
    'I just wanted to let you know',
    'I wanted to let you know that',
    'Just wanted to let you know that',
    "I'm writing to let you know that",
    'I am writing to let you know that',
    "I'm writing to inform you that",
    'I am writing to inform you that',
    "I'd like to take this opportunity to",
    'I just wanted to say',
    'Needless to say,',
    'At the end of the day,',
  ),
  ...pointOnly('preamble', 'I am writing to', "I'm writing to", 'I just wanted to reach out to', 'I wanted to reach out to'),
];
