// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { takeSnapshot } from '../../src/content/snapshot.js';
import { adapterFor, outlookAdapter } from '../../src/sites/index.js';
import { loadFixture, page, words } from './helpers.js';

const REPLY_MESSAGE =
  'Hi Chris,\n\nThanks for the calendar. Tuesday at 10 works, and I will bring the Q1 numbers so we can settle the launch order.\n\nBest,\nDana';
const REPLY_SIGNATURE = 'Dana Reyes\nAccount Executive, Brightline\n+1 512 555 0142';
const QUOTE_HEADER =
  'From: Chris Hawkins <chris@sproutcontent.com>\nSent: Monday, November 23, 2026 4:12 PM\nTo: Dana Reyes <dana.reyes@brightline.io>\nCc: Priya Natarajan <priya@sproutcontent.com>\nSubject: Content calendar for Q1\n \nHi Dana,\n\nAttaching the draft calendar';
const POPOUT_TEXT =
  'Hi Maria,\n\nSam mentioned that Northwind is moving its vendor portals into one system next quarter. When the two agencies we work with in Denver did that, their review rounds went from five to two.\n\nWould it help if I sent the one-page checklist they used?\n\nThanks,\nDana\n\nDana Reyes\nAccount Executive, Brightline';

describe('outlookAdapter.matches', () => {
  it('handles every Outlook on the web host', () => {
    for (const host of ['outlook.office.com', 'outlook.office365.com', 'outlook.live.com', 'outlook.cloud.microsoft']) {
      expect(outlookAdapter.matches(new URL(`https://${host}/mail/`))).toBe(true);
      expect(adapterFor(new URL(`https://${host}/mail/inbox`))?.id).toBe('outlook');
    }
    expect(outlookAdapter.matches(new URL('https://mail.google.com/'))).toBe(false);
    expect(outlookAdapter.matches(new URL('https://outlook.example.com/'))).toBe(false);
  });
});

describe('reading-pane reply', () => {
  const doc = loadFixture('outlook/reading-pane-reply');
  const composes = outlookAdapter.findComposes(doc);
  const reply = composes[0]!;

  it('finds the reply under docking_InitVisiblePart_0, not the received message', () => {
    expect(composes).toHaveLength(1);
    expect(reply.root.id).toBe('docking_InitVisiblePart_0');
    expect(reply.body.parentElement?.id).toBe('editorParent_1');
    expect(reply.body.contains(reply.uiAnchor())).toBe(false);
  });

  it('reads To and Cc chips as display names, ignoring Bcc', () => {
    expect(reply.recipients()).toEqual({
      to: [{ name: 'Chris Hawkins', email: '' }],
      cc: [{ name: 'Priya Natarajan', email: '' }],
    });
  });

  it('reads the subject input, not the search box', () => {
    expect(reply.subject()).toBe('RE: Content calendar for Q1');
    expect(reply.subjectInput?.()?.id).toBe('TextField412');
    const inputs = reply.recipientInputs();
    expect(inputs.map((el) => el.id)).toEqual(['a1b2c3d4-To', 'a1b2c3d4-Cc', 'TextField412']);
  });

  it('reads the body with signature and quoted history (everything after #appendonsend) marked', () => {
    const snap = takeSnapshot(reply.body, outlookAdapter);
    expect(snap.text.startsWith(`${REPLY_MESSAGE}\n\n${REPLY_SIGNATURE}\n${QUOTE_HEADER}`)).toBe(true);
    expect(snap.text.endsWith('I am free after 10 and before 2 Central.\n\nChris')).toBe(true);
    expect(snap.hints.signature?.map((s) => snap.text.slice(s.start, s.end))).toEqual([REPLY_SIGNATURE]);
    const quoted = snap.hints.quoted ?? [];
    expect(quoted).toEqual([{ start: snap.text.indexOf('From: Chris'), end: snap.text.length }]);
    expect(words(snap.text.slice(quoted[0]!.start))).toBeGreaterThan(100);
    expect(snap.text).not.toMatch(/\n3\n/); // the Grammarly badge
  });

  it('reads a typed address that is not a chip yet, and parses "Name <email>" chips', () => {
    const d = loadFixture('outlook/reading-pane-reply');
    const c = outlookAdapter.findComposes(d)[0]!;
    const to = d.getElementById('a1b2c3d4-To')!;
    to.appendChild(d.createTextNode('lee.wong@northwindtraders.com'));
    expect(c.recipients().to).toEqual([
      { name: 'Chris Hawkins', email: '' },
      { email: 'lee.wong@northwindtraders.com' },
    ]);
    to.lastChild!.textContent = 'Lee Wo'; // not an address yet
    expect(c.recipients().to).toEqual([{ name: 'Chris Hawkins', email: '' }]);
    to.querySelector('[class*="individualText-"]')!.textContent = 'Chris Hawkins <chris@sproutcontent.com>';
    expect(c.recipients().to).toEqual([{ name: 'Chris Hawkins', email: 'chris@sproutcontent.com' }]);
  });

  it('finds the subject without maxlength, and none when there is no subject field', () => {
    const d = loadFixture('outlook/reading-pane-reply');
    const c = outlookAdapter.findComposes(d)[0]!;
    d.getElementById('TextField412')!.removeAttribute('maxlength');
    expect(c.subject()).toBe('RE: Content calendar for Q1');
    d.getElementById('TextField412')!.remove();
    expect(c.subject()).toBe('');
  });
});

