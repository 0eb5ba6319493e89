// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { takeSnapshot } from '../../src/content/snapshot.js';
import { adapterFor, gmailAdapter } from '../../src/sites/index.js';
import type { ComposeWindow } from '../../src/sites/adapter.js';
import { loadFixture, page, words } from './helpers.js';

const COMPOSE_14_TEXT =
  'Hi Chris,\n\nCongrats on opening the Austin studio last month. Teams that double their output usually hit a wall with review cycles, and your post about approvals suggests you are feeling that too.\n\nWould a 15-minute call next Tuesday to compare notes on approval workflows be useful?\n\nBest,\nDana\n\n--\nDana Reyes\nAccount Executive | Brightline\n+1 512 555 0142';
const COMPOSE_15_TEXT =
  'Hi Mark,\n\nMy name is Dana and I am the head of partnerships at Brightline. We are the leading platform for content teams and our award-winning product helps companies like {{company}} ship faster. We have worked with over 500 brands, we have a team of 80 people, and we are proud of our results. I would love to walk you through our features, our integrations and our roadmap, and I am confident we could do a lot for you.\n\nLet me know when works.\n\nThanks,\nDana';
const SIGNATURE = '--\nDana Reyes\nAccount Executive | Brightline\n+1 512 555 0142';

function composeById(composes: ComposeWindow[], id: string): ComposeWindow {
  const found = composes.find((c) => c.root.querySelector(`[data-compose-id="${id}"]`) || c.root.matches(`[data-compose-id="${id}"]`));
  if (!found) throw new Error(`no compose ${id}`);
  return found;
}

describe('gmailAdapter.matches / adapterFor', () => {
  it('handles mail.google.com only', () => {
    expect(gmailAdapter.matches(new URL('https://mail.google.com/mail/u/0/#inbox'))).toBe(true);
    expect(gmailAdapter.matches(new URL('https://outlook.office.com/mail/'))).toBe(false);
    expect(gmailAdapter.matches(new URL('https://mail.google.com.evil.example/'))).toBe(false);
    expect(adapterFor(new URL('https://mail.google.com/mail/u/1/'))?.id).toBe('gmail');
    expect(adapterFor(new URL('https://example.com/'))).toBeNull();
  });
});

describe('Gmail inbox with two pop-up composes', () => {
  const doc = loadFixture('gmail/inbox-two-composes');
  const composes = gmailAdapter.findComposes(doc);

  it('finds both pop-ups, each rooted at its own .M9 around its own body', () => {
    expect(composes).toHaveLength(2);
    for (const c of composes) {
      expect(c.root.classList.contains('M9')).toBe(true);
      expect(c.root.contains(c.body)).toBe(true);
      expect(c.body.getAttribute('g_editable')).toBe('true');
      const anchor = c.uiAnchor();
      expect(anchor.contains(c.body)).toBe(true);
      expect(c.body.contains(anchor)).toBe(false);
    }
    expect(composes[0]!.body).not.toBe(composes[1]!.body);
  });

  it('reads To and Cc chips with names and addresses', () => {
    expect(composeById(composes, '14').recipients()).toEqual({
      to: [{ name: 'Chris Hawkins', email: 'chris@sproutcontent.com' }],
      cc: [{ name: 'Priya Natarajan', email: 'priya@sproutcontent.com' }],
    });
    expect(composeById(composes, '15').recipients()).toEqual({
      to: [{ name: 'Maria Lopez', email: 'maria.lopez@northwindtraders.com' }],
      cc: [{ name: 'Sam Patel', email: 'sam.patel@northwindtraders.com' }],
    });
  });

  it('reads the subject of each compose', () => {
    expect(composeById(composes, '14').subject()).toBe("Quick idea for Sprout's Austin studio");
    expect(composeById(composes, '15').subject()).toBe('Partnership opportunity');
    expect(composeById(composes, '15').subjectInput?.()?.name).toBe('subjectbox');
  });

  it('lists the recipient rows, their inputs and the subject as recipient inputs', () => {
    const inputs = composeById(composes, '14').recipientInputs();
    expect(inputs.some((el) => el.getAttribute('name') === 'to')).toBe(true);
    expect(inputs.some((el) => el.getAttribute('name') === 'cc')).toBe(true);
    expect(inputs.some((el) => el.getAttribute('name') === 'subjectbox')).toBe(true);
    expect(inputs.filter((el) => el.getAttribute('role') === 'combobox')).toHaveLength(2);
  });

  it('reads each body as the user sees it, skipping the Grammarly node', () => {
    const a = takeSnapshot(composeById(composes, '14').body, gmailAdapter);
    expect(a.text).toBe(COMPOSE_14_TEXT);
    expect(a.hints.signature?.map((s) => a.text.slice(s.start, s.end))).toEqual([SIGNATURE]);
    expect(a.hints.quoted).toBeUndefined();
    const b = takeSnapshot(composeById(composes, '15').body, gmailAdapter);
    expect(b.text).toBe(COMPOSE_15_TEXT);
    expect(b.hints).toEqual({});
  });
});

