// Regenerates src/core/data/nicknames.json from the shared nickname table
// (carltonnorthern/nicknames, Apache-2.0), so the build never depends on shared/.
// Run: npm run gen:nicknames
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const sourceDir = resolve(repoRoot, '../shared/data/nicknames');
const csvPath = join(sourceDir, 'names.csv');
const outPath = join(repoRoot, 'src/core/data/nicknames.json');
const licenceOut = join(repoRoot, 'src/core/data/nicknames.LICENSE.txt');

if (!existsSync(csvPath)) {
  console.error(`gen-nicknames: ${csvPath} not found`);
  process.exit(2);
}

const nicknamesOf = new Map<string, Set<string>>();
const lines = readFileSync(csvPath, 'utf8').split(/\r?\n/);
for (const [i, line] of lines.entries()) {
  if (i === 0 || !line.trim()) continue; // header: name1,relationship,name2
  const [full, relationship, nick] = line.split(',').map((s) => s.trim().toLowerCase());
  if (relationship !== 'has_nickname' || !full || !nick || full === nick) continue;
  let set = nicknamesOf.get(full);
  if (!set) nicknamesOf.set(full, (set = new Set()));
  set.add(nick);
}

// Compact form: { "robert": "bob bobby rob …" } — full name → space-separated nicknames.
const data: Record<string, string> = {};
for (const full of [...nicknamesOf.keys()].sort()) data[full] = [...nicknamesOf.get(full)!].sort().join(' ');
const json = {
  source: 'carltonnorthern/nicknames names.csv @ 21d75051c39cb022d145388d60c87dc30505228b (Apache-2.0)',
  nicknames: data,
};
writeFileSync(outPath, JSON.stringify(json, null, 0) + '\n');
// Written, not copied: shared/ is read-only and copyFile would carry its mode over.
writeFileSync(licenceOut, readFileSync(join(sourceDir, 'LICENSE.txt')));
console.log(`gen-nicknames: ${Object.keys(data).length} full names → ${outPath}`);
