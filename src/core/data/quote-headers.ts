// How mail clients introduce quoted history, per language, as data.

/**
 * Attribution lines: "On Mon, Jan 16, 2017 at 9:14 AM Chris <c@x.com> wrote:". A line (or two lines
 * joined, when it wraps) that starts with `lead`, contains a digit and the `verb`, and ends with ':'.
 */
export const ATTRIBUTIONS: readonly { lead: string; verb: string }[] = [
  { lead: 'On', verb: 'wrote' },
  { lead: 'El', verb: 'escribió' },
  { lead: 'Am', verb: 'schrieb' },
  { lead: 'Le', verb: 'a écrit' },
  { lead: 'Il', verb: 'ha scritto' },
  { lead: 'Em', verb: 'escreveu' },
  { lead: 'Op', verb: 'schreef' },
  { lead: 'Den', verb: 'skrev' },
  { lead: 'Dne', verb: 'napsal' },
];

/** Lines that alone start quoted history ("-----Original Message-----"), dashes and spaces ignored. */
export const SEPARATORS: readonly string[] = [
  'Original Message', 'Original message', 'Forwarded message', 'Forwarded Message', 'Begin forwarded message:',
  'Mensaje original', 'Mensaje reenviado', 'Ursprüngliche Nachricht', 'Ursprüngliche Mitteilung', 'Weitergeleitete Nachricht',
  "Message d'origine", 'Message d’origine', 'Message original', 'Message transféré', 'Messaggio originale',
  'Messaggio inoltrato', 'Mensagem original', 'Mensagem encaminhada', 'Oorspronkelijk bericht', 'Doorgestuurd bericht',
];

/** Header block fields ("From: … Sent: … To: … Subject: …") in en, es, de, fr, it, pt, nl. */
export const HEADER_FROM: readonly string[] = ['From', 'De', 'Von', 'Da', 'Van', 'Fra', 'Från'];
export const HEADER_OTHER: readonly string[] = [
  'Sent', 'Date', 'To', 'Cc', 'Bcc', 'Subject', 'Reply-To',
  'Enviado', 'Enviado el', 'Fecha', 'Para', 'CC', 'Asunto',
  'Gesendet', 'Datum', 'An', 'Betreff', 'Kopie',
  'Envoyé', 'Envoyé le', 'À', 'A', 'Objet', 'Copie',
  'Inviato', 'Oggetto', 'Data',
  'Enviada em', 'Enviado em', 'Assunto',
  'Verzonden', 'Aan', 'Onderwerp',
];
