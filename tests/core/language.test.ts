import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../src/core/language.js';

describe('detectLanguage', () => {
  it.each([
    ['Spanish', 'Hola Juan, gracias por la reunión de ayer. Te envío la propuesta y quedo atento a tus comentarios.'],
    ['German', 'Sehr geehrter Herr Müller, vielen Dank für Ihre Nachricht. Wir melden uns nächste Woche bei Ihnen.'],
    ['French', 'Bonjour Marie, merci pour votre retour. Je vous envoie le devis demain et nous pourrons en parler.'],
    ['Portuguese', 'Olá João, obrigado pela reunião. Vou enviar a proposta amanhã e podemos conversar na semana.'],
    ['Dutch', 'Hallo Jan, bedankt voor je bericht. Ik stuur je de offerte morgen en we kunnen dan bellen.'],
    ['Italian', 'Ciao Marco, grazie per la riunione di ieri. Ti mando la proposta e ci sentiamo la prossima settimana.'],
    ['Russian', 'Привет, как дела? Спасибо за встречу вчера, отправлю предложение завтра.'],
    ['Japanese', 'お世話になっております。昨日はありがとうございました。資料を送ります。'],
  ])('%s draft → other', (_lang, text) => {
    expect(detectLanguage(text)).toBe('other');
  });

  it.each([
    'Hi Chris, I saw your post about hiring three SDRs. Would it help to see how Acme ramps new reps in half the time?',
    'We sold out in Madrid at the Casa de la Playa event, and your team was there too.',
  ])('English → en: %s', (text) => {
    expect(detectLanguage(text)).toBe('en');
  });

  it.each(['Thanks, got it.', 'OK', 'Sounds good!', 'See you then.', 'Thx', 'Cheers', 'Yes please', 'Noted, will do.'])(
    'short English is never other: %s',
    (text) => {
      expect(detectLanguage(text)).not.toBe('other');
    },
  );

  it('empty or symbol-only text is unknown', () => {
    expect(detectLanguage('')).toBe('unknown');
    expect(detectLanguage('👍 🙏 --- 123')).toBe('unknown');
  });

  it('looks only at the opening of a huge message', () => {
    const text = 'We can help your team hit its number this quarter. '.repeat(5000);
    expect(detectLanguage(text)).toBe('en');
  });
});