describe('recipients being typed', () => {
  function freshCompose(): ComposeWindow {
    return composeById(gmailAdapter.findComposes(loadFixture('gmail/inbox-two-composes')), '15');
  }

  it('adds a "Name <email>" still in the To combobox', () => {
    const c = freshCompose();
    const input = c.root.querySelector<HTMLInputElement>('[name="to"] input[role="combobox"]')!;
    input.value = 'Mark Chen <mark.chen@northwindtraders.com>';
    expect(c.recipients().to).toEqual([
      { name: 'Maria Lopez', email: 'maria.lopez@northwindtraders.com' },
      { name: 'Mark Chen', email: 'mark.chen@northwindtraders.com' },
    ]);
  });

  it('adds a bare address typed in the Cc combobox, but not a half-typed name', () => {
    const c = freshCompose();
    const cc = c.root.querySelector<HTMLInputElement>('[name="cc"] input[role="combobox"]')!;
    cc.value = 'lee.wong@northwindtraders.com';
    expect(c.recipients().cc).toContainEqual({ email: 'lee.wong@northwindtraders.com' });
    cc.value = 'lee.wo';
    expect(c.recipients().cc).toEqual([{ name: 'Sam Patel', email: 'sam.patel@northwindtraders.com' }]);
  });

  it('follows chips being added and removed', () => {
    const c = freshCompose();
    const chip = c.root.querySelector('[name="to"] [role="option"]')!;
    chip.remove();
    expect(c.recipients().to).toEqual([]);
    const added = c.root.ownerDocument.createElement('div');
    added.setAttribute('role', 'option');
    added.setAttribute('data-hovercard-id', 'mark.chen@northwindtraders.com');
    added.setAttribute('data-name', 'Mark Chen');
    c.root.querySelector('[name="to"] [role="listbox"]')!.prepend(added);
    expect(c.recipients().to).toEqual([{ name: 'Mark Chen', email: 'mark.chen@northwindtraders.com' }]);
  });
});

describe('pop-up ↔ full-screen and close', () => {
  it('keeps finding the same compose after it moves into the full-screen dialog', () => {
    const doc = loadFixture('gmail/inbox-two-composes');
    const before = composeById(gmailAdapter.findComposes(doc), '14');
    const slot = doc.querySelector('body > .aSs > .aSt [role="dialog"] .aaZ')!;
    slot.appendChild(before.root);
    const after = gmailAdapter.findComposes(doc);
    expect(after).toHaveLength(2);
    const moved = composeById(after, '14');
    expect(moved.body).toBe(before.body);
    expect(moved.root.closest('.aSs')).not.toBeNull();
    expect(moved.recipients().to[0]?.email).toBe('chris@sproutcontent.com');
  });

  it('finds nothing in a closed full-screen compose whose .aaZ was emptied', () => {
    const doc = loadFixture('gmail/inbox-two-composes');
    for (const mole of doc.querySelectorAll('.dw .nH.nn')) mole.remove();
    expect(gmailAdapter.findComposes(doc)).toEqual([]);
    expect(doc.querySelector('.aSs .aaZ')).not.toBeNull();
  });
});

