// Entry point of the `pitchcheck` command (bundled to dist/cli.js).
import { run } from './run.js';
import { readCapped } from './input.js';

// Counts while it reads and stops at the input cap: 200 MB piped in is never held in memory.
const readStdin = () => readCapped(process.stdin, '<stdin>');

// `pitchcheck … | head` closes the pipe early: that is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
});

const code = await run(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readStdin,
  isTTY: Boolean(process.stdout.isTTY),
  env: process.env,
});
process.exitCode = code;
