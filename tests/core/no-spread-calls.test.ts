// No call in src/ spreads an array into its arguments: each element becomes a stack slot, so a
// list as long as the input (sentences, findings, matches) overflows the stack ("Maximum call
// stack size exceeded" on a 24 MB draft, issue 12). Loops, concat and reduce have no such limit.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** "file:line: code" for every spread argument of a call or `new`. */
function spreadArguments(source: ts.SourceFile): string[] {
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if ((ts.isCallExpression(node) || ts.isNewExpression(node)) && node.arguments?.some(ts.isSpreadElement)) {
      const { line } = source.getLineAndCharacterOfPosition(node.getStart());
      found.push(`${relative(root, source.fileName)}:${line + 1}: ${node.getText().slice(0, 80)}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const parse = (path: string, text = readFileSync(path, 'utf8')) =>
  ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, path.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);

describe('src/', () => {
  it('spreads no array into a call', () => {
    expect(sourceFiles(join(root, 'src')).flatMap((path) => spreadArguments(parse(path)))).toEqual([]);
  });

  it('the check sees spread arguments where there are some, and not array or object spreads', () => {
    const probe = parse(join(root, 'probe.ts'), 'out.push(...items);\nMath.max(0, ...xs);\nnew Set(...a);\nconst b = [...a, ...c];\nconst o = { ...p };');
    expect(spreadArguments(probe).map((s) => s.split(':')[1])).toEqual(['1', '2', '3']);
  });
});
