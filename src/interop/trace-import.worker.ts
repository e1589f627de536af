// The trace import worker: a thin comlink adapter over importTraceFile, so that reading and
// building a large trace never blocks the page. Cancelling is terminating the worker.
import { expose } from 'comlink';
import { importTraceFile } from './import-trace-file';
import type { TraceImportWorkerApi } from './trace-import-contract';

const api: TraceImportWorkerApi = { importFile: importTraceFile };
expose(api);
