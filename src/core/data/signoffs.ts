// Closing lines, each alone on its line (trailing punctuation allowed), as data. Case-insensitive.
export const SIGNOFFS: readonly string[] = [
  // en
  'Thanks', 'Thank you', 'Thanks so much', 'Thank you so much', 'Thanks very much', 'Thank you very much',
  'Thanks a lot', 'Thanks again', 'Thank you again', 'Many thanks', 'Thanks in advance', 'Thanks and regards',
  'Thanks & regards', 'Thanks and best regards', 'Thanks & best regards', 'Thx', 'Ty', 'TIA', 'Much appreciated',
  'Appreciate it', 'Thank you for your time', 'Thanks for your time', 'Thank you for your consideration',
  'Thanks for your consideration', 'Thank you for your help', 'Thanks for your help', 'Thanks for reading',
  'Looking forward to hearing from you', 'Looking forward to your reply', 'Hope to hear from you soon', 'Have a nice day',
  'Best', 'Best regards', 'Best wishes', 'All best', 'All the best', 'Kind regards',
  'Kindest regards', 'Warm regards', 'Warmest regards', 'Warm wishes', 'Warmly', 'Warmest', 'Regards',
  'With regards', 'With kind regards', 'With best regards', 'With thanks', 'With gratitude', 'Respectfully',
  'Respectfully yours', 'Cheers', 'Sincerely', 'Sincerely yours', 'Yours sincerely', 'Yours truly', 'Yours faithfully',
  'Yours', 'Cordially', 'Talk soon', 'Speak soon', 'Talk to you soon', 'Looking forward', 'Take care', 'Have a great day',
  'Have a great week', 'Have a good one', 'Have a great weekend', 'Best of luck', 'Onward', 'Onwards', 'Rgds', 'BR',
  'KR', 'Br', 'Kind Regards', 'Love',
  // es
  'Saludos', 'Un saludo', 'Saludos cordiales', 'Un cordial saludo', 'Muchas gracias', 'Gracias', 'Atentamente',
  'Cordialmente', 'Un abrazo', 'Abrazos', 'Besos', 'Mil gracias', 'Quedo atento', 'Quedo atenta', 'Quedo a la espera',
  // de
  'Viele Grüße', 'Viele Grüsse', 'Mit freundlichen Grüßen', 'Mit freundlichen Grüssen', 'Freundliche Grüße',
  'Freundliche Grüsse', 'Beste Grüße', 'Beste Grüsse', 'Liebe Grüße', 'Liebe Grüsse', 'Herzliche Grüße',
  'Herzliche Grüsse', 'Schöne Grüße', 'Grüße', 'Gruß', 'Grüsse', 'Gruss', 'LG', 'VG', 'MfG', 'Danke', 'Vielen Dank',
  'Besten Dank', 'Bis bald',
  // fr
  'Cordialement', 'Bien cordialement', 'Bien à vous', 'Merci', 'Merci beaucoup', 'Merci d\'avance', 'Bonne journée',
  'Amicalement', 'Bien amicalement', 'Salutations', 'Meilleures salutations', 'Sincères salutations', 'Bises',
  'À bientôt', 'A bientôt', 'Très cordialement',
  // it / pt
  'Cordiali saluti', 'Distinti saluti', 'Saluti', 'Grazie', 'Grazie mille', 'Un saluto', 'Atenciosamente', 'Abraços',
  'Obrigado', 'Obrigada', 'Cumprimentos', 'Att', 'Abs',
];
