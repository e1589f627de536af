// What every command needs from the host: where to write, and the exit codes of the contract.
export const EXIT_OK = 0;
export const EXIT_INTERNAL = 1;
export const EXIT_BAD_INPUT = 2;
/** `spillway check`: the run went fine and at least one objective was missed. */
export const EXIT_OBJECTIVE_MISSED = 3;

export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
}

/**
 * Set once stdout's reader has gone (`spillway simulate … | head`): what the command writes after
 * that is dropped, as Unix tools do, and it exits with its own code instead of a stack trace.
 */
let stdoutClosed = false;
let watchingStdout = false;

function onStdoutError(e: NodeJS.ErrnoException): void {
  if (e.code !== 'EPIPE') throw e;
  stdoutClosed = true;
}

function writeOut(text: string): void {
  if (stdoutClosed) return;
  if (!watchingStdout) {
    process.stdout.on('error', onStdoutError);
    watchingStdout = true;
  }
  process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
}

export const processIo: CliIo = {
  out: writeOut,
  err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
};

/** Bad input: the message is for the user, exit 2, nothing on stdout. */
export class UsageError extends Error {}
