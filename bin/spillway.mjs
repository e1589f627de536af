#!/usr/bin/env node
// The command-line entry: runs the TypeScript CLI through tsx, so the CLI, the worker and the
// tests all run the very same simulator source.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../simulator/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