describe('inline reply in a thread', () => {
  const doc = loadFixture('gmail/thread-inline-reply');
  const composes = gmailAdapter.findComposes(doc);
  const reply = composes[0]!;

  it('finds the one inline reply, rooted at the compose, not the thread', () => {
    expect(composes).toHaveLength(1);
    expect(reply.root.closest('[role="dialog"]')).toBeNull();
    expect(reply.root.classList.contains('M9')).toBe(false);
    expect(reply.root.getAttribute('data-compose-id')).toBe('22');
    // The thread's own messages (and their span[email] senders) are outside the compose.
    expect(reply.root.querySelector('.gD')).toBeNull();
  });

  it('reads the recipient, not the people in the thread headers', () => {
    expect(reply.recipients()).toEqual({ to: [{ name: 'Chris Hawkins', email: 'chris@sproutcontent.com' }], cc: [] });
    expect(reply.subject()).toBe('Re: Content calendar for Q1');
  });

  it('reads the short reply, the signature and the long quoted thread as separate parts', () => {
    const snap = takeSnapshot(reply.body, gmailAdapter);
    expect(snap.text.startsWith(
      'Hi Chris,\n\nThanks for sending the calendar over. Tuesday at 10 works for me, and I will bring the Q1 numbers so we can settle the launch order.\n\nBest,\nDana\n\n\n--\nDana Reyes\n',
    )).toBe(true);
    expect(snap.hints.signature?.map((s) => snap.text.slice(s.start, s.end))).toEqual([SIGNATURE]);
    const quoted = snap.hints.quoted ?? [];
    expect(quoted).toHaveLength(1);
    const quotedText = snap.text.slice(quoted[0]!.start, quoted[0]!.end);
    expect(quotedText.startsWith('On Mon, Nov 23, 2026 at 4:12\u202fPM Chris Hawkins <chris@sproutcontent.com> wrote:\nHi Dana,\n\nAttaching')).toBe(true);
    expect(quotedText.endsWith('cut their approval time in half last spring.\n\nDana')).toBe(true);
    expect(quoted[0]!.end).toBe(snap.text.length);
    expect(words(quotedText)).toBeGreaterThan(300);
    // What is neither signature nor quote is the short reply the rep wrote.
    expect(words(snap.text.slice(0, snap.hints.signature![0]!.start))).toBeLessThan(40);
    expect(snap.text).not.toContain('\n1'); // the Grammarly badge
  });

  it('returns an empty subject when the inline reply has no subject field', () => {
    const d = loadFixture('gmail/thread-inline-reply');
    d.querySelector('input[name="subjectbox"]')!.remove();
    const c = gmailAdapter.findComposes(d)[0]!;
    expect(c.subject()).toBe('');
    expect(c.subjectInput?.()).toBeNull();
  });

  it('falls back to the span[email] summary when the recipient rows are not rendered', () => {
    const d = loadFixture('gmail/thread-inline-reply');
    d.querySelector('table.GS')!.remove();
    expect(gmailAdapter.findComposes(d)[0]!.recipients()).toEqual({
      to: [{ name: 'Chris Hawkins', email: 'chris@sproutcontent.com' }],
      cc: [],
    });
  });
});

describe('pop-out window with a forward', () => {
  const composes = gmailAdapter.findComposes(loadFixture('gmail/popout-compose'));

  it('finds the one compose inside [role=main] of body.xE.xp', () => {
    expect(composes).toHaveLength(1);
    const c = composes[0]!;
    expect(c.root.closest('body.xE.xp [role="main"]')).not.toBeNull();
    expect(c.root.contains(c.body)).toBe(true);
  });

  it('reads the chip and the address still being typed in the Cc combobox', () => {
    expect(composes[0]!.recipients()).toEqual({
      to: [{ name: 'Priya Natarajan', email: 'priya@sproutcontent.com' }],
      cc: [{ name: 'Chris Hawkins', email: 'chris@sproutcontent.com' }],
    });
    expect(composes[0]!.subject()).toBe('Fwd: Pilot scope');
  });

  it('marks the forwarded message as quoted', () => {
    const snap = takeSnapshot(composes[0]!.body, gmailAdapter);
    expect(snap.text.slice(0, snap.hints.signature![0]!.start)).toBe(
      'Hi Priya,\n\nChris asked me to loop you in on the pilot scope below. Could you check the video review part before Tuesday?\n\nThanks,\nDana\n\n',
    );
    expect(snap.hints.signature?.map((h) => snap.text.slice(h.start, h.end))).toEqual(['--\nDana Reyes\nAccount Executive | Brightline']);
    const quoted = snap.hints.quoted!.map((h) => snap.text.slice(h.start, h.end));
    expect(quoted).toHaveLength(1);
    expect(quoted[0]!.startsWith('---------- Forwarded message ---------\nFrom: Chris Hawkins <chris@sproutcontent.com>\nDate:')).toBe(true);
    expect(quoted[0]!.endsWith('the rest can wait for the full rollout.\n\nChris')).toBe(true);
  });
});

