// Regenerates src/core/data/nicknames.json from two sources, so the build never depends on shared/:
// - the shared English nickname table (carltonnorthern/nicknames, Apache-2.0);
// - scripts/data/nicknames-international.txt, Slavic, Spanish, Portuguese, Italian, German and
//   French short forms written for Pitchcheck (MIT), because no well-kept table under a licence
//   that allows shipping covers them.
// Names are folded (lower case, accents stripped) the way names.ts compares them.
// Run: npm run gen:nicknames
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// shared/ sits beside the clone (CI, /work/main) or one level up from a worktree (/work/wt/<name>).
const sourceDir = ['../shared', '../../shared'].map((up) => resolve(repoRoot, up, 'data/nicknames')).find((d) => existsSync(d)) ?? resolve(repoRoot, '../shared/data/nicknames');
const csvPath = join(sourceDir, 'names.csv');
const internationalPath = join(repoRoot, 'scripts/data/nicknames-international.txt');
const outPath = join(repoRoot, 'src/core/data/nicknames.json');
const licenceOut = join(repoRoot, 'src/core/data/nicknames.LICENSE.txt');

for (const path of [csvPath, internationalPath]) {
  if (!existsSync(path)) {
    console.error(`gen-nicknames: ${path} not found`);
    process.exit(2);
  }
}

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}+/gu, '').trim().toLowerCase();
const nicknamesOf = new Map<string, Set<string>>();
function add(fullRaw: string, nickRaw: string): void {
  const full = fold(fullRaw);
  const nick = fold(nickRaw);
  if (!full || !nick || full === nick) return;
  let set = nicknamesOf.get(full);
  if (!set) nicknamesOf.set(full, (set = new Set()));
  set.add(nick);
}

const english = readFileSync(csvPath, 'utf8').split(/\r?\n/);
for (const [i, line] of english.entries()) {
  if (i === 0 || !line.trim()) continue; // header: name1,relationship,name2
  const [full, relationship, nick] = line.split(',').map((s) => s.trim().toLowerCase());
  if (relationship === 'has_nickname' && full && nick) add(full, nick);
}
const englishCount = nicknamesOf.size;

for (const [i, raw] of readFileSync(internationalPath, 'utf8').split(/\r?\n/).entries()) {
  const line = raw.replace(/#.*$/, '').trim();
  if (!line) continue;
  const colon = line.indexOf(':');
  if (colon <= 0) {
    console.error(`gen-nicknames: ${internationalPath}:${i + 1}: expected "full: short short …"`);
    process.exit(2);
  }
  for (const nick of line.slice(colon + 1).split(/\s+/).filter(Boolean)) add(line.slice(0, colon), nick);
}

// Compact form: { "robert": "bob bobby rob …" } — full name → space-separated nicknames.
const data: Record<string, string> = {};
for (const full of [...nicknamesOf.keys()].sort()) data[full] = [...nicknamesOf.get(full)!].sort().join(' ');
const json = {
  source:
    'carltonnorthern/nicknames names.csv @ 21d75051c39cb022d145388d60c87dc30505228b (Apache-2.0); ' +
    'scripts/data/nicknames-international.txt (Pitchcheck, MIT)',
  nicknames: data,
};
writeFileSync(outPath, JSON.stringify(json, null, 0) + '\n');
// Written, not copied: shared/ is read-only and copyFile would carry its mode over.
writeFileSync(licenceOut, readFileSync(join(sourceDir, 'LICENSE.txt')));
console.log(`gen-nicknames: ${englishCount} English full names, ${Object.keys(data).length} in all → ${outPath}`);
