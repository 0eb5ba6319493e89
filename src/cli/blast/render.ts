// Renders a template for one contact with Handlebars, as the sending tool would, and records
// where each field's value landed in the rendered text (UTF-16 offsets), so a blank or badly cased
// value can be reported at its exact place.
//
// How: the parsed template's field references are rewritten to a `__field` helper that wraps the
// value in private-use marker characters; the markers are stripped after rendering, leaving their
// positions. Section conditions ({{#if company}}) still read the plain values, so an empty value
// stays falsy.
import Handlebars from 'handlebars';

// Handlebars' AST types (the global `hbs` namespace of its typings) are read-only views; the
// rewrite edits nodes in place, so they are handled as plain records.
type AST = hbs.AST.Program;
type Node = Record<string, unknown> & { type: string };

const OPEN = '\uE000';
const MID = '\uE001';
const CLOSE = '\uE002';
const MARKERS = /[\uE000-\uE002]/g;

/** A merge field of the template, as the template writes its name. */
export interface TemplateField {
  /** The name as written ("first_name", "Contact.FirstName", "FNAME"). */
  name: string;
  /** Key into the values a row is rendered with. */
  key: string;
}

export interface FieldHit {
  key: string;
  start: number;
  end: number;
  /** The column's value was blank and the template's default ({{x | default: "there"}}) stood in. */
  defaulted: boolean;
}

export interface Rendered {
  text: string;
  hits: FieldHit[];
}

export class TemplateError extends Error {
  override name = 'TemplateError';
}

const BUILTIN_HELPERS = new Set(['if', 'unless', 'each', 'with', 'else', 'this', 'lookup', 'log', '__default', '__field']);

/**
 * A compiled template part (subject or body). `fieldKey` gives each distinct field name its
 * key, shared across parts and steps so one row's values serve them all.
 */
export class CompiledPart {
  private readonly render: (data: Record<string, string>) => string;

  constructor(source: string, fieldKey: (name: string) => string, label: string) {
    let ast: AST;
    try {
      ast = Handlebars.parse(source) as AST;
    } catch (error) {
      throw new TemplateError(`${label}: ${firstLine((error as Error).message)}`);
    }
    rewrite(ast as unknown as Node, fieldKey, label);
    const env = Handlebars.create();
    env.registerHelper('__field', (key: string, options: Handlebars.HelperOptions) => mark(key, (options.data.root as Record<string, string>)[key] ?? '', false));
    env.registerHelper('__default', (key: string, fallback: unknown, options: Handlebars.HelperOptions) => {
      const value = (options.data.root as Record<string, string>)[key] ?? '';
      return value.trim() ? mark(key, value, false) : mark(key, String(fallback ?? ''), true);
    });
    env.registerHelper('helperMissing', function (...args: unknown[]) {
      const options = args[args.length - 1] as { name?: string };
      throw new TemplateError(`${label}: unknown helper "${options.name ?? '?'}"`);
    });
    try {
      this.render = env.compile(ast as unknown as string, { noEscape: true, strict: false, knownHelpersOnly: false });
      this.render({}); // compile errors surface on first use
    } catch (error) {
      if (error instanceof TemplateError) throw error;
      throw new TemplateError(`${label}: ${firstLine((error as Error).message)}`);
    }
  }

  /** Renders with one row's values (by field key). */
  apply(data: Record<string, string>): Rendered {
    const raw = this.render(data);
    const hits: FieldHit[] = [];
    let text = '';
    let from = 0;
    for (let open = raw.indexOf(OPEN); open !== -1; open = raw.indexOf(OPEN, from)) {
      const mid = raw.indexOf(MID, open);
      const close = raw.indexOf(CLOSE, mid);
      text += raw.slice(from, open);
      const head = raw.slice(open + 1, mid);
      const start = text.length;
      text += raw.slice(mid + 1, close);
      hits.push({ key: head.slice(1), start, end: text.length, defaulted: head[0] === 'd' });
      from = close + 1;
    }
    text += raw.slice(from);
    return { text, hits };
  }
}

