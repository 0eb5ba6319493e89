// @vitest-environment happy-dom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rangeFor, SNAPSHOT_READ_LIMIT, takeSnapshot, textOfRange, verifyRange, type Snapshot, type SnapshotSite } from '../../src/content/snapshot.js';
import { checkedLength, MAX_CHECKED_CHARS } from '../../src/core/limits.js';
import { gmailAdapter, outlookAdapter } from '../../src/sites/index.js';
import { loadFixture, page } from './helpers.js';

const site: SnapshotSite = gmailAdapter;

// One window for all of these tests: a new happy-dom Window per case is slow.
const shared = page('');

function bodyOf(html: string): HTMLElement {
  const body = shared.createElement('div');
  body.setAttribute('contenteditable', 'true');
  body.innerHTML = html; // test input only, never draft text in the extension
  shared.body.replaceChildren(body);
  return body;
}

function snap(html: string): Snapshot {
  return takeSnapshot(bodyOf(html), site);
}

/** Replaces [start, end) through the Range, the way a fix does, and reads the body again. */
function replaceThroughRange(s: Snapshot, start: number, end: number, replacement: string): string | null {
  const range = rangeFor(s, start, end);
  if (!range) return null;
  range.deleteContents();
  range.insertNode(s.map.root.ownerDocument.createTextNode(replacement));
  return takeSnapshot(s.map.root, s.map.site).text;
}

describe('takeSnapshot: text as the user sees it', () => {
  const cases: [string, string, string][] = [
    ['Gmail lines with an empty line', '<div>Hi Chris,</div><div><br></div><div>We help</div>', 'Hi Chris,\n\nWe help'],
    ['a trailing <br> in a block adds no line', '<div>A<br></div><div>B</div>', 'A\nB'],
    ['two <br> make an empty line', 'A<br><br>B', 'A\n\nB'],
    ['leading empty line', '<div><br></div><div>Hi</div>', '\nHi'],
    ['nested wrappers add no newlines', '<div><div><div>A</div></div></div><div><span><div>B</div></span></div>', 'A\nB'],
    ['paragraphs leave a blank line', '<p>A</p><p>B</p>', 'A\n\nB'],
    ['paragraphs without margins do not', '<p style="margin: 0cm">A</p><p style="margin-top: 0px; margin-bottom: 0">B</p>', 'A\nB'],
    ['lists', '<ul><li>one</li><li>two</li></ul><div>after</div>', 'one\ntwo\nafter'],
    ['table cells are tab separated', '<table><tbody><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></tbody></table>', 'a\tb\nc'],
    ['nbsp is a space, and never collapses', '<div>a&nbsp;&nbsp;b</div>', 'a  b'],
    ['white space collapses like HTML', '<div>  lots   of\n   space  </div>', 'lots of space'],
    ['spaces between inline elements', '<b>Hi</b> <i>there</i>', 'Hi there'],
    ['source formatting between blocks', '<div>A</div>\n   <div>B</div>\n', 'A\nB'],
    ['pre keeps white space', '<pre>x  y\nz</pre>', 'x  y\nz'],
    ['hidden elements are skipped', '<div hidden>secret</div><div style="display: none">x</div><div>shown</div>', 'shown'],
    ['scripts, styles and images are not text', '<style>.a{}</style><script>var x</script><img alt="pic">ok', 'ok'],
    ["Gmail's emoji images read as their emoji", '<div>Thanks <img data-emoji="🙏" alt="🙏" class="an1" src="data:,"> Chris</div>', 'Thanks 🙏 Chris'],
    ['zero-width characters are dropped', 'Hi\u200bthere\ufeff', 'Hithere'],
    ['emoji and ZWJ sequences stay intact', '<div>👩‍💻 ok 👍🏽</div>', '👩‍💻 ok 👍🏽'],
    ['RTL text', '<div dir="rtl">שלום עולם</div><div>مرحبا</div>', 'שלום עולם\nمرحبا'],
    ['foreign nodes are skipped', '<div>Hi</div><grammarly-extension><div>9</div></grammarly-extension><lt-span>x</lt-span><div data-pitchcheck>ui</div><div>Bye</div>', 'Hi\nBye'],
    ['empty body', '', ''],
    ['only breaks', '<div><br></div><div><br></div>', '\n\n'],
  ];
  it.each(cases)('%s', (_name, html, expected) => {
    expect(snap(html).text).toBe(expected);
  });

  it('keeps every segment 1:1 with its text node', () => {
    for (const [, html] of cases) {
      const s = snap(html);
      for (const seg of s.map.segments) {
        const text = s.text.slice(seg.start, seg.end);
        if (seg.offset < 0) expect(text).toBe(seg.node.nodeName === 'BR' ? '\n' : (seg.node as Element).getAttribute('alt'));
        else {
          const data = (seg.node as Text).data.slice(seg.offset, seg.offset + text.length).replace(/\u00a0/g, ' ');
          expect(data.replace(/[\t\n\r\f]/g, ' ')).toBe(text.replace(/\n/g, ' '));
        }
      }
    }
  });
});

