// Greeting words and generic greetings, as data. Matching is case-insensitive and longest-first.

export interface Salutation {
  text: string;
  /** Also an ordinary word at the start of a sentence ("Morning meetings…"): a greeting only with a name or punctuation. */
  ambiguous?: boolean;
  /** Formal ("Dear"): a few lower-case words up to the punctuation are a generic addressee ("Dear valued partner,"). */
  formal?: boolean;
}

export const SALUTATIONS: readonly Salutation[] = [
  // en
  { text: 'Hi' }, { text: 'Hello' }, { text: 'Hey' }, { text: 'Dear', formal: true }, { text: 'Hiya' }, { text: 'Howdy' },
  { text: 'Good morning' }, { text: 'Good afternoon' }, { text: 'Good evening' }, { text: 'Good day' },
  { text: 'Greetings', ambiguous: true }, { text: 'Morning', ambiguous: true }, { text: 'Afternoon', ambiguous: true },
  { text: 'Evening', ambiguous: true }, { text: 'Hey there' }, { text: 'Heya' }, { text: 'Hullo' },
  // Indian and South Asian business English: "Respected Sir," "Respected Mr. Sharma,"
  { text: 'Respected', formal: true, ambiguous: true },
  // es
  { text: 'Hola' }, { text: 'Buenos días' }, { text: 'Buenos dias' }, { text: 'Buenas tardes' }, { text: 'Buenas noches' },
  { text: 'Buenas', ambiguous: true }, { text: 'Estimado', formal: true }, { text: 'Estimada', formal: true }, { text: 'Estimados', formal: true }, { text: 'Estimadas', formal: true },
  { text: 'Querido' }, { text: 'Querida' }, { text: 'Apreciado', formal: true }, { text: 'Apreciada', formal: true },
  // de
  { text: 'Hallo' }, { text: 'Liebe', ambiguous: true }, { text: 'Lieber', ambiguous: true }, { text: 'Sehr geehrte', formal: true },
  { text: 'Sehr geehrter', formal: true }, { text: 'Guten Morgen' }, { text: 'Guten Tag' }, { text: 'Guten Abend' }, { text: 'Moin', ambiguous: true },
  { text: 'Servus', ambiguous: true }, { text: 'Grüß Gott' }, { text: 'Hi zusammen' },
  // fr
  { text: 'Bonjour' }, { text: 'Bonsoir' }, { text: 'Salut', ambiguous: true }, { text: 'Cher', ambiguous: true },
  { text: 'Chère', ambiguous: true }, { text: 'Chers', ambiguous: true }, { text: 'Chères', ambiguous: true },
  // it / pt / nl / nordic
  { text: 'Ciao' }, { text: 'Buongiorno' }, { text: 'Buonasera' }, { text: 'Gentile', formal: true }, { text: 'Gentilissimo' },
  { text: 'Gentilissima' }, { text: 'Caro', ambiguous: true }, { text: 'Cara', ambiguous: true }, { text: 'Olá' },
  { text: 'Ola' }, { text: 'Oi', ambiguous: true }, { text: 'Bom dia' }, { text: 'Boa tarde' }, { text: 'Prezado', formal: true },
  { text: 'Prezada', formal: true }, { text: 'Hoi', ambiguous: true }, { text: 'Beste', ambiguous: true }, { text: 'Goedemorgen' },
  { text: 'Hej' }, { text: 'Hei' },
];

export interface GenericGreeting {
  /** The whole generic greeting, without punctuation. */
  phrase: string;
  /** Language of the phrase, so the fix greets in the same language. */
  lang: 'en' | 'es' | 'de' | 'fr' | 'it' | 'pt';
}

