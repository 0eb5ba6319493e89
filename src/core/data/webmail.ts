// Free mail domains: the domain says nothing about the recipient's company.
export const WEBMAIL_DOMAINS: readonly string[] = [
  'gmail.com', 'googlemail.com', 'outlook.com', 'hotmail.com', 'hotmail.co.uk', 'hotmail.fr', 'hotmail.es',
  'hotmail.de', 'hotmail.it', 'live.com', 'live.co.uk', 'live.fr', 'msn.com', 'passport.com', 'yahoo.com',
  'yahoo.co.uk', 'yahoo.fr', 'yahoo.es', 'yahoo.de', 'yahoo.it', 'yahoo.com.br', 'yahoo.com.mx', 'yahoo.co.jp',
  'ymail.com', 'rocketmail.com', 'icloud.com', 'me.com', 'mac.com', 'proton.me', 'protonmail.com',
  'protonmail.ch', 'pm.me', 'aol.com', 'aim.com', 'gmx.com', 'gmx.net', 'gmx.de', 'gmx.at', 'gmx.ch', 'web.de',
  't-online.de', 'freenet.de', 'mail.com', 'email.com', 'zoho.com', 'zohomail.com', 'yandex.com', 'yandex.ru',
  'mail.ru', 'inbox.ru', 'bk.ru', 'list.ru', 'fastmail.com', 'fastmail.fm', 'hey.com', 'tutanota.com',
  'tuta.io', 'tutanota.de', 'orange.fr', 'wanadoo.fr', 'free.fr', 'laposte.net', 'sfr.fr', 'libero.it',
  'virgilio.it', 'alice.it', 'tiscali.it', 'terra.com.br', 'uol.com.br', 'bol.com.br', 'qq.com', '163.com',
  '126.com', 'sina.com', 'naver.com', 'hanmail.net', 'daum.net', 'comcast.net', 'verizon.net', 'att.net',
  'sbcglobal.net', 'bellsouth.net', 'cox.net', 'charter.net', 'earthlink.net', 'btinternet.com', 'sky.com',
  'virginmedia.com', 'ntlworld.com', 'telefonica.net', 'movistar.es', 'bigpond.com', 'optusnet.com.au',
  'shaw.ca', 'rogers.com', 'sympatico.ca', 'rediffmail.com', 'seznam.cz', 'wp.pl', 'o2.pl', 'onet.pl',
  'interia.pl', 'hushmail.com', 'mailbox.org', 'posteo.de', 'posteo.net', 'duck.com', 'skiff.com',
  'outlook.es', 'outlook.fr', 'outlook.de', 'live.de', 'ziggo.nl', 'kpnmail.nl', 'xs4all.nl', 'bluewin.ch',
];

/** Second-level labels under a country code ("co.uk", "com.au"): the company is the label before them. */
export const SECOND_LEVEL_LABELS: readonly string[] = ['co', 'com', 'org', 'net', 'ac', 'gov', 'edu', 'ltd', 'plc', 'or', 'ne', 'gob', 'nom'];
