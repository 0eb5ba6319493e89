// One documented mapping from the merge-field syntaxes of common sending tools to Handlebars, so
// that one real template engine renders every template (README "pitchcheck blast" has the table):
//
//   Mustache / Handlebars  {{first_name}}, {{#if company}}…{{/if}}   as they are
//   a column with spaces   {{First name}} (YAMM, Mailmeteor)        → {{[First name]}}
//   Liquid-style default   {{first_name | default: "there"}}        → {{__default [first_name] "there"}}
//   Mailchimp              *|FNAME|*                                → {{[FNAME]}}
//   Salesforce             {!Contact.FirstName}                     → {{[Contact.FirstName]}}
//   YAMM / Word merge      <<First name>>                           → {{[First name]}}
//   GMass                  {FirstName}, {FirstName|there}           → {{[FirstName]}}, {{__default [FirstName] "there"}}
//   brackets               [First Name]                             → {{[First Name]}}
//
// Single braces and brackets are ordinary punctuation in most emails ("[link]", "{draft}"), so they
// count as fields only when their name is a column of the contacts file or a usual field name.

const FIELD_NAME = String.raw`[\p{L}\p{N}_][\p{L}\p{N}_ .\-]{0,60}?`;
const QUOTED = String.raw`"([^"\n]*)"|'([^'\n]*)'`;

const LIQUID_DEFAULT = new RegExp(String.raw`\{\{\s*(${FIELD_NAME})\s*\|\s*default\s*:\s*(?:${QUOTED})\s*\}\}`, 'gu');
const MAILCHIMP = new RegExp(String.raw`\*\|(${FIELD_NAME})\|\*`, 'gu');
const SALESFORCE = new RegExp(String.raw`\{!(${FIELD_NAME})\}`, 'gu');
const ANGLE = new RegExp(String.raw`<<\s*(${FIELD_NAME})\s*>>`, 'gu');
const SINGLE_BRACE = new RegExp(String.raw`(?<!\{)\{(${FIELD_NAME})(?:\|([^{}|\n]*))?\}(?!\})`, 'gu');
// Not "[[x]]", not a Markdown link "[text](url)", not Handlebars' own "{{[x]}}".
const BRACKET = new RegExp(String.raw`(?<![\[{])\[(${FIELD_NAME})\](?![\](}])`, 'gu');

// "{{First name}}": Handlebars would call a helper "First"; a name of several words that is a
// column (or a usual field name) is read as the column.
const SPACED = new RegExp(String.raw`\{\{\s*([\p{L}_][\p{L}\p{N}_.\-]*(?: +[\p{L}\p{N}_.\-]+)+)\s*\}\}`, 'gu');
const HELPERS = new Set(['if', 'unless', 'each', 'with', 'lookup', 'log', 'else']);

const field = (name: string) => `{{[${name.trim()}]}}`;
const withDefault = (name: string, fallback: string) => `{{__default [${name.trim()}] ${JSON.stringify(fallback)}}}`;

/** Rewrites every supported syntax to Handlebars; `isField` decides for single braces and brackets. */
export function toHandlebars(template: string, isField: (name: string) => boolean): string {
  // Brackets first: the rewrites below write Handlebars' own "[name]" segments.
  return template
    .replace(BRACKET, (m, name: string) => (isField(name) ? field(name) : m))
    .replace(LIQUID_DEFAULT, (_m, name: string, dq: string | undefined, sq: string | undefined) => withDefault(name, dq ?? sq ?? ''))
    .replace(SPACED, (m, name: string) => (!HELPERS.has(name.split(' ')[0]!) && isField(name) ? field(name) : m))
    .replace(MAILCHIMP, (_m, name: string) => field(name))
    .replace(SALESFORCE, (_m, name: string) => field(name))
    .replace(ANGLE, (_m, name: string) => field(name))
    .replace(SINGLE_BRACE, (m, name: string, fallback: string | undefined) =>
      isField(name) ? (fallback !== undefined ? withDefault(name, fallback) : field(name)) : m,
    );
}
