// Hosts simulator/worker.ts in a Node worker thread: gives it the postMessage/addEventListener
// globals a Web Worker has (through comlink's Node adapter), then loads the TypeScript through tsx.
import { createRequire } from 'node:module';
import { parentPort } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

const require = createRequire(import.meta.url);
const nodeEndpoint = require('comlink/dist/umd/node-adapter.js');
const endpoint = nodeEndpoint(parentPort);
globalThis.postMessage = endpoint.postMessage.bind(endpoint);
globalThis.addEventListener = endpoint.addEventListener.bind(endpoint);
globalThis.removeEventListener = endpoint.removeEventListener.bind(endpoint);
register();
await import('../../simulator/worker.ts');