/** Values never carry our markers, whatever a CSV holds. */
export const cleanValue = (value: string) => value.replace(MARKERS, '');

function mark(key: string, value: string, defaulted: boolean): string {
  return `${OPEN}${defaulted ? 'd' : 'v'}${key}${MID}${value}${CLOSE}`;
}

/** Handlebars' parse errors take four lines (a caret under the text, every token expected): one line here. */
function firstLine(message: string): string {
  const lines = message.split('\n').filter(Boolean);
  const got = /got '([^']+)'/.exec(message)?.[1];
  const near = lines[1] && /^\.\.\./.test(lines[1]) ? ` near “${lines[1].replace(/^\.\.\./, '…')}”` : '';
  const what = got === 'EOF' ? ': the template ends inside a section (a {{/if}} missing?)' : got ? `: unexpected ${got}` : '';
  return `${lines[0]!.replace(/:$/, '')}${near}${what}`.replace(/\s+/g, ' ').trim();
}

/** The name a path expression reads: "first_name", "Contact.FirstName" (from "{{[Contact.FirstName]}}"), "contact.firstname". */
function pathName(path: Node): string {
  return (path.parts as string[]).join('.');
}

function stringLiteral(value: string, loc: unknown): Node {
  return { type: 'StringLiteral', value, original: value, loc } as Node;
}

function pathTo(name: string, loc: unknown): Node {
  return { type: 'PathExpression', data: false, depth: 0, parts: [name], original: name, loc } as Node;
}

const isDataPath = (node: Node | undefined) =>
  !!node && node.type === 'PathExpression' && !node.data && (node.parts as string[]).length > 0 && !(node.this_ === true) && node.original !== 'this';

/** Points every field reference at its key; a bare {{field}} becomes {{__field "key"}}. */
function rewrite(node: Node, fieldKey: (name: string) => string, label: string): void {
  switch (node.type) {
    case 'Program':
      for (const statement of node.body as Node[]) rewrite(statement, fieldKey, label);
      return;
    case 'MustacheStatement': {
      const path = node.path as Node;
      const params = node.params as Node[];
      const name = path.type === 'PathExpression' ? pathName(path) : '';
      if (name === '__default') {
        const target = params[0];
        if (target && isDataPath(target)) params[0] = stringLiteral(fieldKey(pathName(target)), target.loc);
        return;
      }
      if (isDataPath(path) && params.length === 0 && !node.hash) {
        node.path = pathTo('__field', path.loc);
        node.params = [stringLiteral(fieldKey(name), path.loc)];
        return;
      }
      if (path.type === 'PathExpression' && !BUILTIN_HELPERS.has(name)) {
        const words = [name, ...params.map((p) => (p.type === 'PathExpression' ? pathName(p) : ''))].join(' ');
        throw new TemplateError(`${label}: line ${(path.loc as { start: { line: number } }).start.line}: unknown helper "${name}" (or no column "${words}" in the contacts file)`);
      }
      rewriteParams(params, fieldKey);
      return;
    }
    case 'BlockStatement': {
      const name = pathName(node.path as Node);
      if (!BUILTIN_HELPERS.has(name)) {
        throw new TemplateError(`${label}: line ${((node.path as Node).loc as { start: { line: number } }).start.line}: unknown section "#${name}"`);
      }
      rewriteParams(node.params as Node[], fieldKey);
      if (node.program) rewrite(node.program as Node, fieldKey, label);
      if (node.inverse) rewrite(node.inverse as Node, fieldKey, label);
      return;
    }
    default:
      return; // content, comments, partials (never resolved: no partials are registered)
  }
}

function rewriteParams(params: Node[], fieldKey: (name: string) => string): void {
  for (let i = 0; i < params.length; i++) {
    const p = params[i]!;
    if (isDataPath(p)) params[i] = pathTo(fieldKey(pathName(p)), p.loc);
    else if (p.type === 'SubExpression') rewriteParams(p.params as Node[], fieldKey);
  }
}