describe('pop-out compose', () => {
  const doc = loadFixture('outlook/popout-compose');
  const composes = outlookAdapter.findComposes(doc);

  it('finds the compose under [data-app-section=Form_Content]', () => {
    expect(composes).toHaveLength(1);
    expect(composes[0]!.root.getAttribute('data-app-section')).toBe('Form_Content');
  });

  it('reads recipients, subject and body', () => {
    const c = composes[0]!;
    expect(c.recipients()).toEqual({
      to: [{ name: 'Maria Lopez', email: '' }],
      cc: [{ name: 'Sam Patel', email: 'sam.patel@northwindtraders.com' }],
    });
    expect(c.subject()).toBe('Quick idea for Northwind');
    const snap = takeSnapshot(c.body, outlookAdapter);
    expect(snap.text).toBe(POPOUT_TEXT);
    expect(snap.hints).toEqual({ signature: [{ start: POPOUT_TEXT.indexOf('Dana Reyes'), end: POPOUT_TEXT.length }] });
  });
});

describe('other Outlook shapes', () => {
  it('marks #mail-editor-reference-message-container as quoted', () => {
    const doc = page(
      '<div role="main"><div id="docking_InitVisiblePart_2"><div contenteditable="true" role="textbox"></div>' +
        '<div id="editorParent_3"><div role="textbox" aria-multiline="true" contenteditable="true"><div>Hi Ann,</div><div><br></div><div>Sounds good.</div>' +
        '<div id="mail-editor-reference-message-container"><hr><div><b>From:</b> Ann</div><div>Earlier text</div></div></div></div></div></div>',
    );
    const c = outlookAdapter.findComposes(doc)[0]!;
    const snap = takeSnapshot(c.body, outlookAdapter);
    expect(snap.text).toBe('Hi Ann,\n\nSounds good.\nFrom: Ann\nEarlier text');
    expect(snap.hints.quoted).toEqual([{ start: snap.text.indexOf('From:'), end: snap.text.length }]);
  });

  it('finds a compose in an unknown wrapper by its recipient well, and skips editables without one', () => {
    const doc = page(
      '<div role="main"><section><div contenteditable="true"><div contenteditable="false"><span class="individualText-9">Ann Lee</span></div></div>' +
        '<div role="textbox" aria-multiline="true" contenteditable="true">Hi Ann,</div></section>' +
        '<aside><div role="textbox" aria-multiline="true" contenteditable="true">A note, not an email</div></aside></div>',
    );
    const composes = outlookAdapter.findComposes(doc);
    expect(composes).toHaveLength(1);
    expect(composes[0]!.recipients().to).toEqual([{ name: 'Ann Lee', email: '' }]);
  });

  it('finds nothing on pages without composes, and never throws', () => {
    expect(outlookAdapter.findComposes(page('<div role="main">Inbox</div>'))).toEqual([]);
    const broken = { querySelectorAll: () => { throw new Error('boom'); } } as unknown as Document;
    expect(outlookAdapter.findComposes(broken)).toEqual([]);
    // Wells renamed by a new Outlook build: the compose is still found, recipients are empty.
    const d = loadFixture('outlook/popout-compose');
    for (const well of d.querySelectorAll('[contenteditable="true"]:not([aria-multiline="true"])')) well.removeAttribute('contenteditable');
    const c = outlookAdapter.findComposes(d)[0]!;
    expect(c.recipients()).toEqual({ to: [], cc: [] });
  });

  it('recognises #Signature, quoted markers and foreign nodes', () => {
    const doc = page('<div id="Signature"></div><div id="divRplyFwdMsg"></div><div id="appendonsend"></div><grammarly-extension></grammarly-extension><div id="x"></div>');
    expect(outlookAdapter.isSignature(doc.getElementById('Signature')!)).toBe(true);
    expect(outlookAdapter.isQuoted(doc.getElementById('divRplyFwdMsg')!)).toBe(true);
    expect(outlookAdapter.startsQuotedTail?.(doc.getElementById('appendonsend')!)).toBe(true);
    expect(outlookAdapter.startsQuotedTail?.(doc.getElementById('x')!)).toBe(false);
    expect(outlookAdapter.isForeign(doc.querySelector('grammarly-extension')!)).toBe(true);
  });
});
