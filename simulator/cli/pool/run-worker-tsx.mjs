// The CLI's worker thread when the CLI runs from its TypeScript sources (tsx, or the tests): Node
// cannot load run-worker.ts by itself, so this loads tsx first. The bundle has its own
// dist-cli/run-worker.mjs instead (scripts/build-cli.mjs).
import { register } from 'tsx/esm/api';

register();
await import('./run-worker.ts');
