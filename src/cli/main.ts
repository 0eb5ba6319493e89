// Entry point of the `pitchcheck` command (bundled to dist/cli.js).
import { run } from './run.js';
import { runBlast } from './blast/command.js';

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

// `pitchcheck … | head` closes the pipe early: that is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
});

const io = {
  stdout: (text: string) => process.stdout.write(text),
  stderr: (text: string) => process.stderr.write(text),
  readStdin,
  isTTY: Boolean(process.stdout.isTTY),
  env: process.env,
};
const argv = process.argv.slice(2);
const code = argv[0] === 'blast' ? await runBlast(argv.slice(1), { ...io, stderrIsTTY: Boolean(process.stderr.isTTY) }) : await run(argv, io);
process.exitCode = code;
