// Bundles the `pitchcheck` CLI (src/cli/main.ts) into one executable file, <outdir>/cli.js, and
// beside it <outdir>/blast-worker.js, the worker thread `pitchcheck blast` spreads rows over.
// Called by scripts/build.ts; also runnable alone: `tsx scripts/build-cli.ts [outdir]`.
import { chmod } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));

export async function buildCli(outdir: string): Promise<string> {
  const outfile = join(resolve(outdir), 'cli.js');
  await build({
    entryPoints: { cli: join(root, 'src/cli/main.ts'), 'blast-worker': join(root, 'src/cli/blast/worker.ts') },
    outdir: resolve(outdir),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // The shebang makes the file runnable as `pitchcheck` once npm links the bin.
    banner: {
      js: "#!/usr/bin/env node",
    },
    legalComments: 'eof',
    logLevel: 'warning',
  });
  await chmod(outfile, 0o755);
  return outfile;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const outfile = await buildCli(process.argv[2] ?? join(root, 'dist'));
  console.log(`built ${outfile}`);
}
