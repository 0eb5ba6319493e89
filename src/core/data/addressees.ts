// Generic addressees, per language: the common nouns and roles a mass mailing greets people by
// ("Dear Reader", "Hi Applicant", "Dear Loyal Member"), and the words that qualify them
// ("Valued", "Fellow"). Lower-case, compared accent-folded. The lists help; they are not the
// whole test: `addressee.ts` asks compromise about words no list has seen.

export type AddresseeLanguage = 'en' | 'es' | 'de' | 'fr' | 'it' | 'pt';

export const GENERIC_ADDRESSEE_NOUNS: Readonly<Record<AddresseeLanguage, readonly string[]>> = {
  en: [
    'reader', 'readers', 'applicant', 'applicants', 'member', 'members', 'shopper', 'shoppers', 'folks', 'folk', 'team',
    'all', 'everyone', 'everybody', 'customer', 'customers', 'client', 'clients', 'friend', 'friends', 'colleague',
    'colleagues', 'partner', 'partners', 'subscriber', 'subscribers', 'user', 'users', 'guest', 'guests', 'visitor',
    'visitors', 'recipient', 'recipients', 'candidate', 'candidates', 'sir', 'sirs', 'madam', 'madame', 'manager',
    'owner', 'owners', 'homeowner', 'homeowners', 'resident', 'residents', 'neighbor', 'neighbour', 'neighbors',
    'neighbours', 'patron', 'patrons', 'supporter', 'supporters', 'donor', 'donors', 'attendee', 'attendees',
    'participant', 'participants', 'leader', 'leaders', 'professional', 'professionals', 'founder', 'founders',
    'marketer', 'marketers', 'seller', 'sellers', 'buyer', 'buyers', 'investor', 'investors', 'traveler', 'travelers',
    'traveller', 'travellers', 'parent', 'parents', 'student', 'students', 'teacher', 'teachers', 'patient', 'patients',
    'there', 'you', 'both', 'guys', 'gang', 'crew', 'people', 'squad', 'family', 'community', 'fan', 'fans',
    'champion', 'champ', 'buddy', 'pal', 'mate', 'teammate', 'teammates', 'creator', 'creators', 'innovator',
    'innovators', 'entrepreneur', 'entrepreneurs', 'executive', 'executives', 'decision maker', 'hiring manager',
    'business owner', 'account holder', 'cardholder', 'policyholder', 'stakeholder', 'stakeholders', 'shareholder',
    'shareholders', 'valued', 'prospect', 'lead', 'contact', 'sponsor', 'sponsors', 'vendor', 'vendors', 'supplier',
    'suppliers', 'developer', 'developers', 'admin', 'administrator', 'future', 'team member', 'staff', 'human',
    'humans', 'world', 'reviewer', 'editor', 'hiring team', 'recruiter', 'sales team', 'support team', 'committee',
    'volunteer', 'volunteers', 'retailer', 'retailers', 'newcomer', 'newcomers', 'ambassador', 'ambassadors',
  ],
  es: ['cliente', 'clientes', 'clienta', 'socio', 'socia', 'socios', 'amigo', 'amiga', 'amigos', 'colega', 'colegas',
    'compañero', 'compañera', 'compañeros', 'equipo', 'todos', 'todas', 'señor', 'señora', 'señores', 'usuario',
    'usuaria', 'lector', 'lectora', 'candidato', 'candidata', 'suscriptor', 'suscriptora', 'miembro', 'miembros'],
  de: ['kunde', 'kundin', 'kunden', 'kollege', 'kollegin', 'kollegen', 'kolleginnen', 'team', 'zusammen', 'allerseits',
    'damen', 'herren', 'leser', 'leserin', 'mitglied', 'mitglieder', 'bewerber', 'bewerberin', 'partner', 'partnerin',
    'nutzer', 'nutzerin', 'freund', 'freundin', 'freunde', 'abonnent', 'abonnentin'],
  fr: ['client', 'cliente', 'clients', 'clientes', 'collègue', 'collègues', 'ami', 'amie', 'amis', 'équipe', 'tous',
    'toutes', 'monsieur', 'madame', 'messieurs', 'mesdames', 'lecteur', 'lectrice', 'membre', 'membres', 'candidat',
    'candidate', 'partenaire', 'partenaires', 'abonné', 'abonnée', 'utilisateur', 'utilisatrice'],
  it: ['cliente', 'clienti', 'collega', 'colleghi', 'amico', 'amica', 'amici', 'tutti', 'tutte', 'squadra', 'signore',
    'signora', 'signori', 'lettore', 'lettrice', 'socio', 'soci', 'candidato', 'candidata', 'utente', 'utenti'],
  pt: ['cliente', 'clientes', 'colega', 'colegas', 'amigo', 'amiga', 'amigos', 'equipe', 'equipa', 'todos', 'todas',
    'senhor', 'senhora', 'senhores', 'leitor', 'leitora', 'membro', 'membros', 'candidato', 'candidata', 'usuário'],
};