describe('structure hints', () => {
  it('marks signature and quote spans without surrounding breaks', () => {
    const s = snap(
      '<div>Hi Ann,</div><div><br></div><div>Short note.</div><div><br></div><span class="gmail_signature_prefix">-- </span><br>' +
        '<div class="gmail_signature">Dana<br>CEO</div><br><div class="gmail_quote"><div class="gmail_attr">On Mon Ann wrote:<br></div>' +
        '<blockquote class="gmail_quote"><div class="gmail_signature">Ann</div>Old text</blockquote></div>',
    );
    expect(s.text).toBe('Hi Ann,\n\nShort note.\n\n--\nDana\nCEO\n\nOn Mon Ann wrote:\nAnn\nOld text');
    expect(s.hints.signature?.map((h) => s.text.slice(h.start, h.end))).toEqual(['--\nDana\nCEO']);
    // The signature inside the quote belongs to the quote.
    expect(s.hints.quoted?.map((h) => s.text.slice(h.start, h.end))).toEqual(['On Mon Ann wrote:\nAnn\nOld text']);
  });

  it('marks everything after Outlook\'s #appendonsend as quoted', () => {
    const body = bodyOf('<div>Hi</div><div id="Signature">Dana</div><div id="appendonsend"></div><hr><div><b>From:</b> Ann</div><div>Old</div>');
    const s = takeSnapshot(body, outlookAdapter);
    expect(s.text).toBe('Hi\nDana\nFrom: Ann\nOld');
    expect(s.hints).toEqual({ signature: [{ start: 3, end: 7 }], quoted: [{ start: 8, end: s.text.length }] });
  });

  it('gives no hints for a plain body', () => {
    expect(snap('<div>Hi</div>').hints).toEqual({});
  });
});