export const GENERIC_GREETINGS: readonly GenericGreeting[] = [
  { phrase: 'To whom it may concern', lang: 'en' }, { phrase: 'Dear Sir/Madam', lang: 'en' },
  { phrase: 'Dear Sir / Madam', lang: 'en' }, { phrase: 'Dear Sir or Madam', lang: 'en' }, { phrase: 'Dear Madam/Sir', lang: 'en' },
  { phrase: 'Dear Madam or Sir', lang: 'en' }, { phrase: 'Dear Sirs', lang: 'en' }, { phrase: 'Dear Sir', lang: 'en' },
  { phrase: 'Dear Madam', lang: 'en' }, { phrase: 'Respected Sir', lang: 'en' }, { phrase: 'Respected Madam', lang: 'en' },
  { phrase: 'Respected Sir/Madam', lang: 'en' }, { phrase: 'Respected Sir or Madam', lang: 'en' }, { phrase: 'Dear Customer', lang: 'en' }, { phrase: 'Dear Valued Customer', lang: 'en' },
  { phrase: 'Dear Client', lang: 'en' }, { phrase: 'Dear Valued Client', lang: 'en' }, { phrase: 'Dear Friend', lang: 'en' },
  { phrase: 'Dear Colleague', lang: 'en' }, { phrase: 'Dear Colleagues', lang: 'en' }, { phrase: 'Dear All', lang: 'en' },
  { phrase: 'Dear Team', lang: 'en' }, { phrase: 'Dear Hiring Manager', lang: 'en' }, { phrase: 'Dear Recipient', lang: 'en' },
  { phrase: 'Dear Partner', lang: 'en' }, { phrase: 'Dear Reader', lang: 'en' }, { phrase: 'Dear Member', lang: 'en' },
  { phrase: 'Dear Business Owner', lang: 'en' }, { phrase: 'Dear Homeowner', lang: 'en' },
  { phrase: 'Hi there', lang: 'en' }, { phrase: 'Hello there', lang: 'en' }, { phrase: 'Hey there', lang: 'en' },
  { phrase: 'Hello friend', lang: 'en' }, { phrase: 'Hi friend', lang: 'en' }, { phrase: 'Hey friend', lang: 'en' },
  { phrase: 'Hello friends', lang: 'en' }, { phrase: 'Greetings', lang: 'en' }, { phrase: 'Greetings and salutations', lang: 'en' },
  { phrase: 'Hi all', lang: 'en' }, { phrase: 'Hello all', lang: 'en' }, { phrase: 'Hey all', lang: 'en' },
  { phrase: 'Hi everyone', lang: 'en' }, { phrase: 'Hello everyone', lang: 'en' }, { phrase: 'Hey everyone', lang: 'en' },
  { phrase: 'Hi everybody', lang: 'en' }, { phrase: 'Hello everybody', lang: 'en' }, { phrase: 'Hi team', lang: 'en' },
  { phrase: 'Hello team', lang: 'en' }, { phrase: 'Hey team', lang: 'en' }, { phrase: 'Hi folks', lang: 'en' },
  { phrase: 'Hello folks', lang: 'en' }, { phrase: 'Hey folks', lang: 'en' }, { phrase: 'Hi guys', lang: 'en' },
  { phrase: 'Hey guys', lang: 'en' }, { phrase: 'Hello guys', lang: 'en' }, { phrase: 'Hi both', lang: 'en' },
  { phrase: 'Hi you', lang: 'en' }, { phrase: 'Hello sir', lang: 'en' }, { phrase: 'Hello madam', lang: 'en' },
  { phrase: 'Hi sir', lang: 'en' }, { phrase: 'Good morning all', lang: 'en' }, { phrase: 'Good morning everyone', lang: 'en' },
  { phrase: 'Good afternoon all', lang: 'en' }, { phrase: 'Good afternoon everyone', lang: 'en' },
  // es
  { phrase: 'A quien corresponda', lang: 'es' }, { phrase: 'A quien pueda interesar', lang: 'es' },
  { phrase: 'Estimado cliente', lang: 'es' }, { phrase: 'Estimada clienta', lang: 'es' }, { phrase: 'Estimados señores', lang: 'es' },
  { phrase: 'Estimado señor', lang: 'es' }, { phrase: 'Estimada señora', lang: 'es' }, { phrase: 'Muy señores míos', lang: 'es' },
  { phrase: 'Hola a todos', lang: 'es' }, { phrase: 'Hola a todas', lang: 'es' }, { phrase: 'Estimados colegas', lang: 'es' },
  { phrase: 'Queridos compañeros', lang: 'es' }, { phrase: 'Estimados compañeros', lang: 'es' }, { phrase: 'Buenos días a todos', lang: 'es' },
  { phrase: 'Estimada señora o señor', lang: 'es' }, { phrase: 'Hola equipo', lang: 'es' }, { phrase: 'Estimados', lang: 'es' },
  // de
  { phrase: 'Sehr geehrte Damen und Herren', lang: 'de' }, { phrase: 'Hallo zusammen', lang: 'de' },
  { phrase: 'Hallo allerseits', lang: 'de' }, { phrase: 'Hallo Team', lang: 'de' }, { phrase: 'Liebe Kundin, lieber Kunde', lang: 'de' },
  { phrase: 'Liebe Kolleginnen und Kollegen', lang: 'de' }, { phrase: 'Liebe Kollegen', lang: 'de' },
  { phrase: 'Liebe Kolleginnen', lang: 'de' }, { phrase: 'Liebes Team', lang: 'de' }, { phrase: 'Hallo Kollegen', lang: 'de' },
  { phrase: 'Hallo ihr Lieben', lang: 'de' }, { phrase: 'Hallo alle', lang: 'de' }, { phrase: 'Sehr geehrte Kundin, sehr geehrter Kunde', lang: 'de' },
  { phrase: 'Sehr geehrter Kunde', lang: 'de' }, { phrase: 'Sehr geehrte Kundin', lang: 'de' }, { phrase: 'Sehr geehrte Herren', lang: 'de' },
  { phrase: 'Lieber Kunde', lang: 'de' }, { phrase: 'Liebe Kundin', lang: 'de' }, { phrase: 'Hi zusammen', lang: 'de' },
  // fr
  { phrase: 'Madame, Monsieur', lang: 'fr' }, { phrase: 'Madame, Messieurs', lang: 'fr' }, { phrase: 'Mesdames, Messieurs', lang: 'fr' },
  { phrase: 'Madame/Monsieur', lang: 'fr' }, { phrase: 'Monsieur, Madame', lang: 'fr' }, { phrase: 'Bonjour à tous', lang: 'fr' },
  { phrase: 'Bonjour à toutes et à tous', lang: 'fr' }, { phrase: 'Cher client', lang: 'fr' }, { phrase: 'Chère cliente', lang: 'fr' },
  { phrase: 'Chers clients', lang: 'fr' }, { phrase: 'Chers collègues', lang: 'fr' }, { phrase: 'Chères collègues', lang: 'fr' },
  { phrase: 'Cher Monsieur', lang: 'fr' }, { phrase: 'Chère Madame', lang: 'fr' }, { phrase: 'Chère Madame, cher Monsieur', lang: 'fr' },
  { phrase: 'Bonjour Madame, bonjour Monsieur', lang: 'fr' }, { phrase: 'Salut tout le monde', lang: 'fr' },
  { phrase: 'Bonjour tout le monde', lang: 'fr' }, { phrase: 'À qui de droit', lang: 'fr' }, { phrase: 'Bonjour Madame, Monsieur', lang: 'fr' }, { phrase: 'Bonjour Madame', lang: 'fr' },
  { phrase: 'Bonjour Monsieur', lang: 'fr' },
  // it / pt
  { phrase: 'Gentile cliente', lang: 'it' }, { phrase: 'Ciao a tutti', lang: 'it' }, { phrase: 'Gentili signori', lang: 'it' },
  { phrase: 'Prezado cliente', lang: 'pt' }, { phrase: 'Olá a todos', lang: 'pt' }, { phrase: 'A quem possa interessar', lang: 'pt' },
];