/** Words that qualify a generic addressee ("Dear Valued Customer", "Hi Fellow Marketer"). */
export const ADDRESSEE_QUALIFIERS: Readonly<Record<AddresseeLanguage, readonly string[]>> = {
  en: ['valued', 'loyal', 'dear', 'esteemed', 'fellow', 'future', 'new', 'prospective', 'potential', 'current',
    'former', 'beloved', 'respected', 'honored', 'honoured', 'lovely', 'wonderful', 'amazing', 'awesome', 'busy',
    'fellow', 'my', 'our', 'valuable', 'treasured', 'premium', 'vip', 'gold', 'platinum', 'happy', 'hardworking',
    'hard-working', 'sales', 'marketing', 'hiring', 'support', 'account', 'business', 'team', 'tech', 'it', 'hr',
    'finance', 'procurement', 'operations', 'engineering', 'product', 'design', 'small', 'local', 'fellow'],
  es: ['estimado', 'estimada', 'querido', 'querida', 'apreciado', 'apreciada', 'nuevo', 'nueva', 'fiel'],
  de: ['lieber', 'liebe', 'geehrter', 'geehrte', 'neuer', 'neue', 'treuer', 'treue', 'geschätzter', 'geschätzte'],
  fr: ['cher', 'chère', 'chers', 'chères', 'fidèle', 'nouveau', 'nouvelle', 'estimé', 'estimée'],
  it: ['caro', 'cara', 'cari', 'gentile', 'gentili', 'stimato', 'stimata', 'nuovo', 'nuova', 'fedele'],
  pt: ['caro', 'cara', 'prezado', 'prezada', 'estimado', 'estimada', 'novo', 'nova', 'fiel'],
};

/**
 * Endings of English agent and role nouns ("shopper", "applicant", "attendee", "strategist"),
 * tried on a word compromise does not know: a stem that compromise knows as a verb or noun makes
 * the word a role, not a name. Each entry: the ending, and what the stem may have lost before it.
 */
export const ROLE_NOUN_ENDINGS: readonly { ending: string; restore: readonly string[] }[] = [
  { ending: 'ers', restore: ['', 'e'] }, { ending: 'er', restore: ['', 'e'] }, { ending: 'ors', restore: ['', 'e'] },
  { ending: 'or', restore: ['', 'e'] }, { ending: 'icants', restore: ['y'] }, { ending: 'icant', restore: ['y'] },
  { ending: 'ants', restore: ['', 'e', 'ate'] }, { ending: 'ant', restore: ['', 'e', 'ate'] },
  { ending: 'ents', restore: ['', 'e'] }, { ending: 'ent', restore: ['', 'e'] }, { ending: 'ees', restore: ['', 'e'] },
  { ending: 'ee', restore: ['', 'e'] }, { ending: 'ists', restore: ['', 'y', 'ism'] }, { ending: 'ist', restore: ['', 'y', 'ism'] },
];

/** Heads of compound role nouns ("homeowner", "cardholder", "shopkeeper", "salesperson"). */
export const ROLE_NOUN_HEADS: readonly string[] = [
  'owner', 'owners', 'holder', 'holders', 'keeper', 'keepers', 'person', 'people', 'maker', 'makers', 'seeker',
  'seekers', 'goer', 'goers', 'lover', 'lovers', 'member', 'members', 'men', 'woman', 'women',
  'folk', 'folks', 'worker', 'workers', 'buyer', 'buyers', 'leader', 'leaders',
];
