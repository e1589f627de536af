import { version } from '../../package.json';
import { EXIT_BAD_INPUT, EXIT_INTERNAL, EXIT_OK, processIo, UsageError, type CliIo } from './io';

export type Command = (args: string[], io: CliIo) => Promise<number>;

/** Each subcommand lives in its own file and is loaded only when asked for. */
const COMMANDS: Record<string, { summary: string; load: () => Promise<{ run: Command }> }> = {
  validate: { summary: 'validate FILE [FILE ...]', load: () => import('./commands/validate') },
  simulate: {
    summary:
      'simulate FILE [--variant ID] [--scenario ID] [--seed N] [--replications N] [--time-limit S] [--json]',
    load: () => import('./commands/simulate'),
  },
  compare: {
    summary: 'compare FILE [--scenario ID] [--time-limit S] [--json]',
    load: () => import('./commands/compare'),
  },
  check: {
    summary: 'check FILE [--variant ID] [--scenario ID] [--seed N] [--time-limit S] [--json]',
    load: () => import('./commands/check'),
  },
  sweep: {
    summary:
      'sweep FILE [--variant ID] [--scenario ID] [--from X] [--to Y] [--steps N | --what-if nodes.ID.FIELD --values A,B,C] [--replications N] [--seed N] [--tolerance F] [--time-limit S] [--workers N] [--shard I/N] [--progress] [--json]',
    load: () => import('./commands/sweep'),
  },
  advise: {
    summary:
      'advise FILE [--variant ID] [--scenario ID] [--replications N] [--seed N] [--max-steps N] [--time-limit S] [--workers N] [--shard I/N] [--progress] [--write OUT] [--json]',
    load: () => import('./commands/advise'),
  },
  merge: {
    summary: 'merge SHARD.json… [--workers N] [--progress] [--write OUT] [--json]',
    load: () => import('./commands/merge'),
  },
  bench: { summary: 'bench', load: () => import('./commands/bench') },
  roadmap: {
    summary:
      'roadmap FILE [--format md|html|json] [--from ID] [--to ID] [--scenario ID] [--seed N] [--time-limit S]',
    load: () => import('./commands/roadmap'),
  },
  'import-trace': {
    summary:
      'import-trace TRACE.json [--service-time auto|lognormal|empirical] [--name NAME] [--progress]',
    load: () => import('./commands/import-trace'),
  },
  export: {
    summary: 'export --format asyncapi|mermaid FILE [--variant ID] [--json]',
    load: () => import('./commands/export'),
  },
  'import-asyncapi': {
    summary: 'import-asyncapi ASYNCAPI.yaml|json FILE [--variant ID]',
    load: () => import('./commands/import-asyncapi'),
  },
};

function usage(): string {
  const lines = Object.values(COMMANDS).map((c) => `  spillway ${c.summary}`);
  return ['Usage:', ...lines, '  spillway --version'].join('\n');
}

export async function main(argv: string[], io: CliIo = processIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(usage());
    return name ? 0 : EXIT_BAD_INPUT;
  }
  if (name === '--version' || name === '-v') {
    io.out(version);
    return EXIT_OK;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.err(`spillway: unknown command "${name}". Commands: ${Object.keys(COMMANDS).join(', ')}`);
    return EXIT_BAD_INPUT;
  }
  try {
    const { run } = await command.load();
    return await run(rest, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`spillway ${name}: ${e.message}`);
      return EXIT_BAD_INPUT;
    }
    io.err(
      `spillway ${name}: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`,
    );
    return EXIT_INTERNAL;
  }
}
