import { describe, expect, it } from 'vitest';
import { fieldOwner, ownerByFieldName, type FieldKind } from '../../src/core/field-owner.js';

/** The owner of the first field in `body` (the text between `«` and `»`, markers removed). */
function ownerIn(marked: string, kind: FieldKind = 'first', spans: { greetingLine?: boolean; signoffAt?: string; signatureFrom?: string } = {}) {
  const start = marked.indexOf('«');
  const end = marked.indexOf('»') - 1;
  const body = marked.replace('«', '').replace('»', '');
  const field = body.slice(start, end);
  const greeting = spans.greetingLine ? { start: 0, end: body.indexOf('\n') } : undefined;
  const signoffStart = spans.signoffAt ? body.indexOf(spans.signoffAt) : -1;
  const signoff = signoffStart >= 0 ? { start: signoffStart, end: signoffStart + spans.signoffAt!.length } : undefined;
  const sigStart = spans.signatureFrom ? body.indexOf(spans.signatureFrom) : -1;
  const signature = sigStart >= 0 ? { start: sigStart, end: body.length } : undefined;
  return fieldOwner(field.replace(/^[[{%<~*|$!#]+|[\]}%>~*|]+$/g, ''), kind, { body, start, end, greeting, signoff, signature });
}

describe('ownerByFieldName', () => {
  it("reads the sender's fields", () => {
    for (const f of ['your_name', 'YourName', 'Your Company', 'sender.first_name', 'my_phone', 'rep_name', 'User.FirstName', 'SDR Name'])
      expect(ownerByFieldName(f), f).toBe('sender');
  });
  it("reads the recipient's fields", () => {
    for (const f of ['first_name', 'FirstName', 'contact.first_name', 'Contact.FirstName', 'their_company', 'TheirCompany', 'prospect name', "first_name | default: 'there'"])
      expect(ownerByFieldName(f), f).toBe('recipient');
  });
  it('says nothing for a bare Name or Company', () => {
    for (const f of ['Name', 'Full Name', 'Company', 'company_name', 'Title']) expect(ownerByFieldName(f), f).toBeUndefined();
  });
});

describe('fieldOwner by place', () => {
  it("gives a field in the greeting to the recipient, parsed or not", () => {
    expect(ownerIn('Hi «[Name]»,\n\nSaw your post.', 'first', { greetingLine: true })).toBe('recipient');
    expect(ownerIn('Hello «{{Name}}»,\nSaw your post.')).toBe('recipient');
    expect(ownerIn('Dear «%NAME%»:\nSaw your post.')).toBe('recipient');
  });
  it('gives a field after a self-introduction to the sender, in several languages', () => {
    for (const body of ['Hi Paul,\nMy name is «[Name]» and I run sales.', "Hi Paul,\nI'm «{{name}}», the founder.", 'Hi Paul, this is «%NAME%» from Acme.',
      'Hola Paul,\nme llamo «[Nombre]».', 'Hallo Paul,\nich bin «[Name]» von Acme.', 'Bonjour Paul,\nje suis «[Nom]».', 'Hi Paul,\n«[Name]» here from Acme.'])
      expect(ownerIn(body), body).toBe('sender');
  });
  it('gives a field alone under the sign-off, or in the signature, to the sender', () => {
    expect(ownerIn('Hi Paul,\nSaw your post.\n\nBest,\n«[Name]»\n')).toBe('sender');
    expect(ownerIn('Hi Paul,\nSaw your post.\n\nCheers\n\n«{{Name}}»')).toBe('sender');
    expect(ownerIn('Hi Paul,\nSaw your post.\n\nThanks,\nDana\n«[Title]» at Acme', 'other', { signatureFrom: 'Dana' })).toBe('sender');
    expect(ownerIn('Hi Paul,\nSaw your post.\n\nYours\n— «[Name]»', 'first', { signoffAt: 'Yours' })).toBe('sender');
  });
  it("gives the sender's company to the sender", () => {
    for (const body of ["Hi Paul, I'm Dana from «[Company]».", 'Hi Paul,\nHere at «{{company}}» we help teams.', 'Hi Paul, we at «%COMPANY%» build tools.', 'Hi Paul, I work at «[Company]» as a rep.'])
      expect(ownerIn(body, 'company'), body).toBe('sender');
  });
  it("leaves a recipient's company with the recipient", () => {
    expect(ownerIn('Hi Paul,\nI saw «[Company]» is hiring.', 'company')).toBe('recipient');
    expect(ownerIn('Hi Paul,\nHow is «{{company}}» handling this?', 'company')).toBe('recipient');
  });
  it('leaves a bare person field out of place unknown, and a named one with its owner', () => {
    expect(ownerIn('Hi Paul,\nI spoke with «[Name]» last week.')).toBe('unknown');
    expect(ownerIn('Hi Paul,\nGreat to meet you, «{{first_name}}».')).toBe('recipient');
    expect(ownerIn('Hi Paul,\nCall «{{your_name}}» back.')).toBe('sender');
  });
  it("never gives the sender's place to the recipient, even for a recipient-named field", () => {
    expect(ownerIn('Hi Paul,\nMy name is «{{first_name}}».')).toBe('sender');
    expect(ownerIn('Hi Paul,\nSaw your post.\n\nBest,\n«{{first_name}}»')).toBe('sender');
  });
  it("is unknown when the place is the recipient's and the name the sender's", () => {
    expect(ownerIn('Hi «{{sender.first_name}}»,\nSaw your post.', 'first', { greetingLine: true })).toBe('unknown');
  });
});
