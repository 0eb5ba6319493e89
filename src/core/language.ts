// STUB — to be implemented: a cheap guess whether text is English.
export type Language = 'en' | 'other' | 'unknown';

export function detectLanguage(_text: string): Language {
  return 'unknown';
}