describe('rangeFor', () => {
  it('maps text offsets to the text nodes, across elements', () => {
    const s = snap('<div>Hi <b>Chris</b>,</div><div><br></div><div>We help you grow.</div>');
    expect(s.text).toBe('Hi Chris,\n\nWe help you grow.');
    const chris = s.text.indexOf('Chris');
    expect(rangeFor(s, chris, chris + 5)?.toString()).toBe('Chris');
    expect(rangeFor(s, 0, 9)?.toString()).toBe('Hi Chris,');
    const help = s.text.indexOf('help');
    expect(rangeFor(s, help, help + 8)?.toString()).toBe('help you');
  });

  it('returns null for offsets outside the text', () => {
    const s = snap('<div>Hi</div>');
    expect(rangeFor(s, -1, 1)).toBeNull();
    expect(rangeFor(s, 1, 3)).toBeNull();
    expect(rangeFor(s, 2, 1)).toBeNull();
    expect(rangeFor(s, 0.5, 1)).toBeNull();
    expect(rangeFor(s, 2, 2)?.collapsed).toBe(true);
  });

  it('maps a synthetic line break to the gap between the two blocks\' text', () => {
    const s = snap('<div>Hi Chris,</div><div>We help</div>');
    const at = s.text.indexOf('\n');
    const range = rangeFor(s, at, at + 1)!;
    const [first, second] = [...s.map.root.querySelectorAll('div')].map((d) => d.firstChild);
    // Replacing it with execCommand('insertText') joins the blocks (checked in Chromium by e2e).
    expect([range.startContainer, range.startOffset]).toEqual([first, 'Hi Chris,'.length]);
    expect([range.endContainer, range.endOffset]).toEqual([second, 0]);
    const before = rangeFor(s, 0, at)!;
    expect([before.endContainer, before.endOffset]).toEqual([first, 'Hi Chris,'.length]);
  });

  it('replaces a <br> line break', () => {
    const s = snap('Hi<br>there');
    expect(replaceThroughRange(s, 2, 3, ' ')).toBe('Hi there');
  });

  it('maps an emoji image as one unit', () => {
    const s = snap('<div>Thanks <img data-emoji="🙏" alt="🙏" src="data:,"> Chris</div>');
    const at = s.text.indexOf('🙏');
    const range = rangeFor(s, at, at + 2)!;
    expect(range.cloneContents().querySelector('img')?.getAttribute('alt')).toBe('🙏');
    expect(replaceThroughRange(s, at, at + 2, '!')).toBe('Thanks ! Chris');
  });

  it('replaces a collapsed run of spaces as a whole', () => {
    const s = snap('<div>a   b</div>');
    expect(s.text).toBe('a b');
    expect(replaceThroughRange(s, 1, 2, '-')).toBe('a-b');
  });

  it('keeps emoji and RTL offsets', () => {
    const s = snap('<div>👋🏽 Hi <b>Chris</b> 😀</div><div dir="rtl">שלום <i>דני</i></div>');
    const chris = s.text.indexOf('Chris');
    expect(chris).toBe(8);
    expect(rangeFor(s, chris, chris + 5)?.toString()).toBe('Chris');
    const dani = s.text.indexOf('דני');
    expect(rangeFor(s, dani, dani + 3)?.toString()).toBe('דני');
    expect(replaceThroughRange(s, chris, chris + 5, 'Chrissy 🎉')).toBe('👋🏽 Hi Chrissy 🎉 😀\nשלום דני');
  });

  it('replaces exactly [start, end) for any range inside one line (property)', () => {
    const piece = fc.constantFrom('Hi', 'Chris', ' ', '  ', '\u00a0', '👩‍💻', 'שלום', ',', '\u200b', 'x y', '\n');
    const inline = fc.record({ tag: fc.constantFrom('', 'b', 'span', 'i'), text: piece });
    const line = fc.array(inline, { minLength: 1, maxLength: 6 });
    const doc = fc.array(fc.record({ wrap: fc.constantFrom('div', 'p', 'br', 'li'), line }), { minLength: 1, maxLength: 5 });
    fc.assert(
      fc.property(doc, fc.nat(), fc.nat(), (blocks, a, b) => {
        const body = bodyOf('');
        const d = body.ownerDocument;
        for (const block of blocks) {
          const holder = block.wrap === 'br' ? body : body.appendChild(d.createElement(block.wrap));
          for (const part of block.line) {
            const text = d.createTextNode(part.text);
            if (part.tag) holder.appendChild(d.createElement(part.tag)).appendChild(text);
            else holder.appendChild(text);
          }
          if (block.wrap === 'br') body.appendChild(d.createElement('br'));
        }
        const s = takeSnapshot(body, site);
        if (!s.text.length) return;
        const start = a % (s.text.length + 1);
        const end = start + (b % (s.text.length - start + 1));
        // Stay on one line: across lines, DOM deletion and the editor disagree on merging blocks.
        if (s.text.slice(start, end).includes('\n') || s.text.slice(start, end).includes('\t')) return;
        // An empty line made by paragraph spacing has no DOM position of its own.
        if (start === end && s.text[start - 1] === '\n' && s.text[start] === '\n') return;
        const after = replaceThroughRange(s, start, end, 'X');
        const expected = s.text.slice(0, start) + 'X' + s.text.slice(end);
        // White space next to the insertion may collapse differently; compare with runs squeezed.
        const squeeze = (t: string | null) => t?.replace(/ +/g, ' ');
        expect(squeeze(after)).toBe(squeeze(expected));
      }),
      { numRuns: 300, seed: 20261126 },
    );
  });
});

