#!/usr/bin/env node
// The command-line entry: runs the TypeScript CLI through tsx, so the CLI, the worker and the
// tests all run the very same simulator source.
import { setFlagsFromString } from 'node:v8';
import { register } from 'tsx/esm/api';

// A larger inlining budget for V8's optimiser, set before any simulator code is compiled. Each
// of the engine's event handlers inlines the sampling and event-list code (~740 bytes of
// bytecode) and, at V8's default of 920 bytes, then calls the rest of its work out of line.
// At 3 000 the to-be peak benchmark runs ~10 % faster and M/M/8 ~13 % (docs/performance.md).
setFlagsFromString('--max-inlined-bytecode-size-cumulative=3000');

register();
const { main } = await import('../simulator/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