/** How to greet one person by first name, per language of the generic greeting it replaces. */
export const NAMED_GREETING: Readonly<Record<GenericGreeting['lang'], string>> = {
  en: 'Hi {name},',
  es: 'Hola {name},',
  de: 'Hallo {name},',
  fr: 'Bonjour {name},',
  it: 'Ciao {name},',
  pt: 'Olá {name},',
};

/** Words joining several greeted names: "Chris and Dana", "Chris & Dana", "Chris y Dana". */
export const NAME_JOINERS: readonly string[] = ['and', '&', '+', 'y', 'e', 'und', 'et', 'en', 'och', 'og'];

/** Words for a group after a greeting ("Hi Sprout team,", "Hi Chris and team,"): a group, not a person. */
export const GROUP_WORDS: readonly string[] = [
  'team', 'teams', 'folks', 'crew', 'people', 'gang', 'family', 'squad', 'friends', 'colleagues', 'all', 'everyone',
  'everybody', 'group', 'guys', 'y\'all', 'both', 'others', 'co', 'equipo', 'todos', 'todas', 'zusammen', 'team!', 'tous',
  'équipe', 'l\'équipe', 'tutti', 'squadra', 'equipe', 'leute',
];

/**
 * Capitalised words that open a sentence, not a name, after a salutation on the same line
 * ("Hi Chris, Thanks for…", "Hey Quick question"). Lower-case.
 */
