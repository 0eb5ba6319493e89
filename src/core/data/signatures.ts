// Lines that open a signature even without a "-- " delimiter: mobile footers and legal disclaimers.
// Each entry is the start of a line (case-insensitive); the signature runs from that line on.

export const DEVICE_FOOTERS: readonly string[] = [
  'Sent from my iPhone', 'Sent from my iPad', 'Sent from my Android', 'Sent from my Samsung', 'Sent from my Galaxy',
  'Sent from my Pixel', 'Sent from my mobile', 'Sent from my phone', 'Sent from my BlackBerry', 'Sent from my Huawei',
  'Sent from my Sony', 'Sent from my Verizon', 'Sent from my T-Mobile', 'Sent from Mail for Windows',
  'Sent from Outlook', 'Sent from Yahoo Mail', 'Sent from Gmail', 'Sent from the all new AOL app', 'Sent from AOL Mobile Mail',
  'Sent via Superhuman', 'Sent with Superhuman', 'Sent with Proton Mail', 'Sent with ProtonMail', 'Sent from Proton Mail',
  'Sent from Spark', 'Sent with Spark', 'Sent from my Windows Phone', 'Sent from Samsung Mobile', 'Sent from my Sprint',
  'Sent using the mobile mail app', 'Get Outlook for iOS', 'Get Outlook for Android', 'Get Outlook for Mac',
  'Enviado desde mi iPhone', 'Enviado desde mi iPad', 'Enviado desde mi teléfono', 'Enviado desde mi móvil',
  'Enviado desde mi smartphone', 'Enviado desde Outlook', 'Enviado desde mi dispositivo', 'Obtener Outlook para',
  'Von meinem iPhone gesendet', 'Von meinem iPad gesendet', 'Von meinem Smartphone gesendet', 'Gesendet von meinem',
  'Gesendet von Mail für Windows', 'Gesendet mit der', 'Outlook für iOS herunterladen', 'Envoyé de mon iPhone',
  "Envoyé de mon iPad", 'Envoyé depuis mon', 'Envoyé de mon appareil', 'Envoyé à partir de', 'Télécharger Outlook pour',
  'Inviato da iPhone', 'Inviato dal mio', 'Enviado do meu iPhone', 'Enviado do meu', 'Enviado do Outlook',
];

export const DISCLAIMER_STARTS: readonly string[] = [
  'CONFIDENTIALITY NOTICE', 'CONFIDENTIALITY:', 'CONFIDENTIAL:', 'DISCLAIMER', 'LEGAL DISCLAIMER', 'IMPORTANT NOTICE',
  'PRIVILEGED AND CONFIDENTIAL', 'PRIVILEGED & CONFIDENTIAL', 'NOTICE: This', 'This email and any attachments',
  'This e-mail and any attachments', 'This email and any files', 'This e-mail and any files', 'This message and any attachments',
  'This email message and any', 'This e-mail message and any', 'This email (including any attachments)',
  'This message (including any attachments)', 'This email is confidential', 'This e-mail is confidential',
  'This message is confidential', 'This communication is confidential', 'This email may contain confidential',
  'This e-mail may contain confidential', 'This message may contain confidential', 'This communication may contain',
  'This email is intended only', 'This email is intended solely', 'This message is intended only',
  'This message is intended solely', 'The information contained in this', 'The information in this email',
  'The information in this e-mail', 'The content of this email is confidential', 'If you are not the intended recipient',
  'AVISO DE CONFIDENCIALIDAD', 'AVISO LEGAL', 'Este correo electrónico y sus anexos', 'Este mensaje y sus anexos',
  'Este mensaje es confidencial', 'La información contenida en este', 'Diese E-Mail enthält vertrauliche',
  'Diese Nachricht enthält vertrauliche', 'Diese E-Mail kann vertrauliche', 'Vertraulichkeitshinweis', 'Haftungsausschluss',
  'Ce message et toutes les pièces jointes', 'Ce courriel et ses pièces jointes', 'Ce message est confidentiel',
  'Ce message électronique', 'AVERTISSEMENT', 'Questo messaggio e i suoi allegati', 'Le informazioni contenute in questa',
];
