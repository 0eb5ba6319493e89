// Frequent function words per language, for a cheap "is this English?" guess. Words shared
// with English spelling ("a", "in", "is", "me", "die", "den", "we", "on", "son"…) are left out of
// the other lists so they never count against English.

export const ENGLISH_WORDS: readonly string[] = [
  'the', 'and', 'to', 'of', 'you', 'your', 'that', 'it', 'for', 'with', 'this', 'be', 'are', 'have', 'has', 'will',
  'can', 'our', 'at', 'as', 'would', 'my', 'if', 'not', 'or', 'from', 'about', 'just', 'do', 'so', 'an', 'was',
  'but', 'all', 'we', 'is', 'in', 'on', 'i', "i'm", "it's", "don't", 'thanks', 'thank', 'what', 'when', 'how',
  'could', 'should', 'they', 'their', 'there', 'which', 'who', 'been', 'were', 'more', 'any', 'some', 'know',
  'let', 'me', 'us', 'them', 'get', 'got', 'out', 'up', 'by', 'than', 'also', 'here', 'please', 'time', 'next',
  'week', 'call', 'would', "you're", "we're", "i'd", "i'll", "i've", 'hope', 'well', 'great', 'happy', 'yes',
];

export const OTHER_LANGUAGE_WORDS: Readonly<Record<string, readonly string[]>> = {
  es: [
    'de', 'el', 'la', 'los', 'las', 'que', 'y', 'en', 'un', 'una', 'es', 'por', 'para', 'con', 'su', 'sus', 'se', 'lo',
    'del', 'al', 'como', 'más', 'pero', 'muy', 'gracias', 'hola', 'estoy', 'usted', 'nuestro', 'nuestra', 'nosotros',
    'este', 'esta', 'esto', 'está', 'están', 'hay', 'ya', 'también', 'cuando', 'porque', 'sobre', 'tiene', 'tengo',
    'puede', 'podemos', 'quiero', 'saludos', 'semana', 'reunión', 'equipo', 'empresa', 'su', 'le', 'les', 'mi',
    'tu', 'yo', 'ser', 'sido', 'ha', 'hemos', 'han', 'mucho', 'gustaría', 'llamada', 'atentamente', 'usted',
  ],
  pt: [
    'de', 'o', 'os', 'que', 'e', 'da', 'dos', 'das', 'um', 'uma', 'para', 'com', 'não', 'você', 'vocês',
    'nós', 'obrigado', 'obrigada', 'olá', 'é', 'seu', 'sua', 'nosso', 'nossa', 'mas', 'muito', 'está', 'estou',
    'isso', 'este', 'esta', 'também', 'quando', 'porque', 'sobre', 'tem', 'temos', 'pode', 'podemos', 'gostaria',
    'reunião', 'equipe', 'empresa', 'semana', 'atenciosamente', 'abraço', 'eu', 'ao', 'na', 'nas', 'nos',
    'pelo', 'pela', 'já', 'são', 'foi', 'ser',
  ],
  fr: [
    'de', 'le', 'la', 'les', 'des', 'et', 'est', 'un', 'une', 'je', 'vous', 'nous', 'pour', 'que', 'qui', 'dans',
    'pas', 'sur', 'avec', 'ce', 'cette', 'au', 'aux', 'du', 'votre', 'vos', 'notre', 'nos', 'merci', 'bonjour',
    'mais', 'très', 'sont', 'être', 'avoir', 'avons', 'avez', 'êtes', 'suis', 'il', 'elle', 'ils', 'leur', 'ou',
    'où', 'aussi', 'quand', 'parce', 'semaine', 'réunion', 'équipe', 'entreprise', 'cordialement', "c'est",
    "j'ai", "n'est", "qu'il", "d'un", "d'une", "l'équipe", 'bien', 'peux', 'pouvez', 'voudrais', 'serait',
  ],
  de: [
    'der', 'das', 'und', 'ist', 'nicht', 'ich', 'sie', 'wir', 'mit', 'zu', 'für', 'auf', 'ein', 'eine', 'einen',
    'dem', 'von', 'es', 'sich', 'auch', 'ihr', 'ihnen', 'ihre', 'bitte', 'danke', 'vielen', 'dank', 'hallo',
    'guten', 'sehr', 'geehrte', 'geehrter', 'unser', 'unsere', 'uns', 'wie', 'aber', 'oder', 'wenn',
    'dass', 'sind', 'haben', 'habe', 'wird', 'werden', 'können', 'würde', 'gerne', 'gern', 'noch', 'schon',
    'nach', 'bei', 'zum', 'zur', 'über', 'woche', 'termin', 'grüße', 'freundlichen', 'viele', 'mein', 'meine',
  ],
  it: [
    'il', 'lo', 'gli', 'di', 'che', 'è', 'una', 'per', 'con', 'non', 'sono', 'ho', 'mi', 'ti', 'ci', 'grazie',
    'ciao', 'della', 'delle', 'dei', 'del', 'nel', 'nella', 'alla', 'al', 'ma', 'molto', 'questo',
    'questa', 'anche', 'quando', 'perché', 'sul', 'hai', 'abbiamo', 'avete', 'siamo', 'suo', 'sua', 'nostro',
    'nostra', 'vostro', 'settimana', 'riunione', 'azienda', 'cordiali', 'saluti', 'buongiorno', 'vorrei', 'potrei',
  ],
  nl: [
    'de', 'het', 'een', 'en', 'ik', 'je', 'jij', 'zijn', 'niet', 'dat', 'op', 'voor', 'dank',
    'hallo', 'graag', 'ons', 'onze', 'uw', 'jullie', 'wij', 'ook', 'maar', 'heb', 'hebben', 'heeft', 'wordt',
    'worden', 'kunnen', 'kan', 'wil', 'zou', 'naar', 'bij', 'om', 'aan', 'nog', 'wel', 'deze', 'dit', 'als',
    'wat', 'hoe', 'groet', 'groeten', 'vriendelijke', 'bedankt', 'mijn', 'jouw', 'afspraak', 'bedrijf',
  ],
};