describe('verifyRange', () => {
  it('returns the Range while the text is unchanged', () => {
    const s = snap('<div>Hi Mark,</div><div>We help</div>');
    const range = verifyRange(s, 3, 7, 'Mark');
    expect(range?.toString()).toBe('Mark');
    expect(textOfRange(s, 3, 7)).toBe('Mark');
  });

  it('returns null when the text under the range changed', () => {
    const s = snap('<div>Hi Mark,</div><div>We help</div>');
    (s.map.root.querySelector('div')!.firstChild as Text).data = 'Hi Mary,';
    expect(verifyRange(s, 3, 7, 'Mark')).toBeNull();
  });

  it('maps the range through an edit that provably lies outside it', () => {
    const s = snap('<div>Hi Mark, Mark</div>');
    (s.map.root.querySelector('div')!.firstChild as Text).data = 'Hello Mark, Mark';
    const range = verifyRange(s, 9, 13, 'Mark');
    expect(range?.startOffset).toBe(12);
    expect(range?.toString()).toBe('Mark');
  });

  it('returns null when the edit may have touched the range, even if the slice still matches', () => {
    const s = snap('<div>Hi Mark, Mark</div>');
    // "Mark, " removed: the second Mark now sits where the first was, but is not the same one.
    (s.map.root.querySelector('div')!.firstChild as Text).data = 'Hi Mark';
    expect(verifyRange(s, 3, 7, 'Mark')).toBeNull();
    expect(verifyRange(s, 9, 13, 'Mark')).toBeNull();
  });

  it('returns null when the nodes were removed or the body is gone', () => {
    const s = snap('<div>Hi Mark,</div><div>We help</div>');
    s.map.root.querySelector('div')!.remove();
    expect(verifyRange(s, 3, 7, 'Mark')).toBeNull();
    const t = snap('<div>Hi Mark,</div>');
    t.map.root.remove();
    expect(verifyRange(t, 3, 7, 'Mark')).toBeNull();
  });

  it('returns null when expected differs from what is there', () => {
    const s = snap('<div>Hi Mark,</div>');
    expect(verifyRange(s, 3, 7, 'Mary')).toBeNull();
    expect(verifyRange(s, 3, 99, 'Mark,')).toBeNull();
  });

  it('round-trips every word of the fixture bodies', () => {
    const cases = [
      ['gmail/inbox-two-composes', gmailAdapter],
      ['gmail/thread-inline-reply', gmailAdapter],
      ['outlook/reading-pane-reply', outlookAdapter],
      ['outlook/popout-compose', outlookAdapter],
    ] as const;
    for (const [name, adapter] of cases) {
      for (const compose of adapter.findComposes(loadFixture(name))) {
        const s = takeSnapshot(compose.body, adapter);
        for (const m of s.text.matchAll(/\S+/g)) {
          const start = m.index;
          const range = verifyRange(s, start, start + m[0].length, m[0]);
          expect(range, `${name}: ${m[0]}`).not.toBeNull();
          // Range.toString() reads raw DOM text: compare with nbsp read as a space.
          expect(range!.toString().replace(/\u00a0/g, ' ')).toBe(m[0]);
        }
      }
    }
  });
});

