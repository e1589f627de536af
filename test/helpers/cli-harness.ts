import { spawnSync } from 'node:child_process';
import { main } from '../../simulator/cli/main';

export interface CliOutcome {
  code: number;
  stdout: string;
  stderrLines: string[];
}

const lines = (text: string): string[] => text.split('\n').filter((l) => l !== '');

/** Runs `spillway validate FILE` as a real process, through bin/spillway.mjs. */
export function spawnValidate(file: string): CliOutcome {
  const child = spawnSync(process.execPath, ['bin/spillway.mjs', 'validate', file], {
    encoding: 'utf8',
  });
  return { code: child.status ?? -1, stdout: child.stdout, stderrLines: lines(child.stderr) };
}

/** Runs the same command in-process, through the CLI's dispatcher, capturing what it writes. */
export async function runValidate(file: string): Promise<CliOutcome> {
  let stdout = '';
  const stderr: string[] = [];
  const code = await main(['validate', file], {
    out: (t) => (stdout += t),
    err: (t) => stderr.push(...lines(t)),
  });
  return { code, stdout, stderrLines: stderr };
}

/** Any command in-process: exit code, what it printed, and its stderr lines. */
export async function runCli(args: string[]): Promise<CliOutcome> {
  let stdout = '';
  const stderr: string[] = [];
  const code = await main(args, {
    out: (t) => (stdout += t.endsWith('\n') ? t : `${t}\n`),
    err: (t) => {
      for (const l of lines(t)) stderr.push(l);
    },
  });
  return { code, stdout, stderrLines: stderr };
}

/** Any command in-process, each write one line: exit code, all of stdout, all of stderr. */
export async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(argv, { out: (t) => (out += `${t}\n`), err: (t) => (err += `${t}\n`) });
  return { code, out, err };
}