describe('other Gmail shapes', () => {
  it('finds the compose of the pop-out window (body.xE.xp, [role=main])', () => {
    const doc = page(
      '<div class="nH"><div role="main" class="nH"><div class="aoI" role="region"><form><div name="to"><div role="option" data-hovercard-id="a@x.io" data-name="Ann Lee"></div><input role="combobox" value=""></div><input name="subjectbox" value="Hello"></form>' +
        '<div contenteditable="true" g_editable="true" role="textbox" aria-multiline="true"><div>Hi Ann,</div></div></div></div></div>',
      'xE xp',
    );
    const [c, ...rest] = gmailAdapter.findComposes(doc);
    expect(rest).toHaveLength(0);
    expect(c!.root.closest('[role="main"]')).not.toBeNull();
    expect(c!.recipients().to).toEqual([{ name: 'Ann Lee', email: 'a@x.io' }]);
    expect(c!.subject()).toBe('Hello');
  });

  it('reads the classic UI: span[email] chips and hidden "Name <email>" inputs', () => {
    const doc = page(
      '<div class="M9"><form><input type="hidden" name="to" value="Ann Lee <ann@x.io>, bob@y.io">' +
        '<div name="cc"><div class="vR"><span class="vN" email="cy@z.io">Cy Young</span></div></div></form>' +
        '<div contenteditable="true" g_editable="true">Hi Ann,</div></div>',
    );
    expect(gmailAdapter.findComposes(doc)[0]!.recipients()).toEqual({
      to: [{ name: 'Ann Lee', email: 'ann@x.io' }, { email: 'bob@y.io' }],
      cc: [{ name: 'Cy Young', email: 'cy@z.io' }],
    });
  });

  it('accepts the fallback body only inside a compose form', () => {
    const doc = page(
      '<div class="chat"><div role="textbox" contenteditable="true">not an email</div></div>' +
        '<div class="aoI"><form><input name="subjectbox" value="S"></form><div role="textbox" contenteditable="true">Hi,</div></div>',
    );
    const composes = gmailAdapter.findComposes(doc);
    expect(composes).toHaveLength(1);
    expect(composes[0]!.body.textContent).toBe('Hi,');
  });

  it('finds nothing on a page without composes, and never throws on broken pages', () => {
    expect(gmailAdapter.findComposes(page('<div role="main"><p>No mail</p></div>'))).toEqual([]);
    const broken = { querySelectorAll: () => { throw new Error('boom'); } } as unknown as Document;
    expect(gmailAdapter.findComposes(broken)).toEqual([]);
    // A body with no compose around it at all: found, with empty recipients and subject.
    const bare = gmailAdapter.findComposes(page('<div contenteditable="true" g_editable="true">Hi</div>'));
    expect(bare).toHaveLength(1);
    expect(bare[0]!.recipients()).toEqual({ to: [], cc: [] });
    expect(bare[0]!.subject()).toBe('');
    // A body in the inbox's [role=main] without compose fields: the inbox's senders are not recipients.
    const inMain = gmailAdapter.findComposes(
      page('<div role="main"><span class="zF" email="chris@sproutcontent.com">Chris</span><div><div contenteditable="true" g_editable="true">Hi</div></div></div>'),
    );
    expect(inMain).toHaveLength(1);
    expect(inMain[0]!.recipients()).toEqual({ to: [], cc: [] });
  });
});

describe('structure predicates', () => {
  const doc = page(
    '<span class="gmail_signature_prefix">-- </span><div class="gmail_signature" data-smartmail="gmail_signature"></div>' +
      '<div class="gmail_quote"></div><div class="gmail_attr"></div><grammarly-extension></grammarly-extension>' +
      '<div data-pitchcheck></div><lt-highlighter></lt-highlighter><div data-gramm="false" id="editor"></div><div id="plain"></div>',
  );
  const el = (selector: string) => doc.querySelector(selector)!;

  it('recognises signature, quote and foreign nodes by stable hooks', () => {
    expect(gmailAdapter.isSignature(el('.gmail_signature'))).toBe(true);
    expect(gmailAdapter.isSignature(el('.gmail_signature_prefix'))).toBe(true);
    expect(gmailAdapter.isQuoted(el('.gmail_quote'))).toBe(true);
    expect(gmailAdapter.isQuoted(el('.gmail_attr'))).toBe(true);
    expect(gmailAdapter.isForeign(el('grammarly-extension'))).toBe(true);
    expect(gmailAdapter.isForeign(el('[data-pitchcheck]'))).toBe(true);
    expect(gmailAdapter.isForeign(el('lt-highlighter'))).toBe(true);
    // An editor that Grammarly marks is still the user's text.
    expect(gmailAdapter.isForeign(el('#editor'))).toBe(false);
    expect(gmailAdapter.isSignature(el('#plain')) || gmailAdapter.isQuoted(el('#plain'))).toBe(false);
  });
});