export const NOT_NAMES: readonly string[] = [
  'i', "i'm", 'im', "i've", "i'd", "i'll", 'we', "we're", "we've", 'our', 'my', 'me', 'you', 'your', "you're", 'it',
  "it's", 'its', 'this', 'that', 'these', 'those', 'there', 'here', 'the', 'a', 'an', 'thanks', 'thank', 'quick',
  'just', 'hope', 'hoping', 'great', 'glad', 'good', 'nice', 'happy', 'welcome', 'please', 'sorry', 'congrats',
  'congratulations', 'following', 'per', 'as', 'so', 'sure', 'yes', 'no', 'ok', 'okay', 'any', 'how', 'what',
  'when', 'why', 'who', 'where', 'which', 'let', 'can', 'could', 'would', 'will', 'do', 'did', 'does', 'have',
  'has', 'had', 'is', 'are', 'was', 'were', 'again', 'all', 'everyone', 'everybody', 'folks', 'guys', 'team',
  'both', 'friend', 'friends', 'sir', 'madam', 'again', 'loved', 'saw', 'noticed', 'wanted', 'want', 'reaching',
  'checking', 'circling', 'following', 'apologies', 'attached', 'after', 'before', 'since', 'today', 'tomorrow',
  'yesterday', 'last', 'next', 'on', 'in', 'at', 'for', 'from', 'to', 'with', 'about', 'regarding', 're', 'fyi',
  'btw', 'hi', 'hello', 'hey', 'dear', 'and', 'but', 'or', 'if', 'not', 'one', 'two', 'some', 'long', 'big',
  'new', 'hope', 'trust', 'lovely', 'awesome', 'amazing', 'super', 'really', 'very', 'well', 'also', 'absolutely',
  'totally', 'quickly', 'finally', 'first', 'gracias', 'danke', 'merci', 'grazie', 'obrigado', 'obrigada', 'espero',
  'ich', 'wir', 'je', 'nous', 'yo', 'nosotros', 'le', 'la', 'el', 'der', 'die', 'das', 'un', 'una', 'ein', 'eine',
  'todos', 'tous', 'alle', 'tutti', 'zusammen', 'allerseits', 'equipo',
  // capitalised nouns and words that open German, French and Spanish lines
  'grüße', 'grüsse', 'gruß', 'gruss', 'kollegen', 'kolleginnen', 'freunde', 'damen', 'herren', 'kunde', 'kundin', 'team',
  'vielen', 'danke', 'bitte', 'anbei', 'heute', 'morgen', 'merci', 'bonne', 'voici', 'gracias', 'adjunto', 'buen', 'buena',
];

/** The language of a salutation, so a fix greets in the language the greeting was written in. */
export const SALUTATION_LANGUAGES: Readonly<Record<Exclude<GenericGreeting['lang'], 'en'>, readonly string[]>> = {
  es: ['Hola', 'Buenos días', 'Buenos dias', 'Buenas tardes', 'Buenas noches', 'Buenas', 'Estimado', 'Estimada', 'Estimados', 'Estimadas', 'Querido', 'Querida', 'Apreciado', 'Apreciada'],
  de: ['Hallo', 'Liebe', 'Lieber', 'Sehr geehrte', 'Sehr geehrter', 'Guten Morgen', 'Guten Tag', 'Guten Abend', 'Moin', 'Servus', 'Grüß Gott', 'Hi zusammen'],
  fr: ['Bonjour', 'Bonsoir', 'Salut', 'Cher', 'Chère', 'Chers', 'Chères'],
  it: ['Ciao', 'Buongiorno', 'Buonasera', 'Gentile', 'Gentilissimo', 'Gentilissima', 'Caro', 'Cara'],
  pt: ['Olá', 'Ola', 'Oi', 'Bom dia', 'Boa tarde', 'Prezado', 'Prezada'],
};