describe('robustness', () => {
  it('reads a 2,000-word body with one segment per text node', () => {
    const words = Array.from({ length: 2000 }, (_, i) => `word${i}`);
    const html = Array.from({ length: 100 }, (_, i) => `<div>${words.slice(i * 20, i * 20 + 20).join(' ')}</div>`).join('');
    const s = snap(html);
    expect(s.text.split(/\s+/)).toHaveLength(2000);
    expect(s.map.segments).toHaveLength(100);
  });

  it('never throws when a site predicate throws', () => {
    const throwing: SnapshotSite = {
      isSignature: () => { throw new Error('x'); },
      isQuoted: () => { throw new Error('x'); },
      isForeign: () => { throw new Error('x'); },
    };
    expect(takeSnapshot(bodyOf('<div>Hi</div>'), throwing).text).toBe('Hi');
  });

  it('reads control characters and huge pastes without throwing', () => {
    const s = snap(`<div>a\u0000b\u0007c</div><div>${'x'.repeat(200_000)}</div>`);
    expect(s.text.startsWith('a\u0000b\u0007c\nxxx')).toBe(true);
    expect(s.complete).toBe(false);
  });
});

describe('takeSnapshot: a huge draft is read only as far as the engine checks it', () => {
  const line = (i: number) => `Line ${i} of a pasted log, with\u00a0a few  spaces and <b>bold</b> words.`;
  const hugeHtml = Array.from({ length: 4000 }, (_, i) => `<div>${line(i)}</div>`).join('');

  it('stops just past the cap, on the same prefix the whole read gives, and leaves the draft alone', () => {
    const body = bodyOf(hugeHtml);
    const before = body.innerHTML;
    const capped = takeSnapshot(body, site);
    const whole = takeSnapshot(body, site, Infinity);
    expect(whole.text.length).toBeGreaterThan(2 * MAX_CHECKED_CHARS);
    expect(whole.complete).toBe(true);
    expect(capped.complete).toBe(false);
    expect(capped.text.length).toBeGreaterThanOrEqual(SNAPSHOT_READ_LIMIT);
    expect(capped.text.length).toBeLessThan(SNAPSHOT_READ_LIMIT + 100);
    expect(whole.text.startsWith(capped.text)).toBe(true);
    // The engine cuts both at the same place: what it checks does not depend on where reading stopped.
    expect(checkedLength(capped.text)).toBe(checkedLength(whole.text));
    // Offsets inside the capped text still map to the same DOM text.
    const at = checkedLength(capped.text) - 20;
    expect(rangeFor(capped, at, at + 10)?.toString()).toBe(whole.text.slice(at, at + 10));
    expect(body.innerHTML).toBe(before);
  });

  it('stops inside a single huge text node', () => {
    const body = bodyOf('');
    body.append(shared.createTextNode(`Hi Chris, ${'lorem ipsum '.repeat(100_000)}`));
    const s = takeSnapshot(body, site);
    expect(s.complete).toBe(false);
    expect(s.text.length).toBe(SNAPSHOT_READ_LIMIT);
    expect(s.map.segments.at(-1)?.end).toBe(s.text.length);
  });

  it('a quote cut short by the cap runs to the end of what was read', () => {
    const s = snap(`<div>Hi Chris, see below.</div><blockquote class="gmail_quote">${hugeHtml}</blockquote>`);
    expect(s.complete).toBe(false);
    expect(s.hints.quoted?.at(-1)?.end).toBe(s.text.trimEnd().length);
  });

  it('a draft under the cap is read whole', () => {
    const s = snap('<div>Hi Chris,</div><div>Short note.</div>');
    expect(s.complete).toBe(true);
    expect(s.text).toBe('Hi Chris,\nShort note.');
  });
});
