// A throw-away node kind, added only in memory: the type checker runs over the project with the
// kind in its family's list and must flag exactly the places that have to describe it, a handful
// of files (docs/architecture.md, "Add a node kind"); with those written, the project compiles.
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';

const ROOT = path.resolve(__dirname, '../../../..');
const SCHEMA = 'models/schema/node.ts';
const REGISTRY = 'models/kinds/node-kinds.ts';

type Patches = Readonly<Record<string, (text: string) => string>>;

/** Replaces `from` in a file's text, failing loudly if the file no longer holds it. */
const replacing =
  (from: string, to: string) =>
  (text: string): string => {
    if (!text.includes(from)) throw new Error(`fixture out of date: no ${JSON.stringify(from)}`);
    return text.replace(from, to);
  };

/**
 * Files outside tests with type errors, each with its first message, for the project with
 * `patches` applied. Given the builder of an earlier check, only the files whose text or whose
 * dependencies' declarations changed are checked again (TypeScript's incremental builder): the
 * second check below re-checks the registry, not the whole project.
 */
function errorFiles(
  patches: Patches,
  earlier?: ts.SemanticDiagnosticsBuilderProgram,
): { errors: Map<string, string>; builder: ts.SemanticDiagnosticsBuilderProgram } {
  const configPath = path.join(ROOT, 'tsconfig.json');
  const config = ts.getParsedCommandLineOfConfigFile(configPath, undefined, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (d) => {
      throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    },
  });
  if (!config) throw new Error('tsconfig.json did not parse');
  const host = ts.createIncrementalCompilerHost(config.options);
  const readFile = host.readFile.bind(host);
  host.readFile = (file) => {
    const text = readFile(file);
    const patch = patches[path.relative(ROOT, path.resolve(file))];
    return text !== undefined && patch ? patch(text) : text;
  };
  const rootNames = config.fileNames.filter((f) => !path.relative(ROOT, f).startsWith('test'));
  const builder = ts.createSemanticDiagnosticsBuilderProgram(
    rootNames,
    config.options,
    host,
    earlier,
  );
  const program = builder.getProgram();
  const errors = new Map<string, string>();
  for (const source of program.getSourceFiles()) {
    const file = path.relative(ROOT, source.fileName);
    if (file.startsWith('..') || file.startsWith('node_modules') || file.startsWith('test'))
      continue;
    for (const d of [
      ...program.getSyntacticDiagnostics(source),
      ...builder.getSemanticDiagnostics(source),
    ])
      if (!errors.has(file)) errors.set(file, ts.flattenDiagnosticMessageText(d.messageText, ' '));
  }
  return { errors, builder };
}

/** A service-like kind and a broker kind, each added to its family's list in the schema. */
const addKinds = (text: string): string =>
  replacing(
    `BROKER_KINDS = ['queue', 'topic'] as const`,
    `BROKER_KINDS = ['queue', 'topic', 'stream'] as const`,
  )(
    replacing(
      `SERVICE_LIKE_KINDS = ['service', 'database', 'external', 'cache'] as const`,
      `SERVICE_LIKE_KINDS = ['service', 'database', 'external', 'cache', 'gateway'] as const`,
    )(text),
  );

const NEW_ENTRIES = `
  gateway: {
    kind: 'gateway',
    family: 'service-like',
    label: 'Gateway',
    plural: 'gateways',
    hint: 'Routes calls at the edge',
    colour: { light: '#2f855a', dark: '#68d391' },
    capabilities: SERVES,
    faults: WORKER_FAULTS,
    icon: 'M4 6h16v12H4z',
    mermaid: ['{{', '}}'],
    diagram: { radius: 6 },
  },
  stream: {
    kind: 'stream',
    family: 'broker',
    label: 'Stream',
    plural: 'streams',
    hint: 'A replayable log',
    colour: { light: '#6b46c1', dark: '#b794f4' },
    capabilities: { ...HOLDS_MESSAGES, fansOut: true },
    faults: BROKER_FAULTS,
    icon: 'M3 12h18',
    mermaid: ['>', ']'],
    diagram: { radius: 2 },
  },
  queue: {`;

describe('adding a node kind', () => {
  test('is a compile error in the registry, and nowhere else, until each new kind has its entry; then the project compiles', () => {
    const flagged = errorFiles({ [SCHEMA]: addKinds });
    expect([...flagged.errors.keys()]).toEqual([REGISTRY]);
    expect(flagged.errors.get(REGISTRY)).toMatch(/gateway|stream/);

    const handled = errorFiles(
      { [SCHEMA]: addKinds, [REGISTRY]: replacing('\n  queue: {', NEW_ENTRIES) },
      flagged.builder,
    );
    expect([...handled.errors.entries()]).toEqual([]);
  }, 600_000);
});
